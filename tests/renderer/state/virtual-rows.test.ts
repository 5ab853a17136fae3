import { describe, expect, it } from 'vitest';
import {
  estimateRowHeight,
  layoutRows,
  renderedIndices,
  visibleRange,
} from '../../../src/renderer/src/state/virtual-rows';

const keys = (count: number) => Array.from({ length: count }, (_, index) => `row-${index}`);

describe('layoutRows', () => {
  it('places rows one after the other with a gap, measured heights first, the estimate for the rest', () => {
    const layout = layoutRows(['a', 'b', 'c'], new Map([['b', 50]]), 100, 10);
    expect(layout.tops).toEqual([0, 110, 170, 280]);
    expect(layout.total).toBe(270);
  });

  it('gives an empty list no height', () => {
    expect(layoutRows([], new Map(), 100, 10)).toEqual({ tops: [0], total: 0 });
  });
});

describe('estimateRowHeight', () => {
  it('is the mean of the measured heights, or the fallback before any is measured', () => {
    expect(estimateRowHeight(new Map(), 150)).toBe(150);
    expect(
      estimateRowHeight(
        new Map([
          ['a', 100],
          ['b', 200],
        ]),
        150,
      ),
    ).toBe(150);
    expect(estimateRowHeight(new Map([['a', 90]]), 150)).toBe(90);
  });
});

describe('visibleRange', () => {
  // 1,000 rows of 100 px with a 10 px gap: row i spans [110 i, 110 i + 100).
  const layout = layoutRows(keys(1_000), new Map(), 100, 10);

  it('covers the rows the viewport overlaps', () => {
    expect(visibleRange(layout, 0, 500, 0)).toEqual({ start: 0, end: 5 });
    expect(visibleRange(layout, 1_100, 1_300, 0)).toEqual({ start: 10, end: 12 });
    // The gap after row 9 belongs to row 9, so a viewport starting in it still shows row 9.
    expect(visibleRange(layout, 1_005, 1_050, 0)).toEqual({ start: 9, end: 10 });
  });

  it('widens by the overscan on both sides, within the list', () => {
    expect(visibleRange(layout, 1_100, 1_300, 220)).toEqual({ start: 8, end: 14 });
    expect(visibleRange(layout, 0, 300, 1_000)).toEqual({ start: 0, end: 12 });
    expect(visibleRange(layout, 109_000, 110_500, 500)).toEqual({ start: 986, end: 1_000 });
  });

  it('is empty for an empty list or a viewport past the end', () => {
    expect(visibleRange(layoutRows([], new Map(), 100, 10), 0, 500, 100)).toEqual({ start: 0, end: 0 });
    expect(visibleRange(layout, 200_000, 200_500, 0)).toEqual({ start: 1_000, end: 1_000 });
  });
});

describe('renderedIndices', () => {
  it('adds the rows to keep (the focused one) in order, once, ignoring -1', () => {
    expect(renderedIndices({ start: 3, end: 6 }, [900])).toEqual([3, 4, 5, 900]);
    expect(renderedIndices({ start: 3, end: 6 }, [0, 4, -1])).toEqual([0, 3, 4, 5]);
  });
});
