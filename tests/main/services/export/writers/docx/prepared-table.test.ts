/**
 * Prepared tables stand for docx's own Table, TableRow and TableCell: for the kinds of
 * table the writer makes, docx writes the same object (and so the same XML) for either.
 */
import {
  BorderStyle,
  type IContext,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { preparedParagraph, preparedRun } from '../../../../../../src/main/services/export/writers/docx/prepared';
import {
  type PreparedRow,
  preparedTable,
} from '../../../../../../src/main/services/export/writers/docx/prepared-table';

const RUNS = process.env['CI'] ? 1_000 : 200;

const written = (component: { prepForXml(context: IContext): unknown }): unknown =>
  component.prepForXml({ stack: [] } as unknown as IContext);

const line = (color: string, size: number) => ({ style: BorderStyle.SINGLE, size, color });
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

const tableOptions = fc.record(
  {
    layout: fc.constant(TableLayoutType.FIXED),
    visuallyRightToLeft: fc.constant(true),
    margins: fc.record({ top: fc.nat(200), bottom: fc.nat(200), left: fc.nat(200), right: fc.nat(200) }),
    borders: fc.constantFrom(
      { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
      {
        top: line('8FA6BF', 8),
        bottom: line('8FA6BF', 8),
        left: NONE,
        right: NONE,
        insideHorizontal: line('C5D0DC', 4),
        insideVertical: NONE,
      },
    ),
  },
  { requiredKeys: [] },
);

const shape = fc.record({
  widths: fc.array(fc.integer({ min: 100, max: 5000 }), { minLength: 1, maxLength: 4 }),
  rows: fc.array(
    fc.record({
      header: fc.boolean(),
      cantSplit: fc.boolean(),
      shaded: fc.boolean(),
      texts: fc.array(fc.string({ maxLength: 8 }), { minLength: 4, maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
});

describe('prepared tables', () => {
  it('write a table as docx writes a Table of the same options, rows and cells', () => {
    fc.assert(
      fc.property(tableOptions, shape, (options, { widths, rows }) => {
        const total = widths.reduce((a, b) => a + b, 0);
        const table = { ...options, width: { size: total, type: WidthType.DXA }, columnWidths: widths };
        const rowOptions = (row: (typeof rows)[number]) => ({
          ...(row.header ? { tableHeader: true } : {}),
          ...(row.cantSplit ? { cantSplit: true } : {}),
        });
        const cellOptions = (row: (typeof rows)[number], i: number) => ({
          width: { size: widths[i]!, type: WidthType.DXA },
          ...(row.shaded ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF5' } } : {}),
        });
        const prepared = preparedTable(
          table,
          rows.map((row): PreparedRow => ({
            options: rowOptions(row),
            cells: widths.map((_, i) => ({
              options: cellOptions(row, i),
              children: [preparedParagraph({ style: 'TableText', children: [preparedRun({ text: row.texts[i]! })] })],
            })),
          })),
        );
        const own = new Table({
          ...table,
          rows: rows.map(
            (row) =>
              new TableRow({
                ...rowOptions(row),
                children: widths.map(
                  (_, i) =>
                    new TableCell({
                      ...cellOptions(row, i),
                      children: [
                        new Paragraph({ style: 'TableText', children: [new TextRun({ text: row.texts[i]! })] }),
                      ],
                    }),
                ),
              }),
          ),
        });
        expect(prepared).not.toBeInstanceOf(Table);
        expect(written(prepared)).toEqual(written(own));
      }),
      { numRuns: RUNS },
    );
  });

  it('leave a table with a numbered list in a cell to docx', () => {
    const list = preparedParagraph({
      numbering: { reference: 'bullets', level: 0, instance: 1 },
      children: [preparedRun({ text: 'item' })],
    });
    const table = preparedTable({ columnWidths: [1000], width: { size: 1000, type: WidthType.DXA } }, [
      { options: {}, cells: [{ options: { width: { size: 1000, type: WidthType.DXA } }, children: [list] }] },
    ]);
    expect(table).toBeInstanceOf(Table);
  });
});
