/** Tables and label/value fields as pdfmake tables. */
import type { FieldsBlock, TableBlock } from '../../../../../shared/document/model';
import { type ContentArea, rowHeight, runsLength } from './estimate';
import { type StructTag, tag } from './tags';
import { styledText } from './text';
import { HEADER_FILL, type Node, RULE, RULE_STRONG } from './typography';

/** Relative weights → fractions of the width; undefined when unusable (equal columns then). */
function columnShares(count: number, weights: number[]): number[] | undefined {
  const usable = weights.length === count && weights.every((w) => Number.isFinite(w) && w > 0);
  if (!usable) return undefined;
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}

/** Relative weights → percentages; anything unusable falls back to equal columns. */
function columnWidths(count: number, weights: number[]): string[] {
  const shares = columnShares(count, weights);
  if (!shares) return Array.from({ length: count }, () => '*');
  return shares.map((share) => `${(share * 100).toFixed(3)}%`);
}

/**
 * A row kept whole moves to the next page when it does not fit; one that could
 * come near a page's height is allowed to break instead, so that it never has to
 * be cut (pdfmake's unbreakable rows are laid out on one page) or leave a page
 * nearly empty.
 */
const MAX_UNBROKEN_ROW_SHARE = 0.4;

interface RowBreaking {
  dontBreakRows: boolean;
  /** Whether the header row may pull the first row with it (both then move as one block). */
  keepFirstRowWithHeader: boolean;
}

function rowBreaking(rowsCharacters: number[][], widths: number[], fontSize: number, area: ContentArea): RowBreaking {
  const limit = area.height * MAX_UNBROKEN_ROW_SHARE;
  const heights = rowsCharacters.map((cells) => rowHeight(cells, widths, fontSize));
  return {
    dontBreakRows: heights.every((height) => height <= limit),
    keepFirstRowWithHeader: (heights[0] ?? 0) <= limit,
  };
}

const TABLE_LAYOUT = {
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
    i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.4,
  vLineWidth: () => 0,
  hLineColor: (i: number, node: { table: { body: unknown[] } }) =>
    i === 0 || i === 1 || i === node.table.body.length ? RULE_STRONG : RULE,
  fillColor: (row: number) => (row === 0 ? HEADER_FILL : null),
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

/** A cell's text node tagged as a cell of `row` (each cell its own TH or TD). */
function cellTag(node: Node, role: 'TH' | 'TD', row: StructTag | undefined, scope?: 'Row' | 'Column'): Node {
  if (row) node.tag = tag(role, row, scope ? { scope } : undefined);
  return node;
}

export function table(block: TableBlock, area: ContentArea, parent?: StructTag): Node {
  const count = Math.max(1, block.header.length);
  const shares = columnShares(count, block.widths) ?? Array.from({ length: count }, () => 1 / count);
  const breaking = rowBreaking(
    block.rows.map((row) => Array.from({ length: count }, (_, i) => runsLength(row[i] ?? []))),
    shares.map((share) => share * area.width),
    9.5,
    area,
  );
  const structure = parent ? tag('Table', parent) : undefined;
  const headerRow = structure ? tag('TR', tag('THead', structure)) : undefined;
  const body = structure ? tag('TBody', structure) : undefined;
  const header = Array.from({ length: count }, (_, i) =>
    cellTag(styledText(block.header[i] ?? '', 'tableHeader'), 'TH', headerRow, 'Column'),
  );
  const rows = block.rows.map((row) => {
    const rowTag = body ? tag('TR', body) : undefined;
    return Array.from({ length: count }, (_, i) => cellTag(styledText(row[i] ?? [], 'tableCell'), 'TD', rowTag));
  });
  return {
    table: {
      headerRows: 1,
      ...(breaking.keepFirstRowWithHeader ? { keepWithHeaderRows: 1 } : {}),
      dontBreakRows: breaking.dontBreakRows,
      widths: columnWidths(count, block.widths),
      body: [header, ...rows],
    },
    layout: TABLE_LAYOUT,
    margin: [0, 4, 0, 12],
  };
}

const FIELDS_LAYOUT = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (i: number) => (i === 0 ? 0 : 8),
  paddingRight: () => 0,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

/**
 * A value in a row that may break across pages ("Speaks at" of a person who
 * speaks often) gets the same widow and orphan control as a paragraph: its last
 * line never goes alone to the next page.
 */
function valueText(value: FieldsBlock['rows'][number]['value'], breaking: RowBreaking): Node {
  const node = styledText(value, 'fieldValue');
  return breaking.dontBreakRows ? node : { ...node, widowControl: true };
}

export function fields(block: FieldsBlock, area: ContentArea, parent?: StructTag): Node {
  if (block.rows.length === 0) return { text: '' };
  const structure = parent ? tag('Table', parent) : undefined;
  const breaking = rowBreaking(
    block.rows.map((row) => [row.label.length, runsLength(row.value)]),
    [area.width * 0.3, area.width * 0.7],
    10,
    area,
  );
  return {
    table: {
      dontBreakRows: breaking.dontBreakRows,
      widths: ['30%', '*'],
      body: block.rows.map((row) => {
        const rowTag = structure ? tag('TR', structure) : undefined;
        return [
          cellTag(styledText(row.label, 'fieldLabel'), 'TH', rowTag, 'Row'),
          cellTag(valueText(row.value, breaking), 'TD', rowTag),
        ];
      }),
    },
    layout: FIELDS_LAYOUT,
    margin: [0, 2, 0, 10],
  };
}
