/**
 * What the preview shows, derived from the same BriefingDocument the PDF and
 * DOCX writers use: one sheet for the cover, one for the contents (level 1 and 2
 * headings, as in the PDF), and one per section, each starting a new sheet.
 */
import type {
  Block,
  BriefingDocument,
  CoverPage,
  PaperSize,
  SectionId,
  TextRun,
} from '../../../../shared/document/model';

export interface ContentsEntry {
  level: 1 | 2;
  text: string;
  anchor: string;
}

export type PreviewSheet =
  | { kind: 'cover'; key: string; cover: CoverPage }
  | { kind: 'contents'; key: string; title: string; entries: ContentsEntry[] }
  | { kind: 'section'; key: string; id: SectionId; blocks: Block[] };

export interface PreviewModel {
  paper: PaperSize;
  marking: string;
  reference: string;
  /** BCP 47 tag of the document language, for the sheets' `lang`. */
  languageTag: string;
  title: string;
  sheets: PreviewSheet[];
}

export function contentsEntries(doc: BriefingDocument): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  for (const section of doc.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'heading' && block.level <= 2) {
        entries.push({ level: block.level === 1 ? 1 : 2, text: block.text, anchor: block.anchor });
      }
    }
  }
  return entries;
}

export function previewModel(doc: BriefingDocument): PreviewModel {
  const sheets: PreviewSheet[] = [];
  if (doc.cover) sheets.push({ kind: 'cover', key: 'cover', cover: doc.cover });
  if (doc.contents)
    sheets.push({ kind: 'contents', key: 'contents', title: doc.contents.title, entries: contentsEntries(doc) });
  for (const section of doc.sections)
    sheets.push({ kind: 'section', key: `section-${section.id}`, id: section.id, blocks: section.blocks });
  return {
    paper: doc.furniture.paper,
    marking: doc.furniture.marking,
    reference: doc.furniture.reference,
    languageTag: doc.metadata.languageTag,
    title: doc.metadata.title,
    sheets,
  };
}

/**
 * How a run reads on screen: its text, plus the address in brackets when it is
 * a link whose text is not already the address. Links are never live in the
 * preview: the printed copy cannot follow them either.
 */
export function runDisplay(run: TextRun): { text: string; address?: string } {
  if (run.link === undefined || run.link === run.text || run.text.trim() === run.link) return { text: run.text };
  return { text: run.text, address: run.link };
}

/** Plain text of runs, e.g. for tests and accessible names. */
export function runsText(runs: TextRun[]): string {
  return runs
    .map((run) => {
      const display = runDisplay(run);
      return display.address ? `${display.text} <${display.address}>` : display.text;
    })
    .join('');
}
