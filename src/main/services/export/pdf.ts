/**
 * PDF writer: maps the format-neutral BriefingDocument onto a pdfmake document
 * definition. Runs in plain Node (CLI, tests) and in Electron's main or utility
 * process; it never imports electron and never fetches anything: the only files it
 * reads are the four Noto Sans faces in `fontsDir`, read once per process.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pdfmake from 'pdfmake';
import { installLineRunJoining } from './pdfmake-line-runs';
import type {
  Block,
  BriefingDocument,
  CoverPage,
  FieldsBlock,
  HeadingBlock,
  ListBlock,
  NoticeBlock,
  ParagraphBlock,
  TableBlock,
  TextRun,
} from '../../../shared/document/model';
import { safeLinkTarget, stripXmlForbidden } from '../../../shared/text/sanitize';

export interface PdfRenderOptions {
  /** Folder holding NotoSans-{Regular,Bold,Italic,BoldItalic}.ttf. */
  fontsDir: string;
}

export interface PdfRenderResult {
  bytes: Uint8Array;
  pageCount: number;
  /**
   * The page each heading the contents list starts on, in document order (one
   * entry per level 1 and 2 heading when the document has contents, else empty).
   * The DOCX writer puts these numbers in its own contents: both formats share
   * page size, margins, fonts and spacing, so its pages follow the PDF's.
   * Undefined for a heading pdfmake placed nowhere.
   */
  contentsPages: (number | undefined)[];
}

export const PDF_CREATOR = 'Briefing Pack Builder';

// ---------------------------------------------------------------------------
// Typography
// ---------------------------------------------------------------------------

const MM = 72 / 25.4;
const MARGIN_X = 20 * MM;
const MARGIN_TOP = 27 * MM;
const MARGIN_BOTTOM = 25 * MM;
const FURNITURE_TOP = 10 * MM;

const FONT = 'NotoSans';
const UN_BLUE = '#1f4e79';
const INK = '#1a1a1a';
const MUTED = '#555f6b';
const RULE = '#c5d0dc';
const RULE_STRONG = '#8fa6bf';
const HEADER_FILL = '#e8eef5';
const LINK = '#1a5c9e';
const NOTICE_BORDER = '#a8781e';
const NOTICE_FILL = '#fbf5e6';
const NOTICE_INK = '#6b4a0f';

/** pdfmake node, kept loose on purpose: pdfmake has no type declarations. */
type Node = Record<string, unknown>;
type Inline = Record<string, unknown>;
interface PageSize {
  width: number;
  height: number;
}

/**
 * Text styles. Body content spreads them into its nodes rather than naming them
 * (`style: 'h2'`): pdfmake looks up about 20 properties for every word, and a
 * named style costs each lookup a walk of the style stack and a new Set, which
 * came to a sixth of the PDF's time on a 457-page pack. Only the contents and the
 * page furniture, a few nodes a page, still name theirs.
 */
const STYLES: Record<string, Node> = {
  body: { margin: [0, 0, 0, 6] },
  muted: { color: MUTED, margin: [0, 0, 0, 6] },
  small: { fontSize: 8.5, color: MUTED, margin: [0, 0, 0, 6] },
  h1: { fontSize: 18, bold: true, color: UN_BLUE, lineHeight: 1.1, margin: [0, 0, 0, 12] },
  h2: { fontSize: 13.5, bold: true, color: UN_BLUE, lineHeight: 1.15, margin: [0, 14, 0, 6] },
  h3: { fontSize: 11, bold: true, color: INK, lineHeight: 1.15, margin: [0, 10, 0, 4] },
  tableHeader: { bold: true, color: UN_BLUE, fontSize: 9 },
  tableCell: { fontSize: 9.5, lineHeight: 1.2 },
  fieldLabel: { bold: true, color: MUTED },
  fieldValue: {},
  noticeTitle: { bold: true, color: NOTICE_INK, fontSize: 10, margin: [0, 0, 0, 4] },
  tocTitle: { fontSize: 18, bold: true, color: UN_BLUE, margin: [0, 0, 0, 14] },
  toc1: { fontSize: 10.5, bold: true, color: INK },
  toc2: { fontSize: 10, color: INK },
  toc1Number: { fontSize: 10.5, color: INK },
  toc2Number: { fontSize: 10, color: INK },
  furniture: { fontSize: 8, color: MUTED },
  furnitureMarking: { fontSize: 9, bold: true, color: INK },
  coverMarking: { fontSize: 22, bold: true, color: INK, alignment: 'center' },
  coverTitle: { fontSize: 26, bold: true, color: UN_BLUE, lineHeight: 1.15 },
  coverEdition: { fontSize: 13, italics: true, color: MUTED },
  coverHeading: { fontSize: 11, bold: true, color: UN_BLUE, margin: [0, 18, 0, 6] },
};

