/**
 * PDF writer: maps the format-neutral BriefingDocument onto a pdfmake document
 * definition. Runs in plain Node (CLI, tests) and in Electron's main or utility
 * process; it never imports electron and never fetches anything: the only files it
 * reads are the fonts in `fontsDir` (fonts.ts), each read once per process.
 */
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { BriefingDocument } from '../../../../../shared/document/model';
import type { BuildContext } from './blocks';
import { cover } from './cover';
import { installRightToLeft, markRightToLeft } from './mirror';
import { installFontAdjustments, isInside, loadFonts } from './fonts';
import { type Writing, withWriting, writingFor } from './scripts';
import { furnitureCallbacks } from './furniture';
import type { ContentArea } from './estimate';
import { groupHeadingsWithNext } from './keep-with-next';
import { type LayoutStats, installLayoutPatch, trackLayout } from './pdfmake-layout';
import { installLineRunJoining } from './pdfmake-line-runs';
import { installMeasureOncePerRun } from './pdfmake-measure';
import { installDeferredMeasure } from './pdfmake-deferred-measure';
import { installStyleLookups } from './pdfmake-styles';
import { installWidowControl } from './pdfmake-widows';
import { type StructTag, type Tagging, installTagging, tag, tagContent } from './tags';
import { expectedCharacters } from './text-check';
import { clean, scriptText } from './text';
import { DEFAULT_TEXT, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, type Node, STYLES } from './typography';

export interface PdfRenderOptions {
  /** Folder holding the fonts (fonts.ts: Noto Sans, Noto Sans Arabic, Noto Sans SC). */
  fontsDir: string;
  /** Archival PDF/A-2b (still tagged, and declared PDF/UA-1 too). Default: PDF/UA-1 only. */
  pdfa?: boolean;
  /** Tagged (PDF/UA-1) output; on unless set to false (for measuring what tagging costs). */
  tagged?: boolean;
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
  /**
   * The anchors of the headings that begin a page (besides each section's own
   * page break), in document order: the DOCX breaks its pages before the same
   * headings, so that it paginates like the PDF in Word and LibreOffice.
   */
  pageStarts: string[];
  /** How the layout went: passes (always 1), and the check that all the model's text was placed. */
  layout: PdfLayoutReport;
}

export interface PdfLayoutReport extends LayoutStats {
  /** Printing characters of the model's text (page furniture and contents entries aside). */
  expectedCharacters: number;
}

/** Thrown when some of the model's text did not reach the pages: the PDF is not written. */
export class TextNotPlacedError extends Error {
  constructor(readonly report: PdfLayoutReport) {
    super(
      `${report.expectedCharacters - report.placedCharacters} of ${report.expectedCharacters} characters of text could not be placed on the pages`,
    );
    this.name = 'TextNotPlacedError';
  }
}

export const PDF_CREATOR = 'Briefing Pack Builder';

function pdfDate(iso: string): Date {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

const PAGE_SIZES = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
  a5: { width: 419.53, height: 595.28 },
} as const;

function contentArea(doc: BriefingDocument): ContentArea {
  const page = PAGE_SIZES[doc.furniture.paper] ?? PAGE_SIZES.a4;
  return { width: page.width - 2 * MARGIN_X, height: page.height - MARGIN_TOP - MARGIN_BOTTOM };
}

function buildDefinition(
  doc: BriefingDocument,
  onPageCount: (count: number) => void,
  contentsNodes: Node[] = [],
  keepGroups: BuildContext['keepGroups'] = [],
  output: { tagged: boolean; pdfa: boolean } = { tagged: true, pdfa: false },
  writing?: Writing,
): { definition: Node; stats: LayoutStats } {
  let counter = 0;
  const area = contentArea(doc);
  const root: StructTag | undefined = output.tagged ? tag('Document') : undefined;
  const sect = (): StructTag | undefined => (root ? tag('Sect', root) : undefined);
  const tagging: Tagging | undefined = root ? { root } : undefined;
  const ctx: BuildContext = {
    area,
    withToc: doc.contents !== undefined,
    nextId: () => `h${++counter}`,
    contentsNodes,
    keepGroups,
  };
  const content: Node[] = [];
  // Sets the break on the node itself: the contents read pdfmake's positions back from these very objects.
  const startOnNewPage = (node: Node): Node => {
    if (content.length > 0) node.pageBreak = 'before';
    return node;
  };

  if (doc.cover) content.push(...cover(doc.cover, area, sect()));
  if (doc.contents) {
    const contentsSection = sect();
    if (tagging && contentsSection) tagging.toc = tag('TOC', contentsSection);
    const title: Node = { text: scriptText(clean(doc.contents.title)), style: 'tocTitle' };
    if (contentsSection) title.tag = tag('H1', contentsSection);
    content.push(
      startOnNewPage({
        toc: {
          title,
          textStyle: 'toc1',
          numberStyle: 'toc1Number',
        },
      }),
    );
  }
  for (const section of doc.sections) {
    ctx.section = sect();
    groupHeadingsWithNext(section.blocks, ctx).forEach((node, i) => {
      content.push(i === 0 ? startOnNewPage(node) : node);
    });
  }
  if (content.length === 0) content.push({ text: '' });
  const stats = trackLayout(content);
  if (tagging) tagContent(content, tagging);
  if (writing?.direction === 'rtl') markRightToLeft(content);

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

  const definition: Node = {
    pageSize: ({ a4: 'A4', letter: 'LETTER', a5: 'A5' } as const)[doc.furniture.paper] ?? 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN_X, MARGIN_TOP, MARGIN_X, MARGIN_BOTTOM],
    version: '1.7',
    ...(output.tagged ? { tagged: true, subset: output.pdfa ? 'PDF/A-2b' : 'PDF/UA' } : {}),
    ...(output.pdfa && !output.tagged ? { subset: 'PDF/A-2b' } : {}),
    language: clean(meta.languageTag),
    displayTitle: true,
    info,
    defaultStyle: DEFAULT_TEXT,
    styles: STYLES,
    ...furnitureCallbacks(doc.furniture, onPageCount, writing),
    content,
  };
  return { definition, stats };
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

