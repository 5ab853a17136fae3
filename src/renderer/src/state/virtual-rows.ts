/**
 * Where the rows of a long list go when only those near the visible part are
 * rendered: each row's top from the heights measured so far (an estimate for
 * the others), and which rows a viewport shows. Pure, so the list component
 * only renders what this returns.
 */

export interface RowLayout {
  /** `tops[i]` is the top of row i; `tops[count]` is the end of the last row plus one gap. */
  tops: number[];
  /** Height of the whole list (no gap after the last row). */
  total: number;
}

/** The height to assume for rows not measured yet: the mean of those measured, else `fallback`. */
export function estimateRowHeight(heights: ReadonlyMap<string, number>, fallback: number): number {
  if (heights.size === 0) return fallback;
  let sum = 0;
  for (const height of heights.values()) sum += height;
  return sum / heights.size;
}

export function layoutRows(
  keys: readonly string[],
  heights: ReadonlyMap<string, number>,
  estimate: number,
  gap: number,
): RowLayout {
  const tops = new Array<number>(keys.length + 1);
  let top = 0;
  for (let index = 0; index < keys.length; index++) {
    tops[index] = top;
    top += (heights.get(keys[index]!) ?? estimate) + gap;
  }
  tops[keys.length] = top;
  return { tops, total: keys.length === 0 ? 0 : top - gap };
}

/** First index whose value is greater than `value` in an ascending list (its length when none is). */
function firstAbove(values: readonly number[], value: number, from: number, to: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! > value) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Rows `[start, end)` that overlap the viewport `[top, bottom)` (in list
 * coordinates) widened by `overscan` pixels on each side.
 */
export function visibleRange(
  layout: RowLayout,
  top: number,
  bottom: number,
  overscan: number,
): { start: number; end: number } {
  const count = layout.tops.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  // Row i ends (with its gap) at tops[i + 1]: the first row ending below the top is the first shown.
  const start = Math.min(count, firstAbove(layout.tops, top - overscan, 1, count + 1) - 1);
  const end = Math.max(start, firstAbove(layout.tops, bottom + overscan, 0, count));
  return { start, end };
}

/** The indices to render: the visible range plus any rows that must stay in the page (the focused one). */
export function renderedIndices(range: { start: number; end: number }, keep: readonly number[]): number[] {
  const indices = new Set<number>();
  for (let index = range.start; index < range.end; index++) indices.add(index);
  for (const index of keep) if (index >= 0) indices.add(index);
  return [...indices].sort((a, b) => a - b);
}
