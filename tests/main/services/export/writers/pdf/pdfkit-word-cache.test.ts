/**
 * Word shapes and widths shared between documents (pdfkit-word-cache.ts): the
 * same numbers and glyphs as pdfkit's own, shaped once per process, and kept
 * without the font objects of the document that shaped them.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { shareWordCache } from '../../../../../../src/main/services/export/writers/pdf/pdfkit-word-cache';

const requireFromHere = createRequire(__filename);
const PDFKit = requireFromHere('pdfkit') as new () => { font(src: string): void; _font: EmbeddedFont };
const fontsDir = path.resolve(__dirname, '../../../../../../resources/fonts');

interface EmbeddedFont {
  font: { layout: (...args: unknown[]) => unknown };
  widthOfString(text: string, size: number, features?: unknown): number;
  encode(text: string, features?: unknown): [string[], object[]];
  layoutCached(text: string): { glyphs: object[] };
}

function fontOf(file: string, shared: boolean): EmbeddedFont {
  const doc = new PDFKit();
  doc.font(path.join(fontsDir, file));
  if (shared) shareWordCache(doc._font);
  return doc._font;
}

const SAMPLES: [string, string[]][] = [
  [
    'NotoSans-Regular.ttf',
    [
      'Delegation of Austria\tto the UN',
      '  leading',
      'trailing  ',
      'Vienna',
      'office ',
      ' ',
      'Cybercrime—2020',
      'ﬁnal',
      'naïve',
      'Привет',
      'Ζ',
      '',
    ],
  ],
  ['NotoSans-Bold.ttf', ['Vienna', 'UNODC', 'Chair:', 'AVAWAY', 'to ']],
  ['NotoSansArabic-Regular.ttf', ['مرحبا', 'لا', 'الجريمة ']],
];

describe('shareWordCache', () => {
  it("gives pdfkit's own widths and encodings, in documents after the first too", () => {
    for (const [file, words] of SAMPLES) {
      const own = fontOf(file, false);
      const first = fontOf(file, true);
      const second = fontOf(file, true);
      for (const text of words) {
        for (const size of [7.5, 10, 18]) {
          expect(first.widthOfString(text, size)).toBe(own.widthOfString(text, size));
          expect(second.widthOfString(text, size)).toBe(own.widthOfString(text, size));
        }
        expect(second.encode(text)).toEqual(own.encode(text));
        expect(first.encode(text)).toEqual(own.encode(text));
        expect(second.widthOfString(text, 10, ['smcp'])).toBe(own.widthOfString(text, 10, ['smcp']));
      }
    }
  });

  it('shapes a word once per process, and keeps no font object of the document that shaped it', () => {
    const first = fontOf('NotoSans-Italic.ttf', true);
    first.widthOfString('Delegation briefing', 10);
    first.encode('Delegation briefing');
    const second = fontOf('NotoSans-Italic.ttf', true);
    const shaping = vi.spyOn(second.font, 'layout');
    second.widthOfString('Delegation briefing', 12);
    second.encode('Delegation briefing');
    expect(shaping).not.toHaveBeenCalled();
    second.encode('programme');
    expect(shaping).toHaveBeenCalledTimes(1);
    const run = second.layoutCached('Delegation ');
    for (const glyph of run.glyphs) expect(Object.getPrototypeOf(glyph)).toBe(Object.prototype);
  });
});