// ---------------------------------------------------------------------------
// Fonts: read once per process and folder, then served from pdfmake's virtual fs
// ---------------------------------------------------------------------------

const FACES = {
  normal: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  italics: 'NotoSans-Italic.ttf',
  bolditalics: 'NotoSans-BoldItalic.ttf',
} as const;
type Face = keyof typeof FACES;
type FontKeys = Record<Face, string>;

const fontCache = new Map<string, Promise<FontKeys>>();

/**
 * Reads the four faces from `fontsDir` (once per folder and process) into pdfmake's
 * virtual file system under fixed keys that never contain user text.
 */
function loadFonts(fontsDir: string): Promise<FontKeys> {
  const cached = fontCache.get(fontsDir);
  if (cached) return cached;
  const slot = fontCache.size;
  const loading = (async () => {
    const keys = {} as FontKeys;
    for (const face of Object.keys(FACES) as Face[]) {
      const file = path.join(fontsDir, FACES[face]);
      const data = await readFile(file);
      const key = `briefing-pack-fonts/${slot}/${FACES[face]}`;
      pdfmake.virtualfs.writeFileSync(key, data);
      keys[face] = key;
    }
    return keys;
  })();
  fontCache.set(fontsDir, loading);
  loading.catch(() => fontCache.delete(fontsDir));
  return loading;
}

