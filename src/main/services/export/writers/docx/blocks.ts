/**
 * Model blocks → docx body children, spaced as the PDF spaces them. The PDF adds
 * a block's bottom margin and the next one's top margin; Word and LibreOffice
 * keep only the larger of a paragraph's space after and the next one's space
 * before. So every block here carries the whole gap above it (the previous
 * block's bottom margin plus its own top margin, in `gapBefore`) and no space
 * after, which both read the same way: both formats then paginate alike.
 */
import { LineRuleType, type Paragraph, type Table, type TableOfContents } from 'docx';
import type { Block } from '../../../../../shared/document/model';
import type { BuildContext } from './context';
import { heading, list, paragraph } from './paragraphs';
import { preparedParagraph } from './prepared';
import { fields, notice, table } from './tables';

export type Child = Paragraph | Table | TableOfContents;

/** The PDF's margins above and below each kind of block, in points (writers/pdf). */
export function blockMargins(block: Block): { top: number; bottom: number } {
  switch (block.kind) {
    case 'heading':
      return block.level === 1
        ? { top: 0, bottom: 12 }
        : block.level === 2
          ? { top: 14, bottom: 6 }
          : { top: 10, bottom: 4 };
    case 'paragraph':
      return { top: 0, bottom: 6 };
    case 'list':
      return { top: 0, bottom: 3 + 8 };
    case 'table':
      return { top: 4, bottom: 12 };
    case 'fields':
      return { top: 2, bottom: 10 };
    case 'notice':
      return { top: 6, bottom: 12 };
  }
}

const TWIPS = 20;

/**
 * A 1-pt empty paragraph before a table: it carries the gap above the table, and
 * keeps two tables from fusing into one.
 */
const tableSpacer = (gapBefore: number, keepNext = false): Paragraph =>
  preparedParagraph({
    ...(keepNext ? { keepNext: true } : {}),
    spacing: { before: Math.round(gapBefore * TWIPS), after: 0, line: 20, lineRule: LineRuleType.EXACT },
    children: [],
  });

/** `gapBefore`: points of space above the block. */
export function blockChildren(block: Block, ctx: BuildContext, breakBefore: boolean, gapBefore: number): Child[] {
  const spacing = { before: Math.round(gapBefore * TWIPS), after: 0 };
  switch (block.kind) {
    case 'heading':
      return [heading(block, ctx, breakBefore, spacing)];
    case 'paragraph':
      return [paragraph(block, ctx, { spacing })];
    case 'list':
      return list(block, ctx, spacing.before);
    case 'table':
      return [tableSpacer(gapBefore), table(block, ctx)];
    case 'fields': {
      const t = fields(block.rows, ctx);
      return t ? [tableSpacer(gapBefore), t] : [];
    }
    case 'notice':
      return [tableSpacer(gapBefore, true), notice(block, ctx)];
  }
}
