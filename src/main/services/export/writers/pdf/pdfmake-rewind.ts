/**
 * Puts a laid-out group's words back, so that it can be laid out again from
 * another place without measuring it again. pdfmake's layout takes each text
 * node's measured words off the node as it places them (`_inlines`), cuts a
 * word too long for its line in two, and moves a list's bullets (canvas vectors)
 * to where it draws them; everything else it measured (widths, table columns) it
 * only reads. A keep group laid out on trial that
 * then moves to the next page (pdfmake-layout.ts) took a second measurement of
 * the whole group for this; the rewind takes a copy of the word lists instead.
 */
import type { LayoutNode } from './pdfmake-internals';

interface Word {
  text: string;
  width: number;
}

/** A drawn shape's coordinates, as pdfmake's offsetVector moves them. */
type Vector = Record<string, unknown> & { points?: { x: number; y: number }[] };

interface ShapeState {
  vector: Vector;
  saved: Vector;
}

interface TextState {
  node: LayoutNode & { _inlines: Word[]; _lineAhead?: unknown; _linesPlaced?: unknown };
  words: Word[];
  texts: string[];
  widths: number[];
}

/** The nodes pdfmake measures inside a node: a stack's, a list's items and markers, columns, a table's cells. */
function childrenOf(node: LayoutNode): unknown[] {
  const children: unknown[] = [];
  for (const key of ['stack', 'ul', 'ol', 'columns'] as const) {
    const list = node[key];
    if (Array.isArray(list)) children.push(...list);
  }
  if (node['listMarker']) children.push(node['listMarker']);
  const table = node['table'] as { body?: unknown[][] } | undefined;
  if (table?.body) for (const row of table.body) children.push(...row);
  return children;
}

/** Takes note of the measured words of every text inside `root`; the function returned puts them back. */
export function rewindPoint(root: LayoutNode): () => void {
  const states: TextState[] = [];
  const shapes: ShapeState[] = [];
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    const node = value as LayoutNode;
    const canvas = node['canvas'];
    if (Array.isArray(canvas)) {
      for (const vector of canvas as Vector[]) {
        shapes.push({ vector, saved: { ...vector, points: vector.points?.map((point) => ({ ...point })) } });
      }
    }
    const words = node['_inlines'];
    if (Array.isArray(words)) {
      const list = words as Word[];
      states.push({
        node: node as TextState['node'],
        words: list.slice(),
        texts: list.map((word) => word.text),
        widths: list.map((word) => word.width),
      });
    }
    for (const child of childrenOf(node)) visit(child);
  };
  visit(root);
  return () => {
    for (const { vector, saved } of shapes) {
      Object.assign(vector, saved);
      // The layout moves points in place: each rewind gives the vector copies of its own.
      if (saved.points) vector.points = saved.points.map((point) => ({ ...point }));
      else delete vector.points;
    }
    for (const { node, words, texts, widths } of states) {
      words.forEach((word, index) => {
        word.text = texts[index]!;
        word.width = widths[index]!;
      });
      node._inlines = words.slice();
      // Widow control's look-ahead (pdfmake-widows.ts) starts afresh.
      delete node._lineAhead;
      delete node._linesPlaced;
    }
  };
}
