/** Tables and label/value fields as pdfmake tables. */
import type { FieldsBlock, TableBlock } from '../../../../../shared/document/model';
import { styledText } from './text';
import { HEADER_FILL, type Node, RULE, RULE_STRONG } from './typography';

/** Relative weights → percentages; anything unusable falls back to equal columns. */
function columnWidths(count: number, weights: number[]): string[] {
  const usable = weights.length === count && weights.every((w) => Number.isFinite(w) && w > 0);
  if (!usable) return Array.from({ length: count }, () => '*');
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => `${((w / total) * 100).toFixed(3)}%`);
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

export function table(block: TableBlock): Node {
  const count = Math.max(1, block.header.length);
  const header = Array.from({ length: count }, (_, i) => ({
    ...styledText(block.header[i] ?? '', 'tableHeader'),
  }));
  const rows = block.rows.map((row) => Array.from({ length: count }, (_, i) => styledText(row[i] ?? [], 'tableCell')));
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
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

export function fields(block: FieldsBlock, labelWidth = '30%'): Node {
  if (block.rows.length === 0) return { text: '' };
  return {
    table: {
      dontBreakRows: true,
      widths: [labelWidth, '*'],
      body: block.rows.map((row) => [styledText(row.label, 'fieldLabel'), styledText(row.value, 'fieldValue')]),
    },
    layout: FIELDS_LAYOUT,
    margin: [0, 2, 0, 10],
  };
}
