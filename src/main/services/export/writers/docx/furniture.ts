/** Page furniture: the marking, reference and PAGE/NUMPAGES fields in the header and footer. */
import { BorderStyle, Footer, Header, PageNumber, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { PageFurniture } from '../../../../../shared/document/model';
import { clean } from './runs';
import { INK, RULE_STRONG } from './typography';

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

/** The section's `headers` and `footers`. */
export function furniture(page: PageFurniture, contentWidth: number) {
  const { marking, reference, pageNumber } = page;
  return {
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
  };
}
