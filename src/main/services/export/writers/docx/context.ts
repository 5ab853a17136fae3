import type { Direction } from '../../../../../shared/text/direction';

/** What the DOCX block writers share while one document is built. */
export interface BuildContext {
  /** Width between the margins, in twips. */
  contentWidth: number;
  /** The last list's numbering instance: each list restarts its numbers. */
  listInstance: number;
  /** The document's direction: right to left for Arabic (direction.ts). */
  direction: Direction;
}
