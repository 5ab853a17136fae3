/**
 * The PDF's page geometry, colours and text styles. The DOCX writer mirrors the
 * same values (writers/docx/typography.ts) so both formats paginate alike.
 */

/** pdfmake node, kept loose on purpose: pdfmake has no type declarations. */
export type Node = Record<string, unknown>;
export type Inline = Record<string, unknown>;
export interface PageSize {
  width: number;
  height: number;
}

export const MM = 72 / 25.4;
export const MARGIN_X = 20 * MM;
export const MARGIN_TOP = 27 * MM;
export const MARGIN_BOTTOM = 25 * MM;
export const FURNITURE_TOP = 10 * MM;

export const FONT = 'NotoSans';
export const UN_BLUE = '#1f4e79';
export const INK = '#1a1a1a';
export const MUTED = '#555f6b';
export const RULE = '#c5d0dc';
export const RULE_STRONG = '#8fa6bf';
export const HEADER_FILL = '#e8eef5';
export const LINK = '#1a5c9e';
export const NOTICE_BORDER = '#a8781e';
export const NOTICE_FILL = '#fbf5e6';
export const NOTICE_INK = '#6b4a0f';

/**
 * Text styles. Body content spreads them into its nodes rather than naming them
 * (`style: 'h2'`): pdfmake looks up about 20 properties for every word, and a
 * named style costs each lookup a walk of the style stack and a new Set, which
 * came to a sixth of the PDF's time on a 457-page pack. Only the contents and the
 * page furniture, a few nodes a page, still name theirs.
 */
export const STYLES: Record<string, Node> = {
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

/** The document's default text; pdfmake's defaultStyle too. */
export const DEFAULT_TEXT = { font: FONT, fontSize: 10, lineHeight: 1.25, color: INK };
