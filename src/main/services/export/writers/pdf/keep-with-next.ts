/** Keeping headings with what follows them, so no heading is left alone at the foot of a page. */
import type { Block, HeadingBlock, TextRun } from '../../../../../shared/document/model';
import { type BuildContext, blockNode, heading } from './blocks';
import { isFurniture } from './furniture';
import type { Node } from './typography';

/** Characters of text in a block, to tell a short block (kept whole with its heading) from a long one. */
function blockTextLength(block: Block): number {
  const runsLength = (runs: TextRun[]) => runs.reduce((sum, run) => sum + run.text.length, 0);
  switch (block.kind) {
    case 'heading':
      return block.text.length;
    case 'paragraph':
      return runsLength(block.runs);
    case 'list':
      return block.items.reduce((sum, runs) => sum + runsLength(runs), 0);
    case 'fields':
      return block.rows.reduce((sum, row) => sum + row.label.length + runsLength(row.value), 0);
    case 'notice':
      return block.blocks.reduce((sum, child) => sum + blockTextLength(child), block.title.length);
    case 'table':
      return Number.POSITIVE_INFINITY;
  }
}

/** Well under a page whatever the paper: pdfmake drops what does not fit on one page of an unbreakable block. */
const MAX_KEPT_TEXT = 1_500;
const MAX_KEPT_ITEMS = 12;

function isShortBlock(block: Block): boolean {
  if (block.kind === 'table' || block.kind === 'heading') return false;
  if (block.kind === 'list' && block.items.length > MAX_KEPT_ITEMS) return false;
  if (block.kind === 'fields' && block.rows.length > MAX_KEPT_ITEMS) return false;
  return blockTextLength(block) <= MAX_KEPT_TEXT;
}

/**
 * Keeps headings with what follows them. Level 2 and 3 headings and the short
 * block after them become one unbreakable stack, so pdfmake moves them to the
 * next page together in a single layout pass. Only a heading followed by
 * something long (a table, a long text) keeps its headlineLevel and goes through
 * the pageBreakBefore check, which costs pdfmake a whole new layout each time it
 * moves a heading: with every heading checked that way, a 300-page pack took
 * 95 s instead of 3 s.
 */
export function groupHeadingsWithNext(blocks: Block[], ctx: BuildContext): Node[] {
  const nodes: Node[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.kind !== 'heading' || block.level === 1) {
      nodes.push(blockNode(block, ctx));
      continue;
    }
    let end = index;
    while (blocks[end + 1]?.kind === 'heading' && (blocks[end + 1] as HeadingBlock).level > 1) end++;
    const next = blocks[end + 1];
    if (next === undefined || !isShortBlock(next)) {
      for (let k = index; k <= end; k++) nodes.push(blockNode(blocks[k]!, ctx));
      index = end;
      continue;
    }
    const stack: Node[] = [];
    for (let k = index; k <= end; k++) {
      stack.push(heading(blocks[k] as HeadingBlock, ctx, true));
    }
    stack.push(blockNode(next, ctx));
    nodes.push({ stack, unbreakable: true });
    index = end + 1;
  }
  return nodes;
}

export interface PageBreakNodeInfo {
  headlineLevel?: number;
  style?: string | string[];
  startPosition: { pageNumber: number; verticalRatio?: number; pageInnerHeight?: number };
}
export interface PageBreakHelpers {
  getFollowingNodesOnPage(): PageBreakNodeInfo[];
}

/**
 * Room a heading needs below its own top edge: the heading (up to two lines) and
 * about three lines of what follows. Less than this at the foot of a page and
 * the heading moves to the next page.
 */
const MIN_ROOM_FOR_HEADING_PT = 96;
const ROOM_PER_EXTRA_HEADING_PT = 28;

/**
 * Moves a heading to the next page when it would be left alone at the foot of a
 * page: when too little room is left below it, or when nothing but headings (or
 * page furniture) follows it on its page. The room check is needed because
 * pdfmake reports a table whose first row was pushed to the next page
 * (dontBreakRows) as still starting on this one.
 */
export function keepHeadingWithNext(node: PageBreakNodeInfo, helpers: PageBreakHelpers): boolean {
  if (!node.headlineLevel) return false;
  const page = node.startPosition.pageNumber;
  const ratio = node.startPosition.verticalRatio ?? 1;
  if (ratio < 0.02) return false; // already at the top of a page
  const innerHeight = node.startPosition.pageInnerHeight;
  if (innerHeight !== undefined) {
    // Headings that follow straight on (a level 3 under a level 2) travel with this one.
    const bodyNodes = helpers.getFollowingNodesOnPage().filter((n) => !isFurniture(n));
    const headingsRightAfter = bodyNodes.findIndex((n) => !n.headlineLevel);
    const extraHeadings = headingsRightAfter === -1 ? bodyNodes.length : headingsRightAfter;
    const roomNeeded = MIN_ROOM_FOR_HEADING_PT + extraHeadings * ROOM_PER_EXTRA_HEADING_PT;
    if ((1 - ratio) * innerHeight < roomNeeded) return true;
  }
  const following = helpers
    .getFollowingNodesOnPage()
    .filter((n) => !isFurniture(n) && !n.headlineLevel && n.startPosition.pageNumber === page);
  return following.length === 0;
}
