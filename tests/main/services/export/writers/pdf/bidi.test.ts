import { describe, expect, it } from 'vitest';
import { reorderLine, visualOrder } from '../../../../../../src/main/services/export/writers/pdf/bidi';

interface TestInline {
  text: string;
  x: number;
  width: number;
  bidiLevel?: number;
  bidiBase?: number;
  mirrorGlyph?: boolean;
}

/** A laid-out line as pdfmake leaves it: words left to right, each 10 pt a character. */
function line(words: [string, number][], base: number, cuts: { leading?: number; trailing?: number } = {}) {
  let x = cuts.leading ? -cuts.leading : 0;
  const inlines: TestInline[] = words.map(([text, level]) => {
    const inline = { text, x, width: text.length * 10, bidiLevel: level, bidiBase: base };
    x += inline.width;
    return inline;
  });
  const made = {
    inlines,
    leadingCut: cuts.leading ?? 0,
    trailingCut: cuts.trailing ?? 0,
    getWidth: () => inlines.reduce((sum, inline) => sum + inline.width, 0) - (cuts.leading ?? 0) - (cuts.trailing ?? 0),
    clone: () => ({ ...made }),
  };
  return made;
}

/** The words from left to right, as a reader sees them. */
const visual = (result: { inlines: TestInline[] }): string[] =>
  [...result.inlines].sort((a, b) => a.x - b.x).map((inline) => inline.text);

describe('visualOrder (rule L2)', () => {
  it('reverses right-to-left runs and keeps numbers inside them left to right', () => {
    expect(visualOrder([1, 1, 1])).toEqual([2, 1, 0]);
    expect(visualOrder([1, 2, 2, 1])).toEqual([3, 1, 2, 0]);
    expect(visualOrder([0, 1, 1, 0])).toEqual([0, 2, 1, 3]);
    expect(visualOrder([0, 0])).toEqual([0, 1]);
    expect(visualOrder([])).toEqual([]);
  });
});

describe('reorderLine', () => {
  it('places an Arabic line right to left, with a number inside it left to right', () => {
    const result = reorderLine(
      line(
        [
          ['عام ', 1],
          ['2015', 2],
          [' مع ', 1],
          ['Council', 2],
        ],
        1,
      ) as never,
      true,
    );
    expect(visual(result as never)).toEqual(['Council', ' مع ', '2015', 'عام ']);
    // The words are still in the order they were written: only their positions changed.
    expect((result as { inlines: TestInline[] }).inlines.map((inline) => inline.text)).toEqual([
      'عام ',
      '2015',
      ' مع ',
      'Council',
    ]);
  });

  it('keeps the line within its width: the trailing space pdfmake leaves out stays out', () => {
    const laid = line(
      [
        ['محمد ', 1],
        ['علي ', 1],
      ],
      1,
      { trailing: 10 },
    );
    const result = reorderLine(laid as never, true) as unknown as { inlines: TestInline[] };
    const visible = result.inlines.map((inline, index) => ({
      left: inline.x + (index === result.inlines.length - 1 ? 10 : 0),
      right: inline.x + inline.width,
    }));
    expect(Math.min(...visible.map((box) => box.left))).toBeCloseTo(0);
    expect(Math.max(...visible.map((box) => box.right))).toBeCloseTo(laid.getWidth());
  });

  it('leaves a left-to-right line where pdfmake put it', () => {
    const laid = line(
      [
        ['Patryk ', 0],
        ['PAWLAK', 0],
      ],
      0,
    );
    const result = reorderLine(laid as never, false) as unknown as { inlines: TestInline[] };
    expect(result.inlines.map((inline) => inline.x)).toEqual(laid.inlines.map((inline) => inline.x));
  });

  it('draws parentheses set right to left on their own, flipped', () => {
    const result = reorderLine(line([['(قيد)', 1]], 1) as never, true) as unknown as { inlines: TestInline[] };
    expect(result.inlines.map((inline) => [inline.text, inline.mirrorGlyph === true])).toEqual([
      ['(', true],
      ['قيد', false],
      [')', true],
    ]);
    // The opening parenthesis (written first) stands rightmost.
    expect(visual(result)).toEqual([')', 'قيد', '(']);
  });
});
