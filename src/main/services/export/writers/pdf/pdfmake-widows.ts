/**
 * Widow and orphan control for paragraphs and list items, which pdfmake lacks:
 * the first line of a paragraph is never left alone at the foot of a page, nor
 * its last line alone at the top of the next. pdfmake places a text node's lines
 * one at a time as it builds them (processLeaf › buildNextLine); this builds one
 * line ahead, and when the line about to be placed fits but would leave the
 * paragraph's first or last line alone, it moves to the next page first, which
 * is what pdfmake does itself for a line that does not fit. Only text nodes the
 * writer marks (`widowControl`) and only at the top level of the page (not inside
 * an unbreakable block, which moves as a whole).
 */
import LayoutBuilder from 'pdfmake/js/LayoutBuilder.js';

interface Line {
  getHeight(): number;
}
interface TextNode {
  widowControl?: boolean;
  _inlines?: unknown[];
  /** The line built ahead, and how many lines of the node are already placed. */
  _lineAhead?: Line | null;
  _linesPlaced?: number;
}
interface Builder {
  writer: {
    transactionLevel: number;
    context(): { y: number; availableHeight: number; pageMargins: { top: number } };
    moveToNextPage(): void;
  };
}

let installed = false;

export function installWidowControl(): void {
  if (installed) return;
  installed = true;
  const builder = LayoutBuilder.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const buildNextLine = builder['buildNextLine']!;
  builder['buildNextLine'] = function buildWithWidowControl(this: Builder, ...args: unknown[]) {
    const node = args[0] as TextNode;
    if (!node?.widowControl) return buildNextLine.apply(this, args);
    const line = (node._lineAhead !== undefined ? node._lineAhead : buildNextLine.call(this, node)) as Line | null;
    if (!line) {
      delete node._lineAhead;
      delete node._linesPlaced;
      return line;
    }
    const next = buildNextLine.call(this, node) as Line | null;
    node._lineAhead = next;
    const placed = node._linesPlaced ?? 0;
    node._linesPlaced = placed + 1;
    const writer = this.writer;
    const context = writer.context();
    if (!next || writer.transactionLevel > 0 || context.y <= context.pageMargins.top + 0.5) return line;
    const fits = line.getHeight() <= context.availableHeight;
    const bothFit = line.getHeight() + next.getHeight() <= context.availableHeight;
    const nextIsLast = (node._inlines?.length ?? 0) === 0;
    // First line alone at the foot (orphan), or the last line pushed alone to the next page (widow),
    // unless that would leave a single line behind instead.
    const orphan = placed === 0 && fits && !bothFit;
    const widow = nextIsLast && placed >= 2 && fits && !bothFit;
    if (orphan || widow) writer.moveToNextPage();
    return line;
  };
}
