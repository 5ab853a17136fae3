/**
 * Where pdfmake would drop text: an unbreakable block (a kept stack, a table row
 * with dontBreakRows, a table's header with its first row) is laid out on a page
 * of unbounded height and placed only if it fits on a page, else nowhere.
 */
import { layoutInProgress } from './layout-stats';
import { type Context, type Fragment, type Writer, itemBottom, itemTop, pageRoom, shifted } from './pdfmake-internals';

/**
 * Places an unbreakable block. One that fits on a page goes where pdfmake puts
 * it (here, or at the top of the next page); its trailing margin never counts
 * against it. One taller than a page, which pdfmake would place nowhere, is cut
 * between its lines into page-high pieces placed one after another.
 */
export function placeUnbreakable(writer: Writer, block: Context): void {
  const fragment = block.pages[0] as unknown as Fragment | undefined;
  if (!fragment) return;
  const content = fragment.items.reduce((bottom, entry) => Math.max(bottom, itemBottom(entry)), 0);
  if (block.y <= writer.context().availableHeight) {
    fragment.height = block.y;
    writer.addFragment(fragment);
    return;
  }
  const room = pageRoom(writer);
  if (content <= room) {
    fragment.height = Math.min(block.y, room);
    writer.addFragment(fragment);
    return;
  }
  if (layoutInProgress.stats) layoutInProgress.stats.oversizeBlocks++;
  const entries = [...fragment.items].sort((a, b) => itemTop(a) - itemTop(b));
  let start = 0;
  let piece: Fragment['items'] = [];
  const flush = (height: number) => {
    if (piece.length > 0) {
      const context = writer.context();
      if (context.y > context.pageMargins.top + 0.5 && height > context.availableHeight) writer.moveToNextPage();
      writer.addFragment({ items: piece, height: Math.min(height, writer.context().availableHeight) });
    }
    piece = [];
  };
  for (const entry of entries) {
    if (entry.type === 'line' && itemBottom(entry) - start > room && itemTop(entry) > start) {
      flush(itemTop(entry) - start);
      start = itemTop(entry);
    }
    piece.push(shifted(entry, -start));
  }
  flush(Math.max(block.y, content) - start);
}
