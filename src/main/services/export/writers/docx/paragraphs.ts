/** Headings, paragraphs and lists as docx paragraphs. */
import { HeadingLevel, Paragraph } from 'docx';
import { preparedParagraph } from './prepared';
import type { HeadingBlock, ListBlock, ParagraphBlock } from '../../../../../shared/document/model';
import type { BuildContext } from './context';
import { runs, textRuns } from './runs';
import { paragraphDirectionOptions } from './direction';
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

export function heading(
  block: HeadingBlock,
  ctx: BuildContext,
  pageBreakBefore: boolean,
  spacing?: Spacing,
): Paragraph {
  return preparedParagraph({
    heading: HEADING_LEVELS[block.level],
    ...paragraphDirectionOptions(block.text, ctx.direction),
    keepNext: true,
    keepLines: true,
    ...(spacing ? { spacing } : {}),
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: textRuns(block.text),
  });
}

export function paragraph(
  block: ParagraphBlock,
  ctx: BuildContext,
  extra: { keepNext?: boolean; spacing?: Spacing } = {},
): Paragraph {
  const style = block.tone === 'muted' ? 'Muted' : block.tone === 'small' ? 'Small' : undefined;
  return preparedParagraph({
    ...(style ? { style } : {}),
    ...paragraphDirectionOptions(runsText(block.runs), ctx.direction),
    ...extra,
    children: runs(block.runs),
  });
}

const runsText = (model: readonly { text: string }[]): string => model.map((run) => run.text).join('');

/** `before`: twips above the first item (the block's gap); items are 3 pt apart, as in the PDF. */
export function list(block: ListBlock, ctx: BuildContext, before?: number): Paragraph[] {
  ctx.listInstance += 1;
  const instance = ctx.listInstance;
  return block.items.map(
    (item, index) =>
      new Paragraph({
        numbering: { reference: block.ordered ? NUMBERS : BULLETS, level: 0, instance },
        spacing: before === undefined ? { after: 60 } : { before: index === 0 ? before : 60, after: 0 },
        ...paragraphDirectionOptions(runsText(item), ctx.direction),
        children: runs(item),
      }),
  );
}