function isInside(folder: string, candidate: string): boolean {
  const rel = path.relative(folder, path.resolve(candidate));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

// ---------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------

const clean = (text: string): string => stripXmlForbidden(text);

/** The document's default text; pdfmake's defaultStyle too. */
const DEFAULT_TEXT = { font: FONT, fontSize: 10, lineHeight: 1.25, color: INK };

/**
 * Every property pdfmake looks up for each word, set to the value it would
 * otherwise find at the bottom of the style stack, so that it finds it on the
 * word's own node and never walks the whole stack. "Nothing" is '' or 0 here, as pdfmake
 * skips any null value and walks on. Left out, so still looked up: fontFeatures
 * and link, whose "nothing" must stay null (pdfkit shapes differently for any
 * features list, and links any non-null target).
 */
const WORD_DEFAULTS: Inline = {
  ...DEFAULT_TEXT,
  bold: false,
  italics: false,
  alignment: 'left',
  characterSpacing: 0,
  decoration: '',
  decorationColor: '',
  decorationStyle: '',
  decorationThickness: '',
  background: '',
  linkToPage: 0,
  linkToDestination: '',
  noWrap: false,
  opacity: 1,
  sup: false,
  sub: false,
  preserveLeadingSpaces: false,
  preserveTrailingSpaces: false,
  leadingIndent: 0,
};

/** Style properties that belong to the block rather than to its words. */
const BLOCK_PROPERTIES = new Set(['margin']);
const wordStyles = new Map<string, Inline>();

/** The fully resolved word style of a named style (cached: one object per style, copied into each text node). */
function wordStyle(name: string): Inline {
  let resolved = wordStyles.get(name);
  if (!resolved) {
    const textProperties = Object.entries(STYLES[name] ?? {}).filter(([key]) => !BLOCK_PROPERTIES.has(key));
    resolved = { ...WORD_DEFAULTS, ...Object.fromEntries(textProperties) };
    wordStyles.set(name, resolved);
  }
  return resolved;
}

/**
 * A text node in a named style, resolved onto the node: each word finds every
 * property one step up, on its own node. (Not on the words themselves: pdfmake
 * copies a run's properties into each of its words key by key, which pushes
 * V8 objects with that many properties into slow dictionary mode: 160 MB more
 * for a 457-page pack.)
 */
function styledText(content: string | TextRun[], name: string): Node {
  const runs = typeof content === 'string' ? [{ text: content }] : content;
  const node: Node = { ...wordStyle(name), text: inlines(runs) };
  const margin = STYLES[name]?.['margin'];
  if (margin !== undefined) node.margin = margin;
  return node;
}

function inlines(runs: TextRun[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    const inline: Inline = { text: clean(run.text) };
    if (run.bold) inline.bold = true;
    if (run.italic) inline.italics = true;
    const link = safeLinkTarget(run.link);
    if (link !== undefined) {
      inline.link = link;
      inline.color = LINK;
      inline.decoration = 'underline';
    }
    out.push(inline);
  }
  return out.length > 0 ? out : [{ text: '' }];
}

// ---------------------------------------------------------------------------
// Blocks
// ---------------------------------------------------------------------------

interface BuildContext {
  withToc: boolean;
  nextId: () => string;
  currentH1Id?: string;
  /** The nodes listed in the contents: pdfmake records where it placed each (`positions`) on the node itself. */
  contentsNodes: Node[];
}

/** `inKeptGroup`: the heading travels in an unbreakable stack, so the pageBreakBefore check must not see it. */
function heading(block: HeadingBlock, ctx: BuildContext, inKeptGroup = false): Node {
  const id = ctx.nextId();
  const listed = ctx.withToc && block.level <= 2;
  // pdfmake copies a listed heading's text, styled words and all, into the contents:
  // those headings keep a plain string and a named style, so the entries take the contents' style.
  const node: Node = listed
    ? { text: clean(block.text), style: `h${block.level}`, id }
    : { ...styledText(block.text, `h${block.level}`), id };
  if (!inKeptGroup) node.headlineLevel = block.level;
  if (block.level === 1) {
    ctx.currentH1Id = id;
    node.outline = true;
  } else if (block.level === 2) {
    node.outline = true;
    if (ctx.currentH1Id) node.outlineParentId = ctx.currentH1Id;
  }
  if (listed) {
    node.tocItem = true;
    node.tocStyle = block.level === 1 ? 'toc1' : 'toc2';
    node.tocMargin = block.level === 1 ? [0, 7, 0, 0] : [16, 2, 0, 0];
    node.tocNumberStyle = block.level === 1 ? 'toc1Number' : 'toc2Number';
    ctx.contentsNodes.push(node);
  }
  return node;
}

function paragraph(block: ParagraphBlock): Node {
  return styledText(block.runs, block.tone === 'muted' ? 'muted' : block.tone === 'small' ? 'small' : 'body');
}

function list(block: ListBlock): Node {
  const items = block.items.map((runs) => ({ ...styledText(runs, 'body'), margin: [block.ordered ? 3 : 0, 0, 0, 3] }));
  return block.ordered
    ? { ol: items, margin: [4, 0, 0, 8], markerColor: UN_BLUE }
    : { ul: items, margin: [4, 0, 0, 8], markerColor: UN_BLUE };
}

/** Relative weights → percentages; anything unusable falls back to equal columns. */
function columnWidths(count: number, weights: number[]): string[] {
  const usable = weights.length === count && weights.every((w) => Number.isFinite(w) && w > 0);
  if (!usable) return Array.from({ length: count }, () => '*');
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => `${((w / total) * 100).toFixed(3)}%`);
}

const TABLE_LAYOUT = {
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
    i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.4,
  vLineWidth: () => 0,
  hLineColor: (i: number, node: { table: { body: unknown[] } }) =>
    i === 0 || i === 1 || i === node.table.body.length ? RULE_STRONG : RULE,
  fillColor: (row: number) => (row === 0 ? HEADER_FILL : null),
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

function table(block: TableBlock): Node {
  const count = Math.max(1, block.header.length);
  const header = Array.from({ length: count }, (_, i) => ({
    ...styledText(block.header[i] ?? '', 'tableHeader'),
  }));
  const rows = block.rows.map((row) => Array.from({ length: count }, (_, i) => styledText(row[i] ?? [], 'tableCell')));
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: columnWidths(count, block.widths),
      body: [header, ...rows],
    },
    layout: TABLE_LAYOUT,
    margin: [0, 4, 0, 12],
  };
}

const FIELDS_LAYOUT = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (i: number) => (i === 0 ? 0 : 8),
  paddingRight: () => 0,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

function fields(block: FieldsBlock, labelWidth = '30%'): Node {
  if (block.rows.length === 0) return { text: '' };
  return {
    table: {
      dontBreakRows: true,
      widths: [labelWidth, '*'],
      body: block.rows.map((row) => [styledText(row.label, 'fieldLabel'), styledText(row.value, 'fieldValue')]),
    },
    layout: FIELDS_LAYOUT,
    margin: [0, 2, 0, 10],
  };
}

