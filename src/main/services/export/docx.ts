/**
 * DOCX writer: maps the format-neutral BriefingDocument onto docx 9 primitives with
 * named styles (Title, Heading 1–3, TOC Heading, TOC 1/2), a real TOC field that
 * Word and LibreOffice fill in on open, real tables and PAGE/NUMPAGES fields in the
 * header and footer. Runs in plain Node; never imports electron.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IBorderOptions,
  type IParagraphStyleOptions,
  type PageNumberEstimator,
  type ParagraphChild,
} from 'docx';
import type {
  Block,
  BriefingDocument,
  CoverPage,
  HeadingBlock,
  ListBlock,
  NoticeBlock,
  ParagraphBlock,
  TableBlock,
  TextRun as ModelRun,
} from '../../../shared/document/model';
import { safeLinkTarget, stripXmlForbidden } from '../../../shared/text/sanitize';

export const DOCX_CREATOR_APP = 'Briefing Pack Builder';

export interface DocxRenderOptions {
  /**
   * Where the PDF of the same document put things (`renderPdf`'s `pageCount` and
   * `contentsPages`). When given, the contents are written with these page numbers
   * and the footers with the page count, so readers that do not update fields on
   * open (LibreOffice, viewers) still show them; Word updates them anyway
   * (`updateFields`). Both formats share page size, margins, fonts and spacing,
   * and on the sample pack these numbers equal 15 of the 16 that docx/layout's
   * estimate gave. Neither matches LibreOffice, which lays the sample DOCX out in
   * 14 pages rather than 16: its entries read up to 2 pages high there, as they
   * did with the estimate, until the reader updates the index.
   *
   * This replaces docx/layout's estimator, which laid the document out a second
   * time: 10 times the cost of the DOCX itself (13 s for 200 seminars).
   */
  pagination?: { pageCount: number; contentsPages: readonly (number | undefined)[] };
}

type XmlNode = Record<string, unknown>;

/** The names of the contents' bookmarks (`_Toc…`), in the order of the body. */
function contentsBookmarks(node: unknown, names: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const child of node) contentsBookmarks(child, names);
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as XmlNode)) {
      if (key === 'w:bookmarkStart') {
        const name = ((value as XmlNode)['_attr'] as XmlNode | undefined)?.['w:name'];
        if (typeof name === 'string' && name.startsWith('_Toc')) names.push(name);
      } else if (key !== '_attr') {
        contentsBookmarks(value, names);
      }
    }
  }
  return names;
}

/**
 * A page-number "estimator" that lays nothing out: it hands docx the pages the
 * PDF found. docx bookmarks the headings the contents list in body order, the
 * same headings (levels 1 and 2) in the same order as the PDF's contents, so
 * the n-th bookmark gets the n-th page. If the counts differ, nothing is
 * written, rather than numbers against the wrong headings.
 */
function pagesFromPdf(pagination: NonNullable<DocxRenderOptions['pagination']>): PageNumberEstimator {
  return (body) => {
    const names = contentsBookmarks(body);
    const bookmarks = new Map<string, string>();
    const bookmarkPageNumbers = new Map<string, number>();
    if (names.length === pagination.contentsPages.length) {
      names.forEach((name, index) => {
        const page = pagination.contentsPages[index];
        if (page === undefined) return;
        bookmarks.set(name, String(page));
        bookmarkPageNumbers.set(name, page);
      });
    }
    return { bookmarks, bookmarkPageNumbers, pageCount: pagination.pageCount };
  };
}

// ---------------------------------------------------------------------------
// Page geometry (twips: 1/20 pt; 1 mm = 56.7 twips)
// ---------------------------------------------------------------------------

const PAGE = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 },
} as const;
const MARGIN_X = 1134; // 20 mm
const MARGIN_TOP = 1531; // 27 mm
const MARGIN_BOTTOM = 1417; // 25 mm
const HEADER_DISTANCE = 567; // 10 mm
const FOOTER_DISTANCE = 567;

// ---------------------------------------------------------------------------
// Typography
// ---------------------------------------------------------------------------

const FONT = 'Noto Sans';
const UN_BLUE = '1F4E79';
const INK = '1A1A1A';
const MUTED = '555F6B';
const RULE = 'C5D0DC';
const RULE_STRONG = '8FA6BF';
const HEADER_FILL = 'E8EEF5';
const NOTICE_BORDER = 'A8781E';
const NOTICE_FILL = 'FBF5E6';
const NOTICE_INK = '6B4A0F';

