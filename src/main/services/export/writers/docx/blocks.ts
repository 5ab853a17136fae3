/** Model blocks → docx body children. */
import { Paragraph, type Table, type TableOfContents } from 'docx';
import type { Block } from '../../../../../shared/document/model';
import type { BuildContext } from './context';
import { heading, list, paragraph } from './paragraphs';
import { fields, notice, table } from './tables';

export type Child = Paragraph | Table | TableOfContents;

/** A small empty paragraph so that two tables (or a table and a heading) never fuse. */
const spacer = (): Paragraph => new Paragraph({ spacing: { before: 0, after: 120 }, children: [] });

export function blockChildren(block: Block, ctx: BuildContext, breakBefore: boolean): Child[] {
  switch (block.kind) {
    case 'heading':
      return [heading(block, breakBefore)];
    case 'paragraph':
      return [paragraph(block)];
    case 'list':
      return list(block, ctx);
    case 'table':
      return [table(block, ctx), spacer()];
    case 'fields': {
      const t = fields(block.rows, ctx);
      return t ? [t, spacer()] : [];
    }
    case 'notice':
      return [
        new Paragraph({ keepNext: true, spacing: { before: 0, after: 60 }, children: [] }),
        notice(block, ctx),
        spacer(),
      ];
  }
}
