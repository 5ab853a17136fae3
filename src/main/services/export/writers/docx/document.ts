/**
 * DOCX writer: maps the format-neutral BriefingDocument onto docx 9 primitives with
 * named styles (Title, Heading 1–3, TOC Heading, TOC 1/2), a real TOC field that
 * Word and LibreOffice fill in on open, real tables and PAGE/NUMPAGES fields in the
 * header and footer. Runs in plain Node; never imports electron.
 */
import { Document, Packer, Paragraph, type PageNumberEstimator, TableOfContents } from 'docx';
import type { BriefingDocument } from '../../../../../shared/document/model';
import { writingDirection } from '../../../../../shared/i18n/dictionary';
import { type Child, blockChildren, blockMargins } from './blocks';
import { type Pagination, pagesFromPdf } from './contents';
import type { BuildContext } from './context';
import { cover } from './cover';
import { furniture } from './furniture';
import { clean, textRuns } from './runs';
import { preparedParagraph } from './prepared';
import { documentStyles, numberingConfig } from './styles';
import { FOOTER_DISTANCE, HEADER_DISTANCE, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE } from './typography';

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
  pagination?: Pagination;
}

function buildDocument(
  doc: BriefingDocument,
  pageNumbers: PageNumberEstimator | undefined,
  pageStarts: ReadonlySet<string>,
): Document {
  const size = PAGE[doc.furniture.paper] ?? PAGE.a4;
  const contentWidth = size.width - 2 * MARGIN_X;
  const direction = writingDirection(doc.metadata.language);
  const ctx: BuildContext = { contentWidth, listInstance: 0, direction };
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
    let bottomAbove = 0;
    section.blocks.forEach((block, i) => {
      // Every section starts on a new page (as does any level 1 heading), except at the very start,
      // and where the PDF begins a page with a heading, so that both paginate alike.
      const breakBefore =
        body.length > 0 &&
        (i === 0 || (block.kind === 'heading' && (block.level === 1 || pageStarts.has(block.anchor))));
      if (breakBefore && block.kind !== 'heading')
        body.push(preparedParagraph({ pageBreakBefore: true, children: [] }));
      const margins = blockMargins(block);
      const gap = (breakBefore ? 0 : bottomAbove) + margins.top;
      body.push(...blockChildren(block, ctx, breakBefore, gap));
      bottomAbove = margins.bottom;
    });
  }
  if (body.length === 0) body.push(new Paragraph({ children: [] }));

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
    styles: documentStyles(language, direction),
    numbering: numberingConfig(),
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
        ...furniture(doc.furniture, contentWidth),
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
  return pack(buildDocument(doc, pageNumbers, new Set(options.pagination?.pageStarts ?? [])));
}
