/**
 * Tables whose properties are worked out once per format, as runs and paragraphs are
 * (prepared.ts): docx formats one table, row and cell of each set of options, and each
 * table, row and cell of those options reuses their frozen properties with its own rows,
 * cells and paragraphs. A pack has a thousand tables of a few kinds; docx's Table,
 * TableRow and TableCell (and their properties' components) cost more than their text.
 *
 * Only what docx writes the same wherever it is: column widths in twips, cells with
 * widths of their own and prepared paragraphs, no spans, no row `keepNext` (which docx
 * writes into the row's paragraphs). Any other table is docx's own.
 */
import {
  type ITableCellOptions,
  type ITableOptions,
  type ITableRowOptions,
  type IXmlableObject,
  Paragraph,
  Table,
  TableCell,
  TableRow,
} from 'docx';
import { CONTEXT_FREE, PreparedComponent, deepFreeze, isPreparedParagraph, preparedXml } from './prepared';

type Xml = IXmlableObject;

export interface PreparedCell {
  options: Omit<ITableCellOptions, 'children'>;
  children: Paragraph[];
}

export interface PreparedRow {
  options: Omit<ITableRowOptions, 'children'>;
  cells: PreparedCell[];
}

export type PreparedTableOptions = Omit<ITableOptions, 'rows'> & { columnWidths: number[] };

/** The parts of a written element before the first of `name`, if it has exactly one of those, last. */
function partsBefore(element: Xml | undefined, key: string, name: string): readonly unknown[] | undefined {
  const parts = element?.[key];
  if (!Array.isArray(parts) || parts.length === 0) return undefined;
  const at = parts.findIndex((part) => (part as Xml)?.[name] !== undefined);
  return at === parts.length - 1 ? deepFreeze(parts.slice(0, at)) : undefined;
}

const templates = new Map<string, readonly unknown[] | null>();

function cached(key: string, make: () => readonly unknown[] | undefined): readonly unknown[] | null {
  let template = templates.get(key);
  if (template === undefined) {
    template = make() ?? null;
    templates.set(key, template);
  }
  return template;
}

/** docx's own table of one row and one cell, written. */
function writtenTable(
  table: PreparedTableOptions,
  row: PreparedRow['options'] = {},
  cell: PreparedCell['options'] = {},
): Xml | undefined {
  return new Table({
    ...table,
    rows: [new TableRow({ ...row, children: [new TableCell({ ...cell, children: [new Paragraph({})] })] })],
  }).prepForXml(CONTEXT_FREE);
}

const tableParts = (options: PreparedTableOptions) =>
  cached(`tbl${JSON.stringify(options)}`, () => partsBefore(writtenTable(options), 'w:tbl', 'w:tr'));

const rowParts = (options: PreparedRow['options']) =>
  cached(`tr${JSON.stringify(options)}`, () => {
    const row = (writtenTable({ columnWidths: [100] }, options)?.['w:tbl'] as Xml[] | undefined)?.at(-1);
    return partsBefore(row, 'w:tr', 'w:tc');
  });

const cellParts = (options: PreparedCell['options']) =>
  cached(`tc${JSON.stringify(options)}`, () => {
    const width = options.width?.size;
    if (typeof width !== 'number' || options.width?.type !== 'dxa') return undefined;
    const row = (writtenTable({ columnWidths: [width] }, {}, options)?.['w:tbl'] as Xml[] | undefined)?.at(-1);
    const cell = (row?.['w:tr'] as Xml[] | undefined)?.at(-1);
    return partsBefore(cell, 'w:tc', 'w:p');
  });

function preparable(options: PreparedTableOptions, rows: readonly PreparedRow[]): boolean {
  return (
    rows.length > 0 &&
    rows.every(
      (row) =>
        row.options.keepNext === undefined &&
        row.cells.length > 0 &&
        row.cells.every(
          (cell) =>
            cell.options.rowSpan === undefined &&
            cell.options.columnSpan === undefined &&
            cell.children.length > 0 &&
            cell.children.every(isPreparedParagraph),
        ),
    ) &&
    options.columnWidths.length === rows[0]!.cells.length
  );
}

/** A table, written as docx writes `new Table({ ...options, rows })` of those rows and cells. */
export function preparedTable(options: PreparedTableOptions, rows: readonly PreparedRow[]): Table {
  const own = () =>
    new Table({
      ...options,
      rows: rows.map(
        (row) =>
          new TableRow({
            ...row.options,
            children: row.cells.map((cell) => new TableCell({ ...cell.options, children: cell.children })),
          }),
      ),
    });
  const table = preparable(options, rows) ? tableParts(options) : null;
  if (!table) return own();
  const written: unknown[] = [...table];
  for (const row of rows) {
    const rowStart = rowParts(row.options);
    if (!rowStart) return own();
    const cells: unknown[] = [...rowStart];
    for (const cell of row.cells) {
      const cellStart = cellParts(cell.options);
      if (!cellStart) return own();
      cells.push({ 'w:tc': [...cellStart, ...cell.children.map(preparedXml)] });
    }
    written.push({ 'w:tr': cells });
  }
  // docx's types list its own classes; it writes any component (see `elementOf` in docx).
  return new PreparedComponent('w:tbl', { 'w:tbl': written }) as unknown as Table;
}
