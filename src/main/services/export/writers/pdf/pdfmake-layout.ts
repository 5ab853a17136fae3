/**
 * A small patch of pdfmake's layout engine, installed once per process, for
 * three things pdfmake does not do:
 *
 * 1. **Keep groups** (`keepGroup` nodes, built by keep-with-next.ts): a heading and
 *    what belongs to it are laid out together on one page when they fit on a page;
 *    when they do not, they break like ordinary content, but only after checking
 *    that the group's `lead` (its headings and the first row or lines of what
 *    follows) fits below the current position, else the group starts on the next
 *    page. Decided while laying out, in the one layout pass: pdfmake's own
 *    keep-with-next (`pageBreakBefore`) lays the whole document out again for every
 *    heading it moves, which made the cost depend on where headings land. A group
 *    is laid out on trial from where it would start; when it stays there, the
 *    trial is placed as it is, page by page. Only a group that moves to the next
 *    page is laid out a second time, from its words put back (pdfmake-rewind.ts).
 * 2. **Nothing dropped.** pdfmake lays an unbreakable block (a kept stack, a table
 *    row with dontBreakRows, a table's header with its first row) out on a page of
 *    unbounded height and places it only if it fits on a page: a longer one
 *    vanished without a word. Here it is cut between its lines into page-high
 *    pieces (pdfmake-unbreakable.ts); the writer avoids needing that by letting
 *    tall rows break (tables.ts).
 * 3. **Accounting**: layout passes, and the characters that reached the pages, so
 *    the writer can check that every text run of the model was placed.
 */
import LayoutBuilder from 'pdfmake/js/LayoutBuilder.js';
import PageElementWriter from 'pdfmake/js/PageElementWriter.js';
import DocumentContext from 'pdfmake/js/DocumentContext.js';
import { countPlacedCharacters, layoutInProgress, statsOf } from './layout-stats';
import {
  type Builder,
  type Context,
  type Fragment,
  type LayoutNode,
  type Writer,
  contentBottom,
  discardUnbreakable,
  itemBottom,
  pageRoom,
  shifted,
} from './pdfmake-internals';
import { placeUnbreakable } from './pdfmake-unbreakable';
import { rewindPoint } from './pdfmake-rewind';
import { measureIfDeferred } from './pdfmake-deferred-measure';
import { attachTagging, taggingOf } from './tags';

export { countVisible, type LayoutStats, trackLayout } from './layout-stats';

/**
 * Marks a node `{ stack: [lead, content], keepGroup }`: `lead` (the headings and the
 * first part of what follows them) is laid out only to measure its height,
 * `content` is the group as placed on the page.
 */
export interface KeepGroup {
  /** Whether to try the whole group on one page first (false when it surely does not fit). */
  tryWhole: boolean;
  /** Set by the layout: the group begins at the top of a page. */
  startsPage?: boolean;
}

/** Height of `node` laid out alone, unbroken (its layout is thrown away). */
function measureHeight(writer: Writer, process: (node: LayoutNode) => void, node: LayoutNode): number {
  writer.beginUnbreakableBlock();
  process(node);
  const height = writer.context().y;
  discardUnbreakable(writer);
  return height;
}

/** Below this, what a group leaves on the next page is a widow (a row, a line): the group moves whole. */
const MIN_TAIL_PT = 45;

interface Trial {
  /** The group laid out from the current position on pages like the real ones. */
  pages: Fragment[];
  /** Where the first page's part starts (the current position) and where the last one ends. */
  offset: number;
  end: number;
}

/**
 * Lays the group out from the current position on pages of the same room, in a
 * context of its own, so that where it would break can be judged before anything
 * is placed. Nothing inside sees a difference: it is laid out as at top level.
 */
function trialLayout(writer: Writer, process: (node: LayoutNode) => void, content: LayoutNode, room: number): Trial {
  const outer = writer.context();
  const trial = new DocumentContext() as unknown as Context & {
    addPage(size: object, margins: object): void;
    moveDown(offset: number): void;
  };
  trial.addPage({ width: outer.availableWidth, height: room }, { left: 0, right: 0, top: 0, bottom: 0 });
  const offset = Math.max(0, room - outer.availableHeight);
  trial.moveDown(offset);
  writer.pushContext(trial);
  try {
    process(content);
  } finally {
    writer.popContext();
  }
  return { pages: trial.pages as unknown as Fragment[], offset, end: trial.y };
}

/**
 * Places a trial that runs over several pages: its first page's part below the
 * current position, each further page on a page of its own. The trial's pages
 * have the real pages' room, so this is the layout the group would get anyway.
 */
function placeTrial(writer: Writer, trial: Trial): void {
  trial.pages.forEach((page, index) => {
    const last = index === trial.pages.length - 1;
    if (index > 0) writer.moveToNextPage();
    const top = index === 0 ? trial.offset : 0;
    const available = writer.context().availableHeight;
    const height = last ? Math.min(trial.end - top, available) : available;
    writer.addFragment({ items: page.items.map((entry) => shifted(entry, -top)), height });
  });
}