const BULLETS = 'briefing-bullets';
const NUMBERS = 'briefing-numbers';

const clean = (text: string): string => stripXmlForbidden(text);

function paragraphStyles(): IParagraphStyleOptions[] {
  return [
    {
      id: 'TOCHeading',
      name: 'TOC Heading',
      basedOn: 'Heading1',
      next: 'Normal',
      uiPriority: 39,
      unhideWhenUsed: true,
      quickFormat: true,
      paragraph: { outlineLevel: 9, spacing: { before: 0, after: 240 } },
    },
    {
      id: 'TOC1',
      name: 'toc 1',
      basedOn: 'Normal',
      next: 'Normal',
      uiPriority: 39,
      unhideWhenUsed: true,
      run: { bold: true, size: 21 },
      paragraph: { spacing: { before: 140, after: 40 } },
    },
    {
      id: 'TOC2',
      name: 'toc 2',
      basedOn: 'Normal',
      next: 'Normal',
      uiPriority: 39,
      unhideWhenUsed: true,
      run: { size: 20 },
      paragraph: { indent: { left: 320 }, spacing: { before: 20, after: 20 } },
    },
    {
      id: 'Muted',
      name: 'Muted',
      basedOn: 'Normal',
      quickFormat: true,
      run: { color: MUTED },
    },
    {
      id: 'Small',
      name: 'Small',
      basedOn: 'Normal',
      quickFormat: true,
      run: { color: MUTED, size: 17 },
    },
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      run: { size: 19 },
      paragraph: { spacing: { before: 0, after: 0, line: 264, lineRule: LineRuleType.AUTO } },
    },
    {
      id: 'TableHeading',
      name: 'Table Heading',
      basedOn: 'TableText',
      run: { bold: true, color: UN_BLUE, size: 18 },
      paragraph: { keepNext: true },
    },
    {
      id: 'FieldLabel',
      name: 'Field Label',
      basedOn: 'Normal',
      run: { bold: true, color: MUTED },
      paragraph: { spacing: { before: 0, after: 20 } },
    },
    {
      id: 'FieldValue',
      name: 'Field Value',
      basedOn: 'Normal',
      paragraph: { spacing: { before: 0, after: 20 } },
    },
    {
      id: 'NoticeTitle',
      name: 'Notice Title',
      basedOn: 'Normal',
      run: { bold: true, color: NOTICE_INK },
      paragraph: { keepNext: true, spacing: { before: 0, after: 80 } },
    },
    {
      id: 'CoverMarking',
      name: 'Cover Marking',
      basedOn: 'Normal',
      run: { bold: true, size: 44, color: INK },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 1400 },
        indent: { left: 1800, right: 1800 },
        border: {
          top: { style: BorderStyle.SINGLE, size: 12, color: INK, space: 6 },
          bottom: { style: BorderStyle.SINGLE, size: 12, color: INK, space: 6 },
          left: { style: BorderStyle.SINGLE, size: 12, color: INK, space: 6 },
          right: { style: BorderStyle.SINGLE, size: 12, color: INK, space: 6 },
        },
      },
    },
    {
      id: 'CoverEdition',
      name: 'Cover Edition',
      basedOn: 'Normal',
      run: { italics: true, size: 26, color: MUTED },
      paragraph: { spacing: { before: 120, after: 240 } },
    },
    {
      id: 'CoverHeading',
      name: 'Cover Heading',
      basedOn: 'Normal',
      run: { bold: true, size: 22, color: UN_BLUE },
      paragraph: { keepNext: true, spacing: { before: 360, after: 120 } },
    },
    {
      id: 'Furniture',
      name: 'Page Furniture',
      basedOn: 'Normal',
      run: { size: 16, color: MUTED },
      paragraph: { spacing: { before: 0, after: 0 } },
    },
  ];
}

// ---------------------------------------------------------------------------
// Runs
// ---------------------------------------------------------------------------

interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  style?: string;
}

/** One model string → docx runs, turning line breaks into real breaks. */
function textRuns(text: string, format: RunFormat = {}): TextRun[] {
  return clean(text)
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ text: line, ...format, ...(i > 0 ? { break: 1 } : {}) }));
}

