/** Tables, label/value fields and the boxed notice, as docx tables. */
import {
  BorderStyle,
  type IBorderOptions,
  type Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import type { NoticeBlock, TableBlock, TextRun as ModelRun } from '../../../../../shared/document/model';
import type { BuildContext } from './context';
import { paragraphDirectionOptions } from './direction';
import { list, paragraph } from './paragraphs';
import { preparedParagraph } from './prepared';
import { type PreparedCell, type PreparedRow, preparedTable } from './prepared-table';
import { runs, textRuns } from './runs';
import { HEADER_FILL, NOTICE_BORDER, NOTICE_FILL, RULE, RULE_STRONG } from './typography';

const border = (color: string, size: number): IBorderOptions => ({ style: BorderStyle.SINGLE, size, color });

/** An Arabic document's tables run from the right: first column rightmost, label right of its value. */
const rightToLeftTable = (ctx: BuildContext) => (ctx.direction === 'rtl' ? { visuallyRightToLeft: true } : {});

const textOf = (model: readonly ModelRun[]): string => model.map((run) => run.text).join('');
const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** Relative weights → twips that add up to the content width. */
function columnTwips(count: number, weights: number[], total: number): number[] {
  const usable = weights.length === count && weights.every((w) => Number.isFinite(w) && w > 0);
  const w = usable ? weights : Array.from({ length: count }, () => 1);
  const sum = w.reduce((a, b) => a + b, 0);
  const out = w.map((x) => Math.floor((x / sum) * total));
  out[out.length - 1]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}

export function table(block: TableBlock, ctx: BuildContext): Table {
  const count = Math.max(1, block.header.length);
  const widths = columnTwips(count, block.widths, ctx.contentWidth);
  const cell = (children: Paragraph[], i: number, header: boolean): PreparedCell => ({
    options: {
      width: { size: widths[i]!, type: WidthType.DXA },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } } : {}),
    },
    children,
  });
  const headerRow: PreparedRow = {
    options: { tableHeader: true, cantSplit: true },
    cells: widths.map((_, i) =>
      cell(
        [
          preparedParagraph({
            style: 'TableHeading',
            ...paragraphDirectionOptions(block.header[i] ?? '', ctx.direction),
            children: textRuns(block.header[i] ?? ''),
          }),
        ],
        i,
        true,
      ),
    ),
  };
  const rows = block.rows.map((row): PreparedRow => ({
    options: { cantSplit: true },
    cells: widths.map((_, i) =>
      cell(
        [
          preparedParagraph({
            style: 'TableText',
            ...paragraphDirectionOptions(textOf(row[i] ?? []), ctx.direction),
            children: runs(row[i] ?? []),
          }),
        ],
        i,
        false,
      ),
    ),
  }));
  return preparedTable(
    {
      width: { size: ctx.contentWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      ...rightToLeftTable(ctx),
      margins: { top: 80, bottom: 80, left: 100, right: 100 },
      borders: {
        top: border(RULE_STRONG, 8),
        bottom: border(RULE_STRONG, 8),
        left: NO_BORDER,
        right: NO_BORDER,
        insideHorizontal: border(RULE, 4),
        insideVertical: NO_BORDER,
      },
    },
    [headerRow, ...rows],
  );
}

const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

export function fields(rows: { label: string; value: ModelRun[] }[], ctx: BuildContext): Table | undefined {
  if (rows.length === 0) return undefined;
  const label = Math.round(ctx.contentWidth * 0.3);
  const widths = [label, ctx.contentWidth - label];
  const options = {
    width: { size: ctx.contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    ...rightToLeftTable(ctx),
    margins: { top: 30, bottom: 30, left: 0, right: 120 },
    borders: NO_BORDERS,
  };
  return preparedTable(
    options,
    rows.map((row): PreparedRow => ({
      options: { cantSplit: true },
      cells: [
        {
          options: { width: { size: widths[0]!, type: WidthType.DXA } },
          children: [
            preparedParagraph({
              style: 'FieldLabel',
              ...paragraphDirectionOptions(row.label, ctx.direction),
              children: textRuns(row.label),
            }),
          ],
        },
        {
          options: { width: { size: widths[1]!, type: WidthType.DXA } },
          children: [
            preparedParagraph({
              style: 'FieldValue',
              ...paragraphDirectionOptions(textOf(row.value), ctx.direction),
              children: runs(row.value),
            }),
          ],
        },
      ],
    })),
  );
}

export function notice(block: NoticeBlock, ctx: BuildContext): Table {
  const children: Paragraph[] = [
    preparedParagraph({
      style: 'NoticeTitle',
      ...paragraphDirectionOptions(block.title, ctx.direction),
      children: textRuns(block.title),
    }),
  ];
  for (const child of block.blocks) {
    if (child.kind === 'list') children.push(...list(child, ctx));
    else children.push(paragraph(child, ctx));
  }
  return new Table({
    width: { size: ctx.contentWidth, type: WidthType.DXA },
    columnWidths: [ctx.contentWidth],
    layout: TableLayoutType.FIXED,
    ...rightToLeftTable(ctx),
    borders: {
      top: border(NOTICE_BORDER, 6),
      bottom: border(NOTICE_BORDER, 6),
      left: border(NOTICE_BORDER, 24),
      right: border(NOTICE_BORDER, 6),
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: ctx.contentWidth, type: WidthType.DXA },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: NOTICE_FILL },
            margins: { top: 140, bottom: 60, left: 200, right: 200 },
            children,
          }),
        ],
      }),
    ],
  });
}
