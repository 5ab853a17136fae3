/** The cover page. */
import { BorderStyle, HeadingLevel, Paragraph } from 'docx';
import type { CoverPage } from '../../../../../shared/document/model';
import type { Child } from './blocks';
import type { BuildContext } from './context';
import { paragraphDirectionOptions } from './direction';
import { list } from './paragraphs';
import { textRuns } from './runs';
import { fields } from './tables';
import { UN_BLUE } from './typography';

export function cover(page: CoverPage, ctx: BuildContext): Child[] {
  const out: Child[] = [];
  // No marking (a programme, by default): no empty box above the title.
  if (page.marking !== '') out.push(new Paragraph({ style: 'CoverMarking', children: textRuns(page.marking) }));
  out.push(
    new Paragraph({
      heading: HeadingLevel.TITLE,
      ...paragraphDirectionOptions(page.title, ctx.direction),
      children: textRuns(page.title),
    }),
  );
  if (page.edition !== undefined && page.edition !== '') {
    out.push(
      new Paragraph({
        style: 'CoverEdition',
        ...paragraphDirectionOptions(page.edition, ctx.direction),
        children: textRuns(page.edition),
      }),
    );
  }
  out.push(
    new Paragraph({
      spacing: { before: 120, after: 360 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 24, color: UN_BLUE, space: 1 } },
      indent: { right: ctx.contentWidth - 2400 },
      children: [],
    }),
  );
  const f = fields(
    page.fields.map((row) => ({ label: row.label, value: [{ text: row.value }] })),
    ctx,
  );
  if (f) out.push(f);
  if (page.seminars.length > 0) {
    out.push(new Paragraph({ style: 'CoverHeading', children: textRuns(page.seminarsHeading) }));
    out.push(...list({ kind: 'list', ordered: false, items: page.seminars.map((s) => [{ text: s }]) }, ctx));
  }
  return out;
}