function runs(model: ModelRun[], base: RunFormat = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const run of model) {
    const format: RunFormat = { ...base };
    if (run.bold) format.bold = true;
    if (run.italic) format.italics = true;
    const link = safeLinkTarget(run.link);
    if (link !== undefined) {
      out.push(new ExternalHyperlink({ link, children: textRuns(run.text, { ...format, style: 'Hyperlink' }) }));
    } else {
      out.push(...textRuns(run.text, format));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Blocks
// ---------------------------------------------------------------------------

const HEADING_LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

interface BuildContext {
  contentWidth: number;
  listInstance: number;
}

type Child = Paragraph | Table | TableOfContents;

function heading(block: HeadingBlock, pageBreakBefore: boolean): Paragraph {
  return new Paragraph({
    heading: HEADING_LEVELS[block.level],
    keepNext: true,
    keepLines: true,
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: textRuns(block.text),
  });
}

function paragraph(block: ParagraphBlock, extra: { keepNext?: boolean } = {}): Paragraph {
  const style = block.tone === 'muted' ? 'Muted' : block.tone === 'small' ? 'Small' : undefined;
  return new Paragraph({ ...(style ? { style } : {}), ...extra, children: runs(block.runs) });
}

function list(block: ListBlock, ctx: BuildContext): Paragraph[] {
  ctx.listInstance += 1;
  const instance = ctx.listInstance;
  return block.items.map(
    (item) =>
      new Paragraph({
        numbering: { reference: block.ordered ? NUMBERS : BULLETS, level: 0, instance },
        spacing: { after: 60 },
        children: runs(item),
      }),
  );
}

const border = (color: string, size: number): IBorderOptions => ({ style: BorderStyle.SINGLE, size, color });
const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** Relative weights → twips that add up to the content width. */
function columnTwips(count: number, weights: number[], total: number): number[] {
  const usable = weights.length === count && weights.every((w) => Number.isFinite(w) && w > 0);
  const w = usable ? weights : Array.from({ length: count }, () => 1);
  const sum = w.reduce((a, b) => a + b, 0);
  const out = w.map((x) => Math.floor((x / sum) * total));
  out[out.length - 1]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}

function table(block: TableBlock, ctx: BuildContext): Table {
  const count = Math.max(1, block.header.length);
  const widths = columnTwips(count, block.widths, ctx.contentWidth);
  const cell = (children: Paragraph[], i: number, header: boolean): TableCell =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } } : {}),
      children,
    });
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: widths.map((_, i) =>
      cell([new Paragraph({ style: 'TableHeading', children: textRuns(block.header[i] ?? '') })], i, true),
    ),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: widths.map((_, i) =>
          cell([new Paragraph({ style: 'TableText', children: runs(row[i] ?? []) })], i, false),
        ),
      }),
  );
  return new Table({
    width: { size: ctx.contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 70, bottom: 70, left: 100, right: 100 },
    borders: {
      top: border(RULE_STRONG, 8),
      bottom: border(RULE_STRONG, 8),
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: border(RULE, 4),
      insideVertical: NO_BORDER,
    },
    rows: [headerRow, ...rows],
  });
}

const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

function fields(rows: { label: string; value: ModelRun[] }[], ctx: BuildContext): Table | undefined {
  if (rows.length === 0) return undefined;
  const label = Math.round(ctx.contentWidth * 0.3);
  const widths = [label, ctx.contentWidth - label];
  return new Table({
    width: { size: ctx.contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { top: 30, bottom: 30, left: 0, right: 120 },
    borders: NO_BORDERS,
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: widths[0]!, type: WidthType.DXA },
              children: [new Paragraph({ style: 'FieldLabel', children: textRuns(row.label) })],
            }),
            new TableCell({
              width: { size: widths[1]!, type: WidthType.DXA },
              children: [new Paragraph({ style: 'FieldValue', children: runs(row.value) })],
            }),
          ],
        }),
    ),
  });
}

function notice(block: NoticeBlock, ctx: BuildContext): Table {
  const children: Paragraph[] = [new Paragraph({ style: 'NoticeTitle', children: textRuns(block.title) })];
  for (const child of block.blocks) {
    if (child.kind === 'list') children.push(...list(child, ctx));
    else children.push(paragraph(child));
  }
  return new Table({
    width: { size: ctx.contentWidth, type: WidthType.DXA },
    columnWidths: [ctx.contentWidth],
    layout: TableLayoutType.FIXED,
    borders: {
      top: border(NOTICE_BORDER, 6),
      bottom: border(NOTICE_BORDER, 6),
      left: border(NOTICE_BORDER, 24),
      right: border(NOTICE_BORDER, 6),
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: ctx.contentWidth, type: WidthType.DXA },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: NOTICE_FILL },
            margins: { top: 140, bottom: 60, left: 200, right: 200 },
            children,
          }),
        ],
      }),
    ],
  });
}

