/**
 * The writer's check that every text run of the model reached the page: the
 * printing characters of the model's text, counted the way the layout patch
 * counts what it placed (pdfmake-layout.ts), must all be there.
 */
import type { Block, BriefingDocument, TextRun } from '../../../../../shared/document/model';
import { countVisible } from './pdfmake-layout';
import { clean } from './text';

const ofRuns = (runs: readonly TextRun[]): number => runs.reduce((sum, run) => sum + countVisible(clean(run.text)), 0);
const of = (text: string): number => countVisible(clean(text));

function ofBlock(block: Block): number {
  switch (block.kind) {
    case 'heading':
      return of(block.text);
    case 'paragraph':
      return ofRuns(block.runs);
    case 'list':
      // An ordered list's numbers ("1.") are text too.
      return block.items.reduce(
        (sum, item, index) => sum + ofRuns(item) + (block.ordered ? String(index + 1).length + 1 : 0),
        0,
      );
    case 'table': {
      const columns = Math.max(1, block.header.length);
      const header = block.header.reduce((sum, text) => sum + of(text), 0);
      return block.rows.reduce(
        (sum, row) => sum + row.slice(0, columns).reduce((cells, cell) => cells + ofRuns(cell), 0),
        header,
      );
    }
    case 'fields':
      return block.rows.reduce((sum, row) => sum + of(row.label) + ofRuns(row.value), 0);
    case 'notice':
      return block.blocks.reduce((sum, child) => sum + ofBlock(child), of(block.title));
  }
}

/** Printing characters the pages must hold: everything in the model but the page furniture. */
export function expectedCharacters(doc: BriefingDocument): number {
  let count = 0;
  const { cover, contents } = doc;
  if (cover) {
    count += of(cover.marking) + of(cover.title) + of(cover.edition ?? '');
    for (const field of cover.fields) count += of(field.label) + of(field.value);
    if (cover.seminars.length > 0) count += of(cover.seminarsHeading);
    for (const seminar of cover.seminars) count += of(seminar);
  }
  if (contents) count += of(contents.title);
  for (const section of doc.sections) for (const block of section.blocks) count += ofBlock(block);
  return count;
}
