/**
 * The up-front limit on what one export may lay out. Layout time and memory
 * grow with the document (1,000 seminars of the benchmark: 2,271 pages, 29 s
 * and 2 GB for the PDF), and past a point the renderer runs out of memory
 * after minutes of work (20,000 seminars: "heap out of memory" after 516 s).
 * So the document is measured before any layout, in time proportional to its
 * size, and refused with a plain message stating the limit when it is larger.
 */
import type { BriefingDocument } from '../../../shared/document/model';
import { type Result, err, ok } from '../../../shared/result';

/** About 1,100 seminars of the benchmark's full pack; every real pack so far is well under 100 pages. */
export const MAX_EXPORT_PAGES = 2_500;
/** Measured on the benchmark's packs (5 to 1,000 seminars): characters and model nodes per laid-out page. */
const CHARACTERS_PER_PAGE = 2_100;
const NODES_PER_PAGE = 50;

/** The document's characters and nodes (objects and arrays), walked once. */
export function measureDocument(value: unknown): { characters: number; nodes: number } {
  let characters = 0;
  let nodes = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') characters += item.length;
    else if (Array.isArray(item)) {
      nodes++;
      for (const child of item) stack.push(child);
    } else if (typeof item === 'object' && item !== null) {
      nodes++;
      for (const child of Object.values(item)) stack.push(child);
    }
  }
  return { characters, nodes };
}

/** Pages the document would take, roughly (by its text or by its number of parts, whichever is more). */
export function estimatePages(doc: BriefingDocument): number {
  const { characters, nodes } = measureDocument(doc);
  return Math.ceil(Math.max(characters / CHARACTERS_PER_PAGE, nodes / NODES_PER_PAGE));
}

const thousands = (n: number) => n.toLocaleString('en-GB');

export function checkExportSize(doc: BriefingDocument): Result<void, 'too-large'> {
  const pages = estimatePages(doc);
  if (pages <= MAX_EXPORT_PAGES) return ok(undefined);
  const shown = pages < 10_000 ? Math.round(pages / 100) * 100 : Math.round(pages / 1000) * 1000;
  return err(
    'too-large',
    `This pack is too large to export in one file: it would come to about ${thousands(shown)} pages, and one ` +
      `export can make at most about ${thousands(MAX_EXPORT_PAGES)} pages (some 1,000 seminars with their ` +
      `speakers). Choose fewer seminars or sections, or split it into several packs.`,
  );
}