/** A small empty paragraph so that two tables (or a table and a heading) never fuse. */
const spacer = (): Paragraph => new Paragraph({ spacing: { before: 0, after: 120 }, children: [] });

function blockChildren(block: Block, ctx: BuildContext, breakBefore: boolean): Child[] {
  switch (block.kind) {
    case 'heading':
      return [heading(block, breakBefore)];
    case 'paragraph':
      return [paragraph(block)];
    case 'list':
      return list(block, ctx);
    case 'table':
      return [table(block, ctx), spacer()];
    case 'fields': {
      const t = fields(block.rows, ctx);
      return t ? [t, spacer()] : [];
    }
    case 'notice':
      return [
        new Paragraph({ keepNext: true, spacing: { before: 0, after: 60 }, children: [] }),
        notice(block, ctx),
        spacer(),
      ];
  }
}

function cover(page: CoverPage, ctx: BuildContext): Child[] {
  const out: Child[] = [
    new Paragraph({ style: 'CoverMarking', children: textRuns(page.marking) }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(page.title) }),
  ];
  if (page.edition !== undefined && page.edition !== '') {
    out.push(new Paragraph({ style: 'CoverEdition', children: textRuns(page.edition) }));
  }
  out.push(
    new Paragraph({
      spacing: { before: 120, after: 360 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 24, color: UN_BLUE, space: 1 } },
      indent: { right: ctx.contentWidth - 2400 },
      children: [],
    }),
  );
  const f = fields(
    page.fields.map((row) => ({ label: row.label, value: [{ text: row.value }] })),
    ctx,
  );
  if (f) out.push(f);
  if (page.seminars.length > 0) {
    out.push(new Paragraph({ style: 'CoverHeading', children: textRuns(page.seminarsHeading) }));
    out.push(...list({ kind: 'list', ordered: false, items: page.seminars.map((s) => [{ text: s }]) }, ctx));
  }
  return out;
}

// ---------------------------------------------------------------------------
// Page furniture
// ---------------------------------------------------------------------------

function furnitureParagraph(
  marking: string,
  right: (string | (typeof PageNumber)[keyof typeof PageNumber])[],
  width: number,
  rule: 'above' | 'below',
): Paragraph {
  const line = { style: BorderStyle.SINGLE, size: 4, color: RULE_STRONG, space: 4 };
  return new Paragraph({
    style: 'Furniture',
    tabStops: [
      { type: TabStopType.CENTER, position: Math.round(width / 2) },
      { type: TabStopType.RIGHT, position: width },
    ],
    border: rule === 'below' ? { bottom: line } : { top: line },
    children: [
      new TextRun({ children: [new Tab()] }),
      new TextRun({ text: clean(marking), bold: true, color: INK, size: 18 }),
      new TextRun({ children: [new Tab(), ...right.map((part) => (typeof part === 'string' ? clean(part) : part))] }),
    ],
  });
}

// ---------------------------------------------------------------------------
// Document
// ---------------------------------------------------------------------------

