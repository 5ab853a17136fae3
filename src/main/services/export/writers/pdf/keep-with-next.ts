/**
 * Keeping headings with what follows them, decided by the writer's own grouping
 * and laid out in pdfmake's single pass (pdfmake-layout.ts):
 *
 * - a **keep group** is a run of headings and the blocks after them up to the
 *   next heading: an agenda seminar (heading, times, sessions table), a speaker
 *   (name, fields, bio), a brief's part;
 * - a group that fits on a page is laid out whole on one page, so no agenda row
 *   and no line of a speaker entry is left alone on the next page;
 * - a longer group breaks like ordinary text, but its **lead** (the headings and
 *   the first row, item or two lines of what follows) must fit below the current
 *   position, else the group starts on the next page: a heading is never the last
 *   thing on a page, and it stays with its first row rather than the whole block.
 */
import type { Block, HeadingBlock, TextRun } from '../../../../../shared/document/model';
import { type BuildContext, blockNode, heading, headingLook, list, notice, paragraph } from './blocks';
import { blockHeight } from './estimate';
import type { KeepGroup } from './pdfmake-layout';
import { fields, table } from './tables';
import type { Node } from './typography';

/** Text of the lead's first part: about two lines of body text. */
const LEAD_CHARACTERS = 160;

/** Cuts runs down to `limit` characters (whole code points), for measuring a block's first lines. */
function truncateRuns(runs: readonly TextRun[], limit = LEAD_CHARACTERS): TextRun[] {
  const out: TextRun[] = [];
  let left = limit;
  for (const run of runs) {
    if (left <= 0) break;
    const points = Array.from(run.text);
    out.push({ ...run, text: points.slice(0, left).join('') });
    left -= points.length;
  }
  return out;
}

/** The first part of a block: what a heading before it must not be parted from. */
function firstPart(block: Block, ctx: BuildContext): Node {
  switch (block.kind) {
    case 'heading':
      return headingLook(block);
    case 'paragraph':
      return paragraph({ ...block, runs: truncateRuns(block.runs) });
    case 'list':
      return list({ ...block, items: block.items.slice(0, 1).map((item) => truncateRuns(item)) });
    case 'fields':
      return fields(
        { kind: 'fields', rows: block.rows.slice(0, 1).map((row) => ({ ...row, value: truncateRuns(row.value) })) },
        ctx.area,
      );
    case 'table':
      return table(
        { ...block, rows: block.rows.slice(0, 1).map((row) => row.map((cell) => truncateRuns(cell))) },
        ctx.area,
      );
    case 'notice': {
      const first = block.blocks[0];
      const children =
        first === undefined ? [] : [first.kind === 'list' ? first : { ...first, runs: truncateRuns(first.runs) }];
      return notice({ ...block, blocks: children.slice(0, 1) as typeof block.blocks });
    }
  }
}

/** A group taller than this surely does not fit on a page: skip the attempt to lay it out whole. */
const WHOLE_GROUP_ATTEMPT_SHARE = 1.2;

function keepGroup(headings: HeadingBlock[], body: Block[], ctx: BuildContext): Node {
  const lead: Node = {
    stack: [...headings.map(headingLook), ...(body[0] ? [firstPart(body[0], ctx)] : [])],
    // Measured only if the layout needs its height (pdfmake-deferred-measure.ts).
    measureWhenNeeded: true,
  };
  const content: Node = {
    stack: [...headings.map((block) => heading(block, ctx)), ...body.map((b) => blockNode(b, ctx))],
  };
  const estimated = [...headings, ...body].reduce((sum, block) => sum + blockHeight(block, ctx.area), 0);
  const group: KeepGroup = { tryWhole: estimated <= ctx.area.height * WHOLE_GROUP_ATTEMPT_SHARE };
  if (headings[0]) ctx.keepGroups.push({ anchor: headings[0].anchor, group });
  // Both are in the tree so that pdfmake prepares them; the layout patch places only the content.
  return { stack: [lead, content], keepGroup: group };
}

/** The section's blocks as pdfmake nodes, each heading in a keep group with what follows it. */
export function groupHeadingsWithNext(blocks: Block[], ctx: BuildContext): Node[] {
  const nodes: Node[] = [];
  let index = 0;
  while (index < blocks.length && blocks[index]!.kind !== 'heading') nodes.push(blockNode(blocks[index++]!, ctx));
  while (index < blocks.length) {
    const headings: HeadingBlock[] = [];
    while (blocks[index]?.kind === 'heading') headings.push(blocks[index++] as HeadingBlock);
    const body: Block[] = [];
    while (index < blocks.length && blocks[index]!.kind !== 'heading') body.push(blocks[index++]!);
    nodes.push(keepGroup(headings, body, ctx));
  }
  return nodes;
}
