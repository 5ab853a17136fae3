/**
 * The PDF writer's layout: one pass at any size and shape, nothing dropped, and
 * the check that would say so if something were (pdfmake-layout.ts).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, BriefingDocument } from '../../../../../../src/shared/document/model';
import { renderPdf, renderPdfDefinition } from '../../../../../../src/main/services/export/writers/pdf/document';
import { countVisible, trackLayout } from '../../../../../../src/main/services/export/writers/pdf/pdfmake-layout';
import { sampleDocument } from '../../../../../fixtures/documents/sample-document';
import { readPdf } from '../../../../../helpers/pdfText';

const fontsDir = path.resolve(__dirname, '../../../../../../resources/fonts');

function documentOf(blocks: Block[]): BriefingDocument {
  return {
    ...sampleDocument(),
    cover: undefined,
    contents: { title: 'Contents' },
    sections: [{ id: 'agenda', blocks: [{ kind: 'heading', level: 1, text: 'Section', anchor: 's' }, ...blocks] }],
  };
}

const words = (count: number, seed: string): string => Array.from({ length: count }, (_, i) => `${seed}${i}`).join(' ');

/** Letter-and-digit words of a text, counted. */
function tokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of text.replace(/\u200b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [])
    counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

async function pdfTokens(bytes: Uint8Array): Promise<Map<string, number>> {
  const pdf = await readPdf(bytes);
  return tokens(pdf.pages.map((page) => page.text).join(' '));
}

describe('renderPdf layout: pathological inputs, one pass each, nothing dropped', () => {
  it('a heading followed only by headings, hundreds of them', async () => {
    const headings: Block[] = Array.from({ length: 300 }, (_, i) => ({
      kind: 'heading',
      level: i % 2 === 0 ? 2 : 3,
      text: `Heading number ${i}`,
      anchor: `h${i}`,
    }));
    const result = await renderPdf(documentOf(headings), { fontsDir });
    expect(result.layout.passes).toBe(1);
    expect(result.layout.placedCharacters).toBe(result.layout.expectedCharacters);
    expect(result.pageCount).toBeGreaterThan(10);
  });

  it('a table taller than a page, and a row taller than a page', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => [[{ text: `Topic ${i}` }], [{ text: words(6, `s${i}x`) }]]);
    const tallRow = [[{ text: 'Tall' }], [{ text: words(2_500, 'tall') }]];
    const doc = documentOf([
      { kind: 'table', header: ['Topic', 'Speaker'], widths: [1, 2], rows: [...rows, tallRow] },
      { kind: 'fields', rows: [{ label: 'Speaks at', value: [{ text: words(3_000, 'field') }] }] },
    ]);
    const result = await renderPdf(doc, { fontsDir });
    expect(result.layout.passes).toBe(1);
    expect(result.layout.placedCharacters).toBe(result.layout.expectedCharacters);
    const printed = await pdfTokens(result.bytes);
    for (const [token, count] of tokens(words(2_500, 'tall') + ' ' + words(3_000, 'field')))
      expect(printed.get(token) ?? 0, token).toBeGreaterThanOrEqual(count);
  });

  it('a word longer than a line, in a paragraph and in a table cell', async () => {
    const long = 'w'.repeat(3_000);
    const doc = documentOf([
      { kind: 'paragraph', runs: [{ text: long }] },
      { kind: 'table', header: ['A', 'B'], widths: [1, 1], rows: [[[{ text: long }], [{ text: 'b' }]]] },
    ]);
    const result = await renderPdf(doc, { fontsDir });
    expect(result.layout.passes).toBe(1);
    expect(result.layout.placedCharacters).toBe(result.layout.expectedCharacters);
    const pdf = await readPdf(result.bytes);
    const text = pdf.pages.map((page) => page.items.map((item) => item.str).join('')).join('');
    expect(text.replace(/[^w]/g, '').length).toBe(2 * long.length);
  });
});