function buildDocument(doc: BriefingDocument, pageNumbers?: PageNumberEstimator): Document {
  const size = PAGE[doc.furniture.paper] ?? PAGE.a4;
  const contentWidth = size.width - 2 * MARGIN_X;
  const ctx: BuildContext = { contentWidth, listInstance: 0 };
  const body: Child[] = [];

  if (doc.cover) body.push(...cover(doc.cover, ctx));
  if (doc.contents) {
    body.push(
      new Paragraph({
        style: 'TOCHeading',
        ...(body.length > 0 ? { pageBreakBefore: true } : {}),
        children: textRuns(doc.contents.title),
      }),
    );
    body.push(new TableOfContents(clean(doc.contents.title), { hyperlink: true, headingStyleRange: '1-2' }));
  }
  for (const section of doc.sections) {
    section.blocks.forEach((block, i) => {
      // Every section starts on a new page (as does any level 1 heading), except at the very start.
      const breakBefore = body.length > 0 && (i === 0 || (block.kind === 'heading' && block.level === 1));
      if (breakBefore && block.kind !== 'heading') body.push(new Paragraph({ pageBreakBefore: true, children: [] }));
      body.push(...blockChildren(block, ctx, breakBefore));
    });
  }
  if (body.length === 0) body.push(new Paragraph({ children: [] }));

  const { marking, reference, pageNumber } = doc.furniture;
  const meta = doc.metadata;
  const language = clean(meta.languageTag);

  return new Document({
    title: clean(meta.title),
    subject: clean(meta.subject),
    creator: clean(meta.author),
    keywords: meta.keywords.map(clean).join(', '),
    description: clean(meta.subject),
    lastModifiedBy: DOCX_CREATOR_APP,
    features: { updateFields: true },
    ...(pageNumbers ? { pageNumbers } : {}),
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
            size: 20,
            color: INK,
            language: { value: language, eastAsia: language, bidirectional: language },
          },
          paragraph: { spacing: { after: 120, line: 288, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { font: FONT, size: 52, bold: true, color: UN_BLUE },
          paragraph: { spacing: { before: 0, after: 120, line: 264, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: { font: FONT, size: 36, bold: true, color: UN_BLUE },
          paragraph: { keepNext: true, keepLines: true, outlineLevel: 0, spacing: { before: 0, after: 240 } },
        },
        heading2: {
          run: { font: FONT, size: 27, bold: true, color: UN_BLUE },
          paragraph: { keepNext: true, keepLines: true, outlineLevel: 1, spacing: { before: 300, after: 120 } },
        },
        heading3: {
          run: { font: FONT, size: 22, bold: true, color: INK },
          paragraph: { keepNext: true, keepLines: true, outlineLevel: 2, spacing: { before: 220, after: 80 } },
        },
      },
      paragraphStyles: paragraphStyles(),
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: {
                paragraph: { indent: { left: 400, hanging: 260 } },
                run: { color: UN_BLUE },
              },
            },
          ],
        },
        {
          reference: NUMBERS,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 400, hanging: 320 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: size.width, height: size.height },
            margin: {
              top: MARGIN_TOP,
              bottom: MARGIN_BOTTOM,
              left: MARGIN_X,
              right: MARGIN_X,
              header: HEADER_DISTANCE,
              footer: FOOTER_DISTANCE,
            },
          },
        },
        headers: {
          default: new Header({ children: [furnitureParagraph(marking, [reference], contentWidth, 'below')] }),
        },
        footers: {
          default: new Footer({
            children: [
              furnitureParagraph(
                marking,
                [pageNumber.before, PageNumber.CURRENT, pageNumber.between, PageNumber.TOTAL_PAGES, pageNumber.after],
                contentWidth,
                'above',
              ),
            ],
          }),
        },
        children: body,
      },
    ],
  });
}

/**
 * docx looks up the section of every table (to resolve its width) by finding
 * the table in the body with indexOf and then scanning on to the section's end,
 * twice a table: time proportional to tables × body length, so the DOCX grew
 * faster than the pack. Our documents have a single section, which is then the
 * answer for every child, so the first answer is kept; a document with several
 * sections keeps docx's own search.
 */
export function rememberTheOnlySection(document: Document): void {
  const body = document.Document.View.Body;
  const search = body.getSectionPropertiesFor.bind(body);
  const sectionParagraphs = (body as unknown as { sectionParagraphs?: unknown }).sectionParagraphs;
  if (!(sectionParagraphs instanceof Map)) return; // docx changed inside: keep its search
  let only: ReturnType<typeof search>;
  body.getSectionPropertiesFor = (child) => {
    if (sectionParagraphs.size > 0) return search(child);
    only ??= search(child);
    return only;
  };
}

async function pack(document: Document): Promise<Uint8Array> {
  rememberTheOnlySection(document);
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * Renders the document to DOCX bytes; with `pagination` (from the PDF of the
 * same document) the contents carry page numbers, without it they are left for
 * Word to fill in on open.
 */
export async function renderDocx(doc: BriefingDocument, options: DocxRenderOptions = {}): Promise<Uint8Array> {
  const pageNumbers = options.pagination && doc.contents ? pagesFromPdf(options.pagination) : undefined;
  return pack(buildDocument(doc, pageNumbers));
}
