import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FontSet, loadFonts } from '../../../../../../src/main/services/export/writers/pdf/fonts';
import {
  type ScriptPiece,
  splitParagraph,
  withWriting,
} from '../../../../../../src/main/services/export/writers/pdf/scripts';
import { breakLongWords } from '../../../../../../src/main/services/export/writers/pdf/text';
import type { Language } from '../../../../../../src/shared/catalogue/languages';
import { languageTag } from '../../../../../../src/shared/i18n/dictionary';

const fontsDir = path.resolve(__dirname, '../../../../../../resources/fonts');
let fonts: FontSet;
beforeAll(async () => {
  fonts = await loadFonts(fontsDir);
});

const split = (language: Language, ...texts: string[]): ScriptPiece[][] =>
  withWriting({ direction: language === 'ar' ? 'rtl' : 'ltr', languageTag: languageTag(language), fonts }, () =>
    splitParagraph(texts),
  );

describe('splitting text by script', () => {
  it('leaves Latin text in a left-to-right document as it is', () => {
    expect(split('en', 'Patryk PAWLAK, Brussels', ' Ελληνικά, кириллица')).toEqual([
      [{ text: 'Patryk PAWLAK, Brussels' }],
      [{ text: ' Ελληνικά, кириллица' }],
    ]);
    // Outside a document being built, nothing is split either.
    expect(splitParagraph(['محمد'])).toEqual([[{ text: 'محمد' }]]);
  });

  it('sets Arabic and Chinese in their own families, with their language in a document of another one', () => {
    const [pieces] = split('en', 'Chair: 王小明 and محمد (TBC)');
    expect(pieces!.map(({ text, font, lang }) => ({ text, font, lang }))).toEqual([
      { text: 'Chair: ', font: undefined, lang: undefined },
      { text: '王小明 ', font: 'NotoSansSC', lang: 'zh' },
      { text: 'and ', font: undefined, lang: undefined },
      // The space and parenthesis are at the level of "TBC" (left to right), not of the Arabic name.
      { text: 'محمد', font: 'NotoSansArabic', lang: 'ar' },
      { text: ' (TBC)', font: undefined, lang: undefined },
    ]);
  });

  it('keeps punctuation with the letters around it, in a face that has it', () => {
    const [pieces] = split('ar', '(قيد التأكيد) - اتفاقية بودابست، 2015');
    const fontOf = (char: string) => pieces!.find((piece) => piece.text.includes(char))!.font;
    // The hyphen, the Arabic comma and the digits are in Noto Sans Arabic: one face with the words around them.
    expect(fontOf('-')).toBe('NotoSansArabic');
    expect(fontOf('،')).toBe('NotoSansArabic');
    expect(fontOf('2015')).toBe('NotoSansArabic');
    // Noto Sans Arabic 2.005 has no parentheses: they come from Noto Sans.
    expect(fontOf('(')).toBeUndefined();
    expect(pieces!.map((piece) => piece.lang)).toEqual(pieces!.map(() => undefined));
  });

  it('gives each piece its bidi level: numbers and Latin names inside Arabic text run left to right', () => {
    const [pieces] = split('ar', 'عام 2015 مع Council of Europe');
    expect(pieces!.map(({ text, bidiLevel, bidiBase }) => [text, bidiLevel, bidiBase])).toEqual([
      ['عام ', 1, 1],
      ['2015', 2, 1],
      [' مع ', 1, 1],
      ['Council of Europe', 2, 1],
    ]);
  });

  it('writes a Latin-only paragraph of an Arabic document left to right, so its question mark stays at its end', () => {
    const [pieces] = split('ar', 'What is cybercrime?');
    expect(pieces).toEqual([{ text: 'What is cybercrime?', bidiLevel: 0, bidiBase: 0 }]);
  });

  it('splits each run on its own, so runs keep their emphasis', () => {
    const pieces = split('en', 'أمينة الهاشمي', ' (TBC)');
    expect(pieces.map((run) => run.map((piece) => piece.text))).toEqual([['أمينة الهاشمي'], [' (TBC)']]);
  });
});

describe('breaking long words', () => {
  it('keeps combining marks that open a word (found by the hostile-text test)', () => {
    const word = `\u0489\u0489\u0489${'<script>alert(1)</script>'.repeat(2)}`;
    expect(breakLongWords(word).replace(/\u200b/g, '')).toBe(word);
  });
});
