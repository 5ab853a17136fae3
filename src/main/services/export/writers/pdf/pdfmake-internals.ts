/**
 * The parts of pdfmake's layout engine that the layout patch (pdfmake-layout.ts)
 * works with, typed as far as it uses them (pdfmake has no types), and helpers
 * to measure and move what pdfmake has laid out.
 */
import { offsetVector } from 'pdfmake/js/helpers/tools.js';

/** A pdfmake node as the patch sees it (pdfmake has no types). */
export interface LayoutNode {
  stack?: LayoutNode[];
  keepGroup?: { tryWhole: boolean; startsPage?: boolean };
  [key: string]: unknown;
}

export interface Context {
  pages: { items: unknown[] }[];
  y: number;
  availableHeight: number;
  availableWidth: number;
  pageMargins: { top: number; bottom: number };
  getCurrentPage(): { pageSize: { height: number } } | null;
}

export interface Writer {
  transactionLevel: number;
  repeatables: { height: number }[];
  context(): Context;
  popContext(): void;
  pushContext(context: object): void;
  beginUnbreakableBlock(width?: number, height?: number): void;
  moveToNextPage(orientation?: unknown): void;
  addFragment(fragment: unknown): unknown;
}

export interface Builder {
  writer: Writer;
  docMeasure: { measureNode(node: object): object };
}

export interface Fragment {
  items: { type: string; item: PlacedItem }[];
  height?: number;
}
export interface PlacedItem {
  y?: number;
  y1?: number;
  type?: string;
  getHeight?: () => number;
  clone?: () => PlacedItem;
}

export function itemTop(entry: { type: string; item: PlacedItem }): number {
  return entry.type === 'line' ? (entry.item.y ?? 0) : (entry.item.y ?? entry.item.y1 ?? 0);
}

export function itemBottom(entry: { type: string; item: PlacedItem }): number {
  return entry.type === 'line' ? (entry.item.y ?? 0) + (entry.item.getHeight?.() ?? 0) : itemTop(entry);
}

/** Leaves an unbreakable block without placing it (its layout is thrown away). */
export function discardUnbreakable(writer: Writer): void {
  writer.transactionLevel--;
  writer.popContext();
}

/**
 * The height an unbreakable block can have on a page of the current kind: the
 * page inside its margins, less what the page repeats (a table's header). pdfmake
 * lays unbreakable blocks out on a page of unbounded height (it asks the page for
 * a `height` it does not have), so this is what tells whether a block fits.
 */
export function pageRoom(writer: Writer): number {
  const context = writer.context();
  const page = context.getCurrentPage();
  if (!page) return Number.POSITIVE_INFINITY;
  const repeated = writer.repeatables.reduce((sum, repeatable) => sum + repeatable.height, 0);
  return page.pageSize.height - context.pageMargins.top - context.pageMargins.bottom - repeated;
}

export function contentBottom(page: Fragment): number {
  return page.items.reduce((bottom, entry) => Math.max(bottom, itemBottom(entry)), 0);
}

export function shifted(entry: { type: string; item: PlacedItem }, dy: number): { type: string; item: PlacedItem } {
  if (dy === 0) return entry;
  if (entry.type === 'line') {
    const line = entry.item.clone!();
    line.y = (line.y ?? 0) + dy;
    return { type: entry.type, item: line };
  }
  const vector = { ...(entry.item as Record<string, unknown>) } as PlacedItem & Record<string, unknown>;
  offsetVector(vector, 0, dy);
  return { type: entry.type, item: vector };
}