const NOTICE_LAYOUT = {
  hLineWidth: () => 0.75,
  vLineWidth: (i: number) => (i === 0 ? 3 : 0.75),
  hLineColor: () => NOTICE_BORDER,
  vLineColor: () => NOTICE_BORDER,
  fillColor: () => NOTICE_FILL,
  paddingLeft: () => 10,
  paddingRight: () => 10,
  paddingTop: () => 8,
  paddingBottom: () => 4,
};

function notice(block: NoticeBlock): Node {
  const inner: Node[] = [styledText(block.title, 'noticeTitle')];
  for (const child of block.blocks) inner.push(child.kind === 'list' ? list(child) : paragraph(child));
  return {
    table: { widths: ['*'], body: [[{ stack: inner }]] },
    layout: NOTICE_LAYOUT,
    margin: [0, 6, 0, 12],
  };
}

function blockNode(block: Block, ctx: BuildContext): Node {
  switch (block.kind) {
    case 'heading':
      return heading(block, ctx);
    case 'paragraph':
      return paragraph(block);
    case 'list':
      return list(block);
    case 'table':
      return table(block);
    case 'fields':
      return fields(block);
    case 'notice':
      return notice(block);
  }
}

/** Characters of text in a block, to tell a short block (kept whole with its heading) from a long one. */
function blockTextLength(block: Block): number {
  const runsLength = (runs: TextRun[]) => runs.reduce((sum, run) => sum + run.text.length, 0);
  switch (block.kind) {
    case 'heading':
      return block.text.length;
    case 'paragraph':
      return runsLength(block.runs);
    case 'list':
      return block.items.reduce((sum, runs) => sum + runsLength(runs), 0);
    case 'fields':
      return block.rows.reduce((sum, row) => sum + row.label.length + runsLength(row.value), 0);
    case 'notice':
      return block.blocks.reduce((sum, child) => sum + blockTextLength(child), block.title.length);
    case 'table':
      return Number.POSITIVE_INFINITY;
  }
}

/** Well under a page whatever the paper: pdfmake drops what does not fit on one page of an unbreakable block. */
const MAX_KEPT_TEXT = 1_500;
const MAX_KEPT_ITEMS = 12;

function isShortBlock(block: Block): boolean {
  if (block.kind === 'table' || block.kind === 'heading') return false;
  if (block.kind === 'list' && block.items.length > MAX_KEPT_ITEMS) return false;
  if (block.kind === 'fields' && block.rows.length > MAX_KEPT_ITEMS) return false;
  return blockTextLength(block) <= MAX_KEPT_TEXT;
}

/**
 * Keeps headings with what follows them. Level 2 and 3 headings and the short
 * block after them become one unbreakable stack, so pdfmake moves them to the
 * next page together in a single layout pass. Only a heading followed by
 * something long (a table, a long text) keeps its headlineLevel and goes through
 * the pageBreakBefore check, which costs pdfmake a whole new layout each time it
 * moves a heading: with every heading checked that way, a 300-page pack took
 * 95 s instead of 3 s.
 */
function groupHeadingsWithNext(blocks: Block[], ctx: BuildContext): Node[] {
  const nodes: Node[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind !== 'heading' || block.level === 1) {
      nodes.push(blockNode(block, ctx));
      continue;
    }
    let end = index;
    while (blocks[end + 1]?.kind === 'heading' && (blocks[end + 1] as HeadingBlock).level > 1) end++;
    const next = blocks[end + 1];
    if (next === undefined || !isShortBlock(next)) {
      for (let k = index; k <= end; k++) nodes.push(blockNode(blocks[k]!, ctx));
      index = end;
      continue;
    }
    const stack: Node[] = [];
    for (let k = index; k <= end; k++) {
      stack.push(heading(blocks[k] as HeadingBlock, ctx, true));
    }
    stack.push(blockNode(next, ctx));
    nodes.push({ stack, unbreakable: true });
    index = end + 1;
  }
  return nodes;
}

