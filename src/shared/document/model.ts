/**
 * The format-neutral briefing document. `buildBriefingDocument` (pure) decides
 * every word and its structure; the PDF and DOCX writers only map these nodes
 * onto their library's primitives, so both formats say the same thing.
 *
 * All strings in a model are already cleaned of characters XML 1.0 forbids and of
 * bidirectional override controls (see cleanDocumentText), and
 * every `link` is an https: or mailto: URL.
 */
import type { Language } from '../catalogue/schema';

/** `a5` is the page of a folded booklet; the PDF is imposed two to a side on A4 after writing. */
export type PaperSize = 'a4' | 'letter' | 'a5';

/** A run of text with its emphasis. `link` is set only for https: and mailto: targets. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  link?: string;
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | FieldsBlock | NoticeBlock;

/**
 * Level 1 headings open a section and appear in the contents; level 2 appear in
 * the contents indented; level 3 do not. Writers keep a heading with the block
 * that follows it so that no heading is left alone at the foot of a page.
 */
export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
  /** Stable anchor, unique within the document, e.g. `agenda-seminar-3`. */
  anchor: string;
}

/** `muted` is for secondary lines (e.g. times in other zones), `small` for footnote-sized text. */
export interface ParagraphBlock {
  kind: 'paragraph';
  runs: TextRun[];
  tone?: 'normal' | 'muted' | 'small';
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  items: TextRun[][];
}

/**
 * A real table. `widths` are relative column weights. The header row repeats
 * on each page; a row stays on one page unless it could come near a page's
 * height, when the writers let it break rather than drop it.
 */
export interface TableBlock {
  kind: 'table';
  header: string[];
  widths: number[];
  rows: TextRun[][][];
}

/** Label/value pairs (cover details, a seminar's times). */
export interface FieldsBlock {
  kind: 'fields';
  rows: { label: string; value: TextRun[] }[];
}

/**
 * A boxed aside set apart from the body: used for "background (not for
 * disclosure)". The model omits these entirely in an external edition.
 */
export interface NoticeBlock {
  kind: 'notice';
  title: string;
  blocks: (ParagraphBlock | ListBlock)[];
}

export const SECTION_IDS = ['agenda', 'speakers', 'topicBriefs', 'speakerIndex', 'background', 'readings'] as const;
/** The document's sections, in the order they are printed. A section with nothing in it is left out. */
export type SectionId = (typeof SECTION_IDS)[number];

export interface DocumentSection {
  id: SectionId;
  /** Every section starts on a new page and opens with a level 1 heading. */
  blocks: Block[];
}

export interface CoverPage {
  marking: string;
  title: string;
  /** e.g. "External edition"; absent for the internal edition. */
  edition?: string;
  fields: { label: string; value: string }[];
  seminarsHeading: string;
  seminars: string[];
}

/** "Page X of Y" split around the two numbers so DOCX can insert PAGE/NUMPAGES fields. */
export interface PageNumberLabel {
  before: string;
  between: string;
  after: string;
}

export interface PageFurniture {
  paper: PaperSize;
  /** Classification marking printed at the top and bottom of every page. */
  marking: string;
  reference: string;
  pageNumber: PageNumberLabel;
}

export interface DocumentMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: Language;
  /** BCP 47 tag for the document language, e.g. `en-GB`, `fr-FR`, `es-ES`. */
  languageTag: string;
  /** ISO instant used as creation/modification date so output is deterministic. */
  created: string;
}

export interface BriefingDocument {
  metadata: DocumentMetadata;
  furniture: PageFurniture;
  cover?: CoverPage;
  /** Present when the contents section is on; its title. Entries come from level 1 and 2 headings. */
  contents?: { title: string };
  sections: DocumentSection[];
}
