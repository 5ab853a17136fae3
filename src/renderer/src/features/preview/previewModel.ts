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
import { writingDirection } from '../../../../shared/i18n/dictionary';
import type { Direction } from '../../../../shared/text/direction';

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
  /** The document's direction, for the sheets' `dir`: right to left for Arabic, as in the PDF. */
  direction: Direction;
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
    direction: writingDirection(doc.metadata.language),
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

export interface BlockChunk {
  /** Stable across rebuilds: the anchor of the heading the chunk starts with. */
  key: string;
  /** Index of its first block in the section. */
  start: number;
  blocks: Block[];
}

/** A chunk never grows beyond this many blocks, so one change re-renders little. */
export const MAX_CHUNK_BLOCKS = 60;

/**
 * A section's blocks in chunks that each start at a level 1 or 2 heading (one
 * seminar of the agenda, one seminar's speakers...), so the preview renders,
 * lays out and paints each separately and an edit re-renders only its chunk.
 */
export function chunkBlocks(blocks: Block[]): BlockChunk[] {
  const chunks: BlockChunk[] = [];
  let current: BlockChunk | null = null;
  let base = 'start';
  let splits = 0;
  blocks.forEach((block, index) => {
    const opens = block.kind === 'heading' && block.level <= 2;
    if (opens) {
      base = block.anchor;
      splits = 0;
    }
    if (!current || opens || current.blocks.length >= MAX_CHUNK_BLOCKS) {
      current = { key: current && !opens ? `${base}+${++splits}` : base, start: index, blocks: [] };
      chunks.push(current);
    }
    current.blocks.push(block);
  });
  return chunks;
}
