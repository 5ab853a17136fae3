/**
 * The direction a paragraph is written in, the same in the PDF, the DOCX and the
 * preview. In an Arabic (right-to-left) document a paragraph is right to left,
 * unless it has Latin, Cyrillic or Chinese letters and no right-to-left ones ("What
 * is cybercrime?", an English role): then its full stop and question mark stay at
 * its end. In a left-to-right document a paragraph is left to right, unless all
 * its letters are right to left (an Arabic title in an English pack).
 */
export type Direction = 'ltr' | 'rtl';

/** Right-to-left letters: Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms. */
export const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LEFT_TO_RIGHT_LETTER = /(?![\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF])\p{L}/u;

export function paragraphDirection(text: string, documentDirection: Direction): Direction {
  const rightToLeft = RIGHT_TO_LEFT_LETTER.test(text);
  const leftToRight = LEFT_TO_RIGHT_LETTER.test(text);
  if (documentDirection === 'rtl') return rightToLeft || !leftToRight ? 'rtl' : 'ltr';
  return rightToLeft && !leftToRight ? 'rtl' : 'ltr';
}