describe('renderPdf layout: long words cost time linear in their length', () => {
  it('lays out a 16,000- and a 100,000-character word in seconds, not minutes', async () => {
    const timed = async (length: number) => {
      const doc = documentOf([{ kind: 'paragraph', runs: [{ text: 'x'.repeat(length) }] }]);
      const started = performance.now();
      const result = await renderPdf(doc, { fontsDir });
      expect(result.layout.placedCharacters).toBe(result.layout.expectedCharacters);
      return performance.now() - started;
    };
    await timed(1_000); // fonts and JIT
    const short = await timed(16_000);
    const long = await timed(100_000);
    // Quadratic cost (pdfmake's own breaking) took 29 s for 16,000 and would take ~20 min for 100,000.
    expect(short).toBeLessThan(15_000);
    expect(long).toBeLessThan(60_000);
    expect(long / short).toBeLessThan(6.25 * 3);
  }, 180_000);
});

describe('unbreakable blocks taller than a page', () => {
  it('are placed page by page instead of cut (pdfmake keeps only their first page)', async () => {
    const text = words(3_000, 'kept');
    const content: object[] = [{ text: 'Before' }, { stack: [{ text }], unbreakable: true }, { text: 'After' }];
    const stats = trackLayout(content);
    const bytes = await renderPdfDefinition({ content, defaultStyle: { font: 'NotoSans' } }, fontsDir);
    expect(stats.oversizeBlocks).toBe(1);
    expect(stats.placedCharacters).toBe(countVisible(`Before ${text} After`));
    const printed = await pdfTokens(bytes);
    for (const [token, count] of tokens(text)) expect(printed.get(token) ?? 0, token).toBeGreaterThanOrEqual(count);
  });
});

describe('the check that all text was placed', () => {
  it('counts what a layout leaves out (a node cut short by maxHeight)', async () => {
    const content: object[] = [{ text: words(400, 'cut'), maxHeight: 40 }];
    const stats = trackLayout(content);
    await renderPdfDefinition({ content, defaultStyle: { font: 'NotoSans' } }, fontsDir);
    expect(stats.passes).toBe(1);
    expect(stats.placedCharacters).toBeGreaterThan(0);
    expect(stats.placedCharacters).toBeLessThan(words(400, 'cut').replace(/\s/g, '').length / 4);
  });
});

describe('keep groups that do not fit below the current position', () => {
  /** The page (1-based) whose text holds `needle`, after the contents (page 1, which names the heading too). */
  async function pageOf(bytes: Uint8Array, needle: string): Promise<number> {
    const pdf = await readPdf(bytes);
    return (
      pdf.pages.findIndex((page, index) => index > 0 && `${page.text.replace(/\s+/g, ' ')} `.includes(`${needle} `)) + 1
    );
  }
  const group = (filler: number): Block[] => [
    { kind: 'paragraph', runs: [{ text: words(filler, 'fill') }] },
    { kind: 'heading', level: 2, text: 'Group heading', anchor: 'g' },
    { kind: 'paragraph', runs: [{ text: words(300, 'body') }] },
  ];

  it('break where they are, laid out once (the trial is the layout)', async () => {
    const result = await renderPdf(documentOf(group(300)), { fontsDir });
    expect(result.layout.groupsRelaidOut).toBe(0);
    expect(result.layout.placedCharacters).toBe(result.layout.expectedCharacters);
    // It starts below the filler and runs on to the next page.
    expect(await pageOf(result.bytes, 'Group heading')).toBe(2);
    expect(await pageOf(result.bytes, 'fill299')).toBe(2);
    expect(await pageOf(result.bytes, 'body299')).toBe(3);
    expect(result.contentsPages).toEqual([2, 2]);
  });

  it('move whole to the next page when only the heading would fit, every word placed once', async () => {
    const result = await renderPdf(documentOf(group(550)), { fontsDir });
    expect(result.layout.groupsRelaidOut).toBe(1);
    expect(result.layout.placedCharacters).toBe(result.layout.expectedCharacters);
    expect(await pageOf(result.bytes, 'fill549')).toBe(2);
    expect(await pageOf(result.bytes, 'Group heading')).toBe(3);
    expect(await pageOf(result.bytes, 'body0')).toBe(3);
    expect(result.contentsPages).toEqual([2, 3]);
    const printed = await pdfTokens(result.bytes);
    for (const [token, count] of tokens(words(300, 'body'))) expect(printed.get(token), token).toBe(count);
  });
});
