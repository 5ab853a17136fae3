/**
 * Reads a PDF back with pdfjs-dist (legacy build, works in Node without a worker
 * file): text per page with positions, page sizes, link annotations and metadata.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfTextItem {
  str: string;
  /** Distance from the left edge, in points. */
  x: number;
  /** Distance from the top edge, in points (pdf.js gives it from the bottom). */
  top: number;
  /** Font size in points. */
  size: number;
}

export interface PdfLink {
  url?: string;
  unsafeUrl?: string;
  /** Set for internal links (contents entries). */
  dest?: unknown;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
  /** The page's text, items joined by single spaces. */
  text: string;
  links: PdfLink[];
}

export interface PdfReadback {
  pageCount: number;
  pages: PdfPage[];
  /** The document information dictionary (Title, Author, …, Language from the catalog). */
  info: Record<string, unknown>;
  /** XMP metadata, when present. */
  xmp?: Record<string, unknown>;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfReadback> {
  // pdf.js transfers (detaches) the buffer it is given: hand it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const pdf = await task.promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const height = y1 - y0;
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [, , c, d, e, f] = item.transform as number[];
        items.push({ str: item.str, x: e! - x0, top: height - (f! - y0), size: Math.hypot(c!, d!) });
      }
      const annotations = (await page.getAnnotations()) as {
        subtype: string;
        url?: string;
        unsafeUrl?: string;
        dest?: unknown;
      }[];
      const links = annotations
        .filter((a) => a.subtype === 'Link')
        .map((a) => ({ url: a.url, unsafeUrl: a.unsafeUrl, dest: a.dest }));
      pages.push({
        number: n,
        width: x1 - x0,
        height,
        items,
        text: items
          .map((i) => i.str)
          .join(' ')
          .replace(/\s+/g, ' '),
        links,
      });
    }
    const meta = await pdf.getMetadata();
    return {
      pageCount: pdf.numPages,
      pages,
      info: meta.info as Record<string, unknown>,
      xmp: meta.metadata ? Object.fromEntries([...(meta.metadata as Iterable<[string, unknown]>)]) : undefined,
    };
  } finally {
    await pdf.destroy();
  }
}