/** Where the document's pages fall, from a layout that draws nothing (`renderPdf`'s numbers, without the PDF). */
export interface PdfPagination {
  pageCount: number;
  contentsPages: (number | undefined)[];
  pageStarts: string[];
  layout: PdfLayoutReport;
}

/**
 * Lays the document out as renderPdf does and reports its page count and the
 * contents' page numbers, without drawing or compressing any page: for a DOCX
 * exported without its PDF.
 */
export async function layoutPdf(doc: BriefingDocument, options: PdfRenderOptions): Promise<PdfPagination> {
  const { pageCount, contentsPages, pageStarts, layout } = await render(doc, options, true);
  return { pageCount, contentsPages, pageStarts, layout };
}

/**
 * Renders the document to PDF bytes. Same document ⇒ byte-identical output: the
 * creation date, and so pdfkit's file ID, come from `doc.metadata.created`.
 */
export function renderPdf(doc: BriefingDocument, options: PdfRenderOptions): Promise<PdfRenderResult> {
  return render(doc, options, false);
}

async function render(doc: BriefingDocument, options: PdfRenderOptions, layoutOnly: boolean): Promise<PdfRenderResult> {
  let pageCount = 0;
  const contentsNodes: Node[] = [];
  const keepGroups: BuildContext['keepGroups'] = [];
  // Text nodes choose their fonts by script as they are built: the fonts are read first.
  const writing = writingFor(doc.metadata.language, await loadFonts(path.resolve(options.fontsDir)));
  const { definition, stats } = withWriting(writing, () =>
    buildDefinition(
      doc,
      (count) => {
        pageCount = count;
      },
      contentsNodes,
      keepGroups,
      { tagged: options.tagged !== false, pdfa: options.pdfa === true },
      writing,
    ),
  );
  if (layoutOnly) stats.layoutOnly = true;
  const buffer = await renderPdfDefinition(definition, options.fontsDir);
  if (pageCount < 1) throw new Error('PDF layout produced no pages');
  const layout: PdfLayoutReport = { ...stats, expectedCharacters: expectedCharacters(doc) };
  if (layout.placedCharacters < layout.expectedCharacters) throw new TextNotPlacedError(layout);
  return {
    bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
    pageCount,
    contentsPages: contentsNodes.map(placedOnPage),
    pageStarts: keepGroups.filter(({ group }) => group.startsPage).map(({ anchor }) => anchor),
    layout,
  };
}

/**
 * Renders a pdfmake document definition under the writer's access policies: no URL
 * is ever fetched and no local file is read outside `fontsDir`. Exported so
 * tests/main/services/export/writers/pdf/pdf-access-policy.test.ts checks the very
 * setup renderPdf uses.
 */
export async function renderPdfDefinition(definition: object, fontsDirOption: string): Promise<Buffer> {
  const fontsDir = path.resolve(fontsDirOption);
  const fonts = await loadFonts(fontsDir);
  // pdfmake is a process-wide singleton: set everything it reads synchronously,
  // right before createPdf, so concurrent renders never see each other's settings.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((candidate) => isInside(fontsDir, candidate));
  pdfmake.setFonts(fonts.pdfmakeFonts());
  installLineRunJoining();
  installLayoutPatch();
  installStyleLookups();
  installMeasureOncePerRun();
  installDeferredMeasure();
  installTagging();
  installWidowControl();
  installFontAdjustments();
  installRightToLeft();
  return pdfmake.createPdf(definition).getBuffer();
}
