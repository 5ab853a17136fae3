/** Model blocks → pdfmake nodes. */
import type { Block, HeadingBlock, ListBlock, NoticeBlock, ParagraphBlock } from '../../../../../shared/document/model';
import type { ContentArea } from './estimate';
import type { KeepGroup } from './pdfmake-layout';
import { fields, table } from './tables';
import { printable, scriptText, styledText } from './text';
import { type StructTag, tag } from './tags';
import { NOTICE_BORDER, NOTICE_FILL, type Node, UN_BLUE } from './typography';

export interface BuildContext {
  /** The area inside the page margins. */
  area: ContentArea;
  withToc: boolean;
  nextId: () => string;
  currentH1Id?: string;
  /** The nodes listed in the contents: pdfmake records where it placed each (`positions`) on the node itself. */
  contentsNodes: Node[];
  /** Each keep group by the anchor of its first heading: the layout marks those that begin a page. */
  keepGroups: { anchor: string; group: KeepGroup }[];
  /** The structure element (a Sect) that blocks are tagged into, when the PDF is tagged. */
  section?: StructTag;
}

/** Tags a text node as content of `role` under `parent` (nothing when untagged). */
export function tagged(node: Node, role: string, parent: StructTag | undefined, options?: StructTag['options']): Node {
  if (parent) node.tag = tag(role, parent, options);
  return node;
}

export function heading(block: HeadingBlock, ctx: BuildContext): Node {
  const id = ctx.nextId();
  const listed = ctx.withToc && block.level <= 2;
  // pdfmake copies a listed heading's text, styled words and all, into the contents:
  // those headings keep a plain string and a named style, so the entries take the contents' style.
  const node: Node = listed
    ? { text: scriptText(printable(block.text)), style: `h${block.level}`, id }
    : { ...styledText(block.text, `h${block.level}`), id };
  // The bookmark's title: pdfmake would otherwise take the node's text, which may be runs.
  if (block.level <= 2) node.outlineText = printable(block.text);
  tagged(node, `H${block.level}`, ctx.section);
  if (block.level === 1) {
    ctx.currentH1Id = id;
    node.outline = true;
  } else if (block.level === 2) {
    node.outline = true;
    if (ctx.currentH1Id) node.outlineParentId = ctx.currentH1Id;
  }
  if (listed) {
    node.tocItem = true;
    node.tocStyle = block.level === 1 ? 'toc1' : 'toc2';
    node.tocMargin = block.level === 1 ? [0, 7, 0, 0] : [16, 2, 0, 0];
    node.tocNumberStyle = block.level === 1 ? 'toc1Number' : 'toc2Number';
    ctx.contentsNodes.push(node);
  }
  return node;
}

/** A heading as it looks, without anchor, outline or contents entry: for measuring only. */
export function headingLook(block: HeadingBlock): Node {
  return styledText(block.text, `h${block.level}`);
}

export function paragraph(block: ParagraphBlock, parent?: StructTag): Node {
  const style = block.tone === 'muted' ? 'muted' : block.tone === 'small' ? 'small' : 'body';
  return tagged({ ...styledText(block.runs, style), widowControl: true }, 'P', parent);
}

export function list(block: ListBlock, parent?: StructTag): Node {
  const structure = parent ? tag('L', parent) : undefined;
  const items = block.items.map((runs) => {
    const item = structure ? tag('LI', structure) : undefined;
    const node = tagged({ ...styledText(runs, 'body'), margin: [block.ordered ? 3 : 0, 0, 0, 3] }, 'LBody', item);
    // An ordered item's number (drawn by pdfmake after the item's first line) is its label, read first.
    if (block.ordered && item) node.listLabel = (node.tag as StructTag).precededBy = tag('Lbl', item);
    return node;
  });
  return block.ordered
    ? { ol: items, margin: [4, 0, 0, 8], markerColor: UN_BLUE }
    : { ul: items, margin: [4, 0, 0, 8], markerColor: UN_BLUE };
}

const NOTICE_LAYOUT = {
  hLineWidth: () => 0.75,
  vLineWidth: (i: number) => (i === 0 ? 3 : 0.75),
  hLineColor: () => NOTICE_BORDER,
  vLineColor: () => NOTICE_BORDER,
  fillColor: () => NOTICE_FILL,
  paddingLeft: () => 10,
  paddingRight: () => 10,
  paddingTop: () => 8,
  paddingBottom: () => 4,
};

export function notice(block: NoticeBlock, parent?: StructTag): Node {
  const aside = parent ? tag('Div', parent, { title: block.title }) : undefined;
  const inner: Node[] = [tagged(styledText(block.title, 'noticeTitle'), 'P', aside)];
  for (const child of block.blocks) inner.push(child.kind === 'list' ? list(child, aside) : paragraph(child, aside));
  return {
    table: { widths: ['*'], body: [[{ stack: inner }]] },
    layout: NOTICE_LAYOUT,
    margin: [0, 6, 0, 12],
  };
}

export function blockNode(block: Block, ctx: BuildContext): Node {
  switch (block.kind) {
    case 'heading':
      return heading(block, ctx);
    case 'paragraph':
      return paragraph(block, ctx.section);
    case 'list':
      return list(block, ctx.section);
    case 'table':
      return table(block, ctx.area, ctx.section);
    case 'fields':
      return fields(block, ctx.area, ctx.section);
    case 'notice':
      return notice(block, ctx.section);
  }
}