function layOutKeepGroup(
  builder: Builder,
  process: (node: LayoutNode) => void,
  group: KeepGroup,
  lead: LayoutNode,
  content: LayoutNode,
): void {
  const writer = builder.writer;
  if (writer.transactionLevel > 0) {
    // Already inside something unbreakable: that decides where this goes.
    process(content);
    return;
  }
  const room = pageRoom(writer);
  // The lead is laid out at most once: laying it out uses up its words.
  let measuredLead: number | undefined;
  const leadHeight = (): number => {
    if (measuredLead === undefined) {
      measureIfDeferred(builder.docMeasure, lead);
      measuredLead = measureHeight(writer, process, lead);
    }
    return measuredLead;
  };
  const atTopOfPage = () => writer.context().y <= writer.context().pageMargins.top + 0.5;
  let startOnNextPage = false;
  group.startsPage = false;
  if (group.tryWhole && !atTopOfPage()) {
    const rewind = rewindPoint(content);
    const trial = trialLayout(writer, process, content, room);
    if (trial.pages.length === 1) {
      // It fits where it is: place the trial itself.
      const page = trial.pages[0]!;
      const height = Math.min(trial.end - trial.offset, writer.context().availableHeight);
      writer.addFragment({ items: page.items.map((entry) => shifted(entry, -trial.offset)), height });
      return;
    }
    const firstPart = contentBottom(trial.pages[0]!) - trial.offset;
    const middle = trial.pages.slice(1, -1).reduce((sum, page) => sum + contentBottom(page), 0);
    const whole = firstPart + middle + trial.end;
    // What the last page holds below the header rows a table repeats there.
    const last = trial.pages[trial.pages.length - 1]!;
    const repeatedBottom = last.items.reduce(
      (bottom, entry) =>
        (entry.item as { repeated?: boolean }).repeated ? Math.max(bottom, itemBottom(entry)) : bottom,
      0,
    );
    const widowed = contentBottom(last) - repeatedBottom < MIN_TAIL_PT;
    startOnNextPage = whole <= room && (widowed || firstPart < leadHeight());
    if (!startOnNextPage && firstPart >= 0) {
      if (firstPart < leadHeight()) startOnNextPage = true;
    }
    if (!startOnNextPage) {
      // It breaks where it is: the trial is the layout, page by page.
      placeTrial(writer, trial);
      return;
    }
    // Laying text out consumes its measured words: they are put back before the group is laid out from the next page.
    rewind();
    if (layoutInProgress.stats) layoutInProgress.stats.groupsRelaidOut++;
  } else if (!atTopOfPage()) {
    startOnNextPage = leadHeight() > writer.context().availableHeight;
  }
  if (startOnNextPage) writer.moveToNextPage();
  group.startsPage = atTopOfPage();
  process(content);
}

let installed = false;

/** Installs the patch into pdfmake's layout engine, once per process. */
export function installLayoutPatch(): void {
  if (installed) return;
  installed = true;
  const builderPrototype = LayoutBuilder.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;

  const layoutDocument = builderPrototype['layoutDocument']!;
  builderPrototype['layoutDocument'] = function layoutDocumentTracked(this: unknown, ...args: unknown[]) {
    const previous = layoutInProgress.stats;
    const stats = statsOf(args[0]);
    layoutInProgress.stats = stats;
    // The second argument is the pdfkit document the renderer will draw into.
    if (args[1]) attachTagging(args[1] as object, taggingOf(args[0]));
    try {
      const pages = layoutDocument.apply(this, args) as { items: { type: string; item: unknown }[] }[];
      if (stats) stats.placedCharacters = countPlacedCharacters(pages);
      // A layout only for its page numbers: pdfmake then draws no page at all.
      return stats?.layoutOnly ? [] : pages;
    } finally {
      layoutInProgress.stats = previous;
    }
  };

  const tryLayoutDocument = builderPrototype['tryLayoutDocument']!;
  builderPrototype['tryLayoutDocument'] = function tryLayoutDocumentCounted(this: unknown, ...args: unknown[]) {
    if (layoutInProgress.stats) layoutInProgress.stats.passes++;
    return tryLayoutDocument.apply(this, args);
  };

  const processNode = builderPrototype['processNode']!;
  builderPrototype['processNode'] = function processKeepGroups(this: Builder, node: unknown, ...rest: unknown[]) {
    const group = (node as LayoutNode | undefined)?.keepGroup;
    if (group === undefined) return processNode.call(this, node, ...rest);
    const keep = node as LayoutNode;
    const [lead, content] = keep.stack as [LayoutNode, LayoutNode];
    if (keep['pageBreak'] === 'before') this.writer.moveToNextPage();
    layOutKeepGroup(this, (child) => processNode.call(this, child), group, lead, content);
    keep['positions'] = content['positions'] ?? [];
    return undefined;
  };

  const writerPrototype = PageElementWriter.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const commitUnbreakableBlock = writerPrototype['commitUnbreakableBlock']!;
  writerPrototype['commitUnbreakableBlock'] = function commitPageByPage(this: Writer, ...args: unknown[]) {
    const forced = args[0] !== undefined || args[1] !== undefined;
    if (this.transactionLevel === 1 && !forced) {
      const block = this.context();
      this.transactionLevel--;
      this.popContext();
      placeUnbreakable(this, block);
      return undefined;
    }
    return commitUnbreakableBlock.apply(this, args);
  };

  // A table's header, repeated on each page it continues on, is counted where it is first placed.
  const currentBlockToRepeatable = writerPrototype['currentBlockToRepeatable']!;
  writerPrototype['currentBlockToRepeatable'] = function markRepeats(this: Writer, ...args: unknown[]) {
    const repeatable = currentBlockToRepeatable.apply(this, args) as { items: { type: string; item: unknown }[] };
    repeatable.items = repeatable.items.map((entry) =>
      entry.type === 'line'
        ? { ...entry, item: Object.assign((entry.item as { clone(): object }).clone(), { repeated: true }) }
        : entry,
    );
    return repeatable;
  };
}
