/** The contents' page numbers, taken from another layout of the same document instead of docx's estimator. */
import type { PageNumberEstimator } from 'docx';

export interface Pagination {
  pageCount: number;
  contentsPages: readonly (number | undefined)[];
  /** Anchors of the headings the PDF begins a page with: the DOCX breaks its pages there too. */
  pageStarts?: readonly string[];
}

type XmlNode = Record<string, unknown>;

/**
 * The names of the contents' bookmarks (`_Toc…`), in the order of the body. It
 * visits every element of the written body, so it allocates nothing per element
 * (`for…in` rather than `Object.entries`) and skips text and attributes.
 */
function contentsBookmarks(node: unknown, names: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const child of node) if (typeof child === 'object' && child !== null) contentsBookmarks(child, names);
  } else if (node !== null && typeof node === 'object') {
    for (const key in node as XmlNode) {
      const value = (node as XmlNode)[key];
      if (key === 'w:bookmarkStart') {
        const name = ((value as XmlNode)['_attr'] as XmlNode | undefined)?.['w:name'];
        if (typeof name === 'string' && name.startsWith('_Toc')) names.push(name);
      } else if (key !== '_attr' && typeof value === 'object' && value !== null) {
        contentsBookmarks(value, names);
      }
    }
  }
  return names;
}

/**
 * A page-number "estimator" that lays nothing out: it hands docx the pages the
 * PDF found. docx bookmarks the headings the contents list in body order, the
 * same headings (levels 1 and 2) in the same order as the PDF's contents, so
 * the n-th bookmark gets the n-th page. If the counts differ, nothing is
 * written, rather than numbers against the wrong headings.
 */
export function pagesFromPdf(pagination: Pagination): PageNumberEstimator {
  return (body) => {
    const names = contentsBookmarks(body);
    const bookmarks = new Map<string, string>();
    const bookmarkPageNumbers = new Map<string, number>();
    if (names.length === pagination.contentsPages.length) {
      names.forEach((name, index) => {
        const page = pagination.contentsPages[index];
        if (page === undefined) return;
        bookmarks.set(name, String(page));
        bookmarkPageNumbers.set(name, page);
      });
    }
    return { bookmarks, bookmarkPageNumbers, pageCount: pagination.pageCount };
  };
}