function cover(page: CoverPage): Node[] {
  const nodes: Node[] = [
    {
      table: { widths: ['*'], body: [[styledText(page.marking, 'coverMarking')]] },
      layout: {
        hLineWidth: () => 1.5,
        vLineWidth: () => 1.5,
        hLineColor: () => INK,
        vLineColor: () => INK,
        paddingTop: () => 6,
        paddingBottom: () => 6,
      },
      margin: [90, 0, 90, 70],
    },
    styledText(page.title, 'coverTitle'),
  ];
  if (page.edition !== undefined && page.edition !== '') {
    nodes.push({ ...styledText(page.edition, 'coverEdition'), margin: [0, 6, 0, 0] });
  }
  nodes.push({
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: 120, y2: 0, lineWidth: 3, lineColor: UN_BLUE }],
    margin: [0, 16, 0, 20],
  });
  nodes.push(
    fields({ kind: 'fields', rows: page.fields.map((f) => ({ label: f.label, value: [{ text: f.value }] })) }),
  );
  if (page.seminars.length > 0) {
    nodes.push(styledText(page.seminarsHeading, 'coverHeading'));
    nodes.push(list({ kind: 'list', ordered: false, items: page.seminars.map((s) => [{ text: s }]) }));
  }
  return nodes;
}

// ---------------------------------------------------------------------------
// Page furniture
// ---------------------------------------------------------------------------

const FURNITURE = 'furniture';

const furnitureRule = (width: number): Node => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5, lineColor: RULE_STRONG }],
  style: FURNITURE,
});

function furnitureRow(centre: string, right: string): Node {
  return {
    columns: [
      { width: '28%', text: '', style: FURNITURE },
      { width: '44%', text: centre, style: [FURNITURE, 'furnitureMarking'], alignment: 'center' },
      { width: '28%', text: right, style: FURNITURE, alignment: 'right' },
    ],
    style: FURNITURE,
  };
}

interface PageBreakNodeInfo {
  headlineLevel?: number;
  style?: string | string[];
  startPosition: { pageNumber: number; verticalRatio?: number; pageInnerHeight?: number };
}
interface PageBreakHelpers {
  getFollowingNodesOnPage(): PageBreakNodeInfo[];
}

const isFurniture = (node: PageBreakNodeInfo): boolean =>
  node.style === FURNITURE || (Array.isArray(node.style) && node.style.includes(FURNITURE));

/**
 * Room a heading needs below its own top edge: the heading (up to two lines) and
 * about three lines of what follows. Less than this at the foot of a page and
 * the heading moves to the next page.
 */
const MIN_ROOM_FOR_HEADING_PT = 96;
const ROOM_PER_EXTRA_HEADING_PT = 28;

/**
 * Moves a heading to the next page when it would be left alone at the foot of a
 * page: when too little room is left below it, or when nothing but headings (or
 * page furniture) follows it on its page. The room check is needed because
 * pdfmake reports a table whose first row was pushed to the next page
 * (dontBreakRows) as still starting on this one.
 */
function keepHeadingWithNext(node: PageBreakNodeInfo, helpers: PageBreakHelpers): boolean {
  if (!node.headlineLevel) return false;
  const page = node.startPosition.pageNumber;
  const ratio = node.startPosition.verticalRatio ?? 1;
  if (ratio < 0.02) return false; // already at the top of a page
  const innerHeight = node.startPosition.pageInnerHeight;
  if (innerHeight !== undefined) {
    // Headings that follow straight on (a level 3 under a level 2) travel with this one.
    const bodyNodes = helpers.getFollowingNodesOnPage().filter((n) => !isFurniture(n));
    const headingsRightAfter = bodyNodes.findIndex((n) => !n.headlineLevel);
    const extraHeadings = headingsRightAfter === -1 ? bodyNodes.length : headingsRightAfter;
    const roomNeeded = MIN_ROOM_FOR_HEADING_PT + extraHeadings * ROOM_PER_EXTRA_HEADING_PT;
    if ((1 - ratio) * innerHeight < roomNeeded) return true;
  }
  const following = helpers
    .getFollowingNodesOnPage()
    .filter((n) => !isFurniture(n) && !n.headlineLevel && n.startPosition.pageNumber === page);
  return following.length === 0;
}

// ---------------------------------------------------------------------------
// Document
// ---------------------------------------------------------------------------

