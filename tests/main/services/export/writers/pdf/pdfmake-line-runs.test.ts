import path from 'node:path';
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../../../../src/main/services/export/writers/pdf/document';
import { joinLineRuns } from '../../../../../../src/main/services/export/writers/pdf/pdfmake-line-runs';
import { sampleDocument } from '../../../../../fixtures/documents/sample-document';

const fontsDir = path.resolve(__dirname, '../../../../../../resources/fonts');
const font = { name: 'NotoSans-Regular' };
const bold = { name: 'NotoSans-Bold' };

/** A placed word as pdfmake leaves it after layout. */
const word = (text: string, x: number, width: number, extra: Record<string, unknown> = {}) => ({
  text,
  x,
  width,
  font,
  fontSize: 10,
  color: '#1a1a1a',
  height: 12.5,
  alignment: 'left',
  ...extra,
});

describe('joinLineRuns', () => {
  it('joins touching words drawn alike into one run that starts where the first did', () => {
    const line = { inlines: [word('Cyber', 0, 30), word('crime ', 30, 32), word('law', 62, 18)] };
    joinLineRuns(line);
    expect(line.inlines).toHaveLength(1);
    expect(line.inlines[0]).toMatchObject({ text: 'Cybercrime law', x: 0, width: 80, font, fontSize: 10 });
  });

  it('keeps apart words that differ in font, size, colour or link, or do not touch', () => {
    const line = {
      inlines: [
        word('Role ', 0, 20, { font: bold }),
        word('Head ', 20, 22),
        word('of ', 42, 10, { fontSize: 9 }),
        word('Division ', 52, 30, { color: '#ff0000' }),
        word('site', 82, 15, { link: 'https://www.unodc.org/' }),
        word('gap', 120, 15),
      ],
    };
    joinLineRuns(line);
    expect(line.inlines.map((inline) => inline.text)).toEqual(['Role ', 'Head ', 'of ', 'Division ', 'site', 'gap']);
  });

  it('leaves page references and justified words alone, and does not change the layout’s own inlines', () => {
    const reference = word('12', 40, 10, { _pageNodeRef: {} });
    const first = word('See ', 0, 20);
    const line = { inlines: [first, word('page ', 20, 20), reference, word('a ', 50, 8, { justifyShift: 2 })] };
    joinLineRuns(line);
    expect(line.inlines.map((inline) => inline.text)).toEqual(['See page ', '12', 'a ']);
    expect(first.text).toBe('See ');
    // Runs left alone are the layout's own objects, not copies.
    expect(line.inlines[1]).toBe(reference);
  });
});

describe('renderPdf with joined runs', () => {
  it('draws the text in a few runs a line, not a run a word', async () => {
    const { bytes } = await renderPdf(sampleDocument(), { fontsDir });
    const pdf = await getDocument({ data: bytes.slice() }).promise;
    let words = 0;
    let textRuns = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const text = (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ');
      words += text.split(/\s+/).filter(Boolean).length;
      const operators = await page.getOperatorList();
      textRuns += operators.fnArray.filter((fn) => fn === OPS.showText || fn === OPS.showSpacedText).length;
    }
    await pdf.destroy();
    expect(words).toBeGreaterThan(2_000);
    // Without the join pdfmake draws at least one run a word; with it, the sample pack
    // came to 593 runs for 2,883 words when this was written.
    expect(textRuns).toBeLessThan(words / 3);
  });
});
