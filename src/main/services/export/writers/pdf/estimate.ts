/**
 * Rough heights of model content, in points, from its text length alone. They
 * only steer choices that the layout then checks (whether to try a group on one
 * page, whether a table's rows may break): an estimate that is off costs time or
 * a less tidy page break, never text.
 */
import type { Block, TextRun } from '../../../../../shared/document/model';

/** The area inside the margins, in points. */
export interface ContentArea {
  width: number;
  height: number;
}

/** Generous on purpose: Noto Sans averages about 0.5 em a character, bold a little more. */
const CHARACTER_WIDTH_EM = 0.6;
/** pdfmake's line height for Noto Sans: ascent + descent (1.36 em) times the style's lineHeight. */
const LINE_HEIGHT_EM = 1.4;

export function runsLength(runs: readonly TextRun[]): number {
  let length = 0;
  for (const run of runs) length += run.text.length;
  return length;
}

/** Height of `characters` of text at `fontSize` in a column `width` points wide. */
export function textHeight(characters: number, width: number, fontSize = 10, lineHeight = 1.25): number {
  const perLine = Math.max(1, Math.floor(width / (fontSize * CHARACTER_WIDTH_EM)));
  const lines = Math.max(1, Math.ceil(characters / perLine));
  return lines * fontSize * LINE_HEIGHT_EM * lineHeight;
}

/** Height of a table row whose cells hold `cells` characters in columns of `widths` points (padding included). */
export function rowHeight(cells: readonly number[], widths: readonly number[], fontSize: number): number {
  let tallest = 0;
  cells.forEach((characters, index) => {
    tallest = Math.max(tallest, textHeight(characters, Math.max(1, (widths[index] ?? 0) - 10), fontSize, 1.2));
  });
  return tallest + 8;
}

export function blockHeight(block: Block, area: ContentArea): number {
  switch (block.kind) {
    case 'heading':
      return textHeight(block.text.length, area.width, block.level === 1 ? 18 : 13.5, 1.15) + 20;
    case 'paragraph':
      return textHeight(runsLength(block.runs), area.width) + 6;
    case 'list':
      return block.items.reduce((sum, item) => sum + textHeight(runsLength(item), area.width - 20) + 3, 8);
    case 'fields':
      return block.rows.reduce(
        (sum, row) =>
          sum + rowHeight([row.label.length, runsLength(row.value)], [area.width * 0.3, area.width * 0.7], 10),
        12,
      );
    case 'table': {
      const share = area.width / Math.max(1, block.header.length);
      const widths = block.header.map(() => share);
      return block.rows.reduce(
        (sum, row) =>
          sum +
          rowHeight(
            row.map((cell) => runsLength(cell)),
            widths,
            9.5,
          ),
        30,
      );
    }
    case 'notice':
      return block.blocks.reduce((sum, child) => sum + blockHeight(child, area), 40);
  }
}
