import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanOneLine, linkedTitleRuns } from '../../../src/shared/document/text';

describe('linkedTitleRuns: a reading as printed (issue 10, item 11)', () => {
  it('links a plain https address and prints it as it is', () => {
    expect(linkedTitleRuns('Convention', 'https://www.coe.int/cybercrime')).toEqual([
      { text: 'Convention \u2014 ' },
      { text: 'https://www.coe.int/cybercrime', link: 'https://www.coe.int/cybercrime' },
    ]);
  });

  it('shows a zero-width space in the address and does not link it (it read as example.org)', () => {
    expect(linkedTitleRuns('Reading', 'https://exa\u200Bmple.org/')).toEqual([
      { text: 'Reading \u2014 ' },
      { text: 'https://exa‹U+200B›mple.org/' },
    ]);
  });

  it('shows a right-to-left override instead of letting it reorder the address', () => {
    const runs = linkedTitleRuns('', 'https://example.org/\u202Efdp.exe');
    expect(runs).toEqual([{ text: 'https://example.org/‹U+202E›fdp.exe' }]);
  });

  it('prints the host a link really goes to when it is spelt otherwise', () => {
    expect(linkedTitleRuns('Apple', 'https://аpple.com/')).toEqual([
      { text: 'Apple \u2014 ' },
      { text: 'https://аpple.com/', link: 'https://аpple.com/' },
      { text: ' (= xn--pple-43d.com)' },
    ]);
  });

  it('does not link "https://www.un.org@evil.example/", whose host is evil.example', () => {
    expect(linkedTitleRuns('UN', 'https://www.un.org@evil.example/')).toEqual([
      { text: 'UN \u2014 ' },
      { text: 'https://www.un.org@evil.example/' },
    ]);
  });
});

describe('cleanOneLine', () => {
  it('cleans and folds line breaks', () => {
    expect(cleanOneLine(' OFFICIAL\n\u0007SECRET ')).toBe('OFFICIAL SECRET');
    expect(cleanOneLine(undefined)).toBe('');
  });
});

describe('what the link helpers add prints in the shipped font', () => {
  it('has a glyph for every character of a revealed address and a host note (no empty boxes on paper)', () => {
    // fontkit: what pdfmake measures and embeds glyphs with (no types of its own).
    const fontkit = createRequire(__filename)('fontkit') as {
      openSync(file: string): { hasGlyphForCodePoint(codePoint: number): boolean };
    };
    const font = fontkit.openSync(path.resolve(__dirname, '../../../resources/fonts/NotoSans-Regular.ttf'));
    const printed = [
      ...linkedTitleRuns('Reading', 'https://exa\u200Bmple.org/\u202E'),
      ...linkedTitleRuns('Apple', 'https://аpple.com/'),
    ]
      .map((run) => run.text)
      .join('');
    const missing = [...printed].filter((char) => !font.hasGlyphForCodePoint(char.codePointAt(0)!));
    expect(missing).toEqual([]);
  });
});