function pdfDate(iso: string): Date {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

function buildDefinition(
  doc: BriefingDocument,
  onPageCount: (count: number) => void,
  contentsNodes: Node[] = [],
): Node {
  let counter = 0;
  const ctx: BuildContext = { withToc: doc.contents !== undefined, nextId: () => `h${++counter}`, contentsNodes };
  const content: Node[] = [];
  // Sets the break on the node itself: the contents read pdfmake's positions back from these very objects.
  const startOnNewPage = (node: Node): Node => {
    if (content.length > 0) node.pageBreak = 'before';
    return node;
  };

  if (doc.cover) content.push(...cover(doc.cover));
  if (doc.contents) {
    content.push(
      startOnNewPage({
        toc: {
          title: { text: clean(doc.contents.title), style: 'tocTitle' },
          textStyle: 'toc1',
          numberStyle: 'toc1Number',
        },
      }),
    );
  }
  for (const section of doc.sections) {
    groupHeadingsWithNext(section.blocks, ctx).forEach((node, i) => {
      content.push(i === 0 ? startOnNewPage(node) : node);
    });
  }
  if (content.length === 0) content.push({ text: '' });

  const { marking, reference, pageNumber } = doc.furniture;
  const meta = doc.metadata;
  const created = pdfDate(meta.created);
  const info: Record<string, unknown> = {
    title: clean(meta.title),
    author: clean(meta.author),
    subject: clean(meta.subject),
    keywords: meta.keywords.map(clean).join(', '),
    creator: PDF_CREATOR,
    producer: `${PDF_CREATOR} (pdfmake)`,
    creationDate: created,
    modDate: created,
  };

  return {
    pageSize: doc.furniture.paper === 'letter' ? 'LETTER' : 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN_X, MARGIN_TOP, MARGIN_X, MARGIN_BOTTOM],
    version: '1.7',
    language: clean(meta.languageTag),
    displayTitle: true,
    info,
    defaultStyle: DEFAULT_TEXT,
    styles: STYLES,
    header: (_page: number, _count: number, size: PageSize) => ({
      margin: [MARGIN_X, FURNITURE_TOP, MARGIN_X, 0],
      stack: [
        furnitureRow(clean(marking), clean(reference)),
        { ...furnitureRule(size.width - 2 * MARGIN_X), margin: [0, 4, 0, 0] },
      ],
      style: FURNITURE,
    }),
    footer: (currentPage: number, pageCount: number, size: PageSize) => {
      onPageCount(pageCount);
      const label = clean(`${pageNumber.before}${currentPage}${pageNumber.between}${pageCount}${pageNumber.after}`);
      return {
        margin: [MARGIN_X, 12 * MM, MARGIN_X, 0],
        stack: [
          { ...furnitureRule(size.width - 2 * MARGIN_X), margin: [0, 0, 0, 4] },
          furnitureRow(clean(marking), label),
        ],
        style: FURNITURE,
      };
    },
    pageBreakBefore: keepHeadingWithNext,
    content,
  };
}

/**
 * The page pdfmake placed a node's first line on (it writes `positions` onto the
 * definition's own nodes); undefined for a node it placed nowhere, such as an empty one.
 */
function placedOnPage(node: Node): number | undefined {
  const positions = node.positions as { pageNumber?: unknown }[] | undefined;
  const page = positions?.[0]?.pageNumber;
  return typeof page === 'number' ? page : undefined;
}

/**
 * Renders the document to PDF bytes. Same document ⇒ byte-identical output: the
 * creation date, and so pdfkit's file ID, come from `doc.metadata.created`.
 */
export async function renderPdf(doc: BriefingDocument, options: PdfRenderOptions): Promise<PdfRenderResult> {
  let pageCount = 0;
  const contentsNodes: Node[] = [];
  const definition = buildDefinition(
    doc,
    (count) => {
      pageCount = count;
    },
    contentsNodes,
  );
  const buffer = await renderPdfDefinition(definition, options.fontsDir);
  if (pageCount < 1) throw new Error('PDF layout produced no pages');
  return {
    bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
    pageCount,
    contentsPages: contentsNodes.map(placedOnPage),
  };
}

/**
 * Renders a pdfmake document definition under the writer's access policies: no URL
 * is ever fetched and no local file is read outside `fontsDir`. Exported so
 * tests/main/services/export/pdf-access-policy.test.ts checks the very setup
 * renderPdf uses.
 */
export async function renderPdfDefinition(definition: object, fontsDirOption: string): Promise<Buffer> {
  const fontsDir = path.resolve(fontsDirOption);
  const keys = await loadFonts(fontsDir);
  // pdfmake is a process-wide singleton: set everything it reads synchronously,
  // right before createPdf, so concurrent renders never see each other's settings.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((candidate) => isInside(fontsDir, candidate));
  pdfmake.setFonts({ [FONT]: { ...keys } });
  installLineRunJoining();
  return pdfmake.createPdf(definition).getBuffer();
}
