/** Page furniture: the marking, reference and page numbers in every header and footer. */
import type { PageFurniture } from '../../../../../shared/document/model';
import { type Writing, withWriting } from './scripts';
import { clean, scriptText } from './text';
import { FURNITURE_TOP, MARGIN_X, MM, type Node, type PageSize, RULE_STRONG } from './typography';

export const FURNITURE = 'furniture';

const furnitureRule = (width: number): Node => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.5, lineColor: RULE_STRONG }],
  style: FURNITURE,
});

/** Furniture text, marked so that the check of the model's text leaves it out (pdfmake copies the mark onto each word). */
const furnitureText = (text: string) => {
  const pieces = scriptText(text, { furniture: true });
  return typeof pieces === 'string' ? [{ text, furniture: true }] : pieces;
};

function furnitureRow(centre: string, right: string): Node {
  return {
    columns: [
      { width: '28%', text: '', style: FURNITURE },
      { width: '44%', text: furnitureText(centre), style: [FURNITURE, 'furnitureMarking'], alignment: 'center' },
      { width: '28%', text: furnitureText(right), style: FURNITURE, alignment: 'right' },
    ],
    style: FURNITURE,
  };
}

export const isFurniture = (node: { style?: string | string[] }): boolean =>
  node.style === FURNITURE || (Array.isArray(node.style) && node.style.includes(FURNITURE));

/** pdfmake's `header` and `footer` callbacks; the footer reports the page count it is given. */
export function furnitureCallbacks(
  furniture: PageFurniture,
  onPageCount: (count: number) => void,
  writing?: Writing,
): Node {
  const { marking, reference, pageNumber } = furniture;
  // pdfmake calls these while it lays the pages out, after the document's nodes are built.
  const written = <T>(build: () => T): T => (writing ? withWriting(writing, build) : build());
  // By then pdfmake has been given the fonts those nodes asked for. Splitting the furniture's texts now
  // loads the fonts of scripts only the furniture uses (a Chinese reference, "第 1 页，共 9 页").
  const pageLabelSample = `${pageNumber.before}0${pageNumber.between}0${pageNumber.after}`;
  written(() => [marking, reference, pageLabelSample].forEach((text) => furnitureText(clean(text))));
  return {
    header: (_page: number, _count: number, size: PageSize) =>
      written(() => ({
        margin: [MARGIN_X, FURNITURE_TOP, MARGIN_X, 0],
        stack: [
          furnitureRow(clean(marking), clean(reference)),
          { ...furnitureRule(size.width - 2 * MARGIN_X), margin: [0, 4, 0, 0] },
        ],
        style: FURNITURE,
      })),
    footer: (currentPage: number, pageCount: number, size: PageSize) =>
      written(() => {
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
      }),
  };
}
