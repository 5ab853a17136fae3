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

export function heading(block: HeadingBlock, pageBreakBefore: boolean): Paragraph {
  return new Paragraph({
    heading: HEADING_LEVELS[block.level],
    keepNext: true,
    keepLines: true,
    ...(pageBreakBefore ? { pageBreakBefore: true } : {}),
    children: textRuns(block.text),
  });
}

export function paragraph(block: ParagraphBlock, extra: { keepNext?: boolean } = {}): Paragraph {
  const style = block.tone === 'muted' ? 'Muted' : block.tone === 'small' ? 'Small' : undefined;
  return new Paragraph({ ...(style ? { style } : {}), ...extra, children: runs(block.runs) });
}

export function list(block: ListBlock, ctx: BuildContext): Paragraph[] {
  ctx.listInstance += 1;
  const instance = ctx.listInstance;
  return block.items.map(
    (item) =>
      new Paragraph({
        numbering: { reference: block.ordered ? NUMBERS : BULLETS, level: 0, instance },
        spacing: { after: 60 },
        children: runs(item),
      }),
  );
}
