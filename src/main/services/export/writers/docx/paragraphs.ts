/** Headings, paragraphs and lists as docx paragraphs. */
import { HeadingLevel, Paragraph } from 'docx';
import type { HeadingBlock, ListBlock, ParagraphBlock } from '../../../../../shared/document/model';
import type { BuildContext } from './context';
import { runs, textRuns } from './runs';
import { BULLETS, NUMBERS } from './typography';

const HEADING_LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

interface Spacing {
  before: number;
  after: number;
}

export function heading(block: HeadingBlock, pageBreakBefore: boolean, spacing?: Spacing): Paragraph {
  return new Paragraph({
    heading: HEADING_LEVELS[block.level],
    keepNext: true,
    keepLines: true,
    ...(spacing ? { spacing } : {}),
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: textRuns(block.text),
  });
}

export function paragraph(block: ParagraphBlock, extra: { keepNext?: boolean; spacing?: Spacing } = {}): Paragraph {
  const style = block.tone === 'muted' ? 'Muted' : block.tone === 'small' ? 'Small' : undefined;
  return new Paragraph({ ...(style ? { style } : {}), ...extra, children: runs(block.runs) });
}

/** `before`: twips above the first item (the block's gap); items are 3 pt apart, as in the PDF. */
export function list(block: ListBlock, ctx: BuildContext, before?: number): Paragraph[] {
  ctx.listInstance += 1;
  const instance = ctx.listInstance;
  return block.items.map(
    (item, index) =>
      new Paragraph({
        numbering: { reference: block.ordered ? NUMBERS : BULLETS, level: 0, instance },
        spacing: before === undefined ? { after: 60 } : { before: index === 0 ? before : 60, after: 0 },
        children: runs(item),
      }),
  );
}
