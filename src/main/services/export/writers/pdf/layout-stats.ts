/**
 * What a layout reports back to the PDF writer: passes, and the characters that
 * reached the pages, so the writer can check that every text run of the model
 * was placed (text-check.ts counts the model the same way).
 */

/** What one layout reports, attached to the definition's `content`. */
export interface LayoutStats {
  /** Set by the writer for a layout whose pages are only counted, never drawn (a DOCX's contents). */
  layoutOnly?: boolean;
  /** Full layouts of the document (pdfmake starts a new one whenever a pageBreakBefore check asks). */
  passes: number;
  /** Keep groups laid out a second time: those that moved to the next page after their trial layout. */
  groupsRelaidOut: number;
  /** Unbreakable blocks taller than a page, placed page by page instead of cut. */
  oversizeBlocks: number;
  /** Non-space characters of body text on the laid-out pages (page furniture and contents entries excluded). */
  placedCharacters: number;
}

const STATS = Symbol('layoutStats');

/** Attaches a fresh stats record to a definition's content array (read back after rendering). */
export function trackLayout(content: unknown[]): LayoutStats {
  const stats: LayoutStats = { passes: 0, groupsRelaidOut: 0, oversizeBlocks: 0, placedCharacters: 0 };
  Object.defineProperty(content, STATS, { value: stats, enumerable: false });
  return stats;
}

export function statsOf(content: unknown): LayoutStats | undefined {
  return content !== null && typeof content === 'object'
    ? ((content as Record<symbol, LayoutStats | undefined>)[STATS] ?? undefined)
    : undefined;
}

/** The layout being done now: layouts are synchronous, so one at a time per process. */
export const layoutInProgress: { stats: LayoutStats | undefined } = { stats: undefined };

interface PlacedInline {
  text?: unknown;
  _pageNodeRef?: unknown;
  linkToDestination?: unknown;
  furniture?: unknown;
}

/** Non-space characters of every line on the pages, leaving out page furniture and contents entries. */
export function countPlacedCharacters(pages: { items: { type: string; item: unknown }[] }[]): number {
  let count = 0;
  for (const page of pages) {
    for (const entry of page.items) {
      if (entry.type !== 'line' || (entry.item as { repeated?: boolean }).repeated) continue;
      const inlines = (entry.item as { inlines?: PlacedInline[] }).inlines ?? [];
      for (const inline of inlines) {
        if (inline._pageNodeRef !== undefined || inline.furniture === true) continue;
        if (typeof inline.linkToDestination === 'string' && inline.linkToDestination !== '') continue;
        if (typeof inline.text === 'string') count += countVisible(inline.text);
      }
    }
  }
  return count;
}

/** Whether a UTF-16 code unit is white space as /\s/ has it, or the zero-width space the writer adds. */
function isBlank(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Characters that print: everything but white space and the zero-width space the
 * writer adds, counted in code points. Walks the code units without making a
 * string a character (it runs over every word of the pack, twice).
 */
export function countVisible(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A pair is one character, and no pair is white space.
        count++;
        i++;
        continue;
      }
    }
    if (!isBlank(code)) count++;
  }
  return count;
}
