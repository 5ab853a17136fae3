/**
 * Booklet imposition: a finished PDF of A5 pages becomes A4 landscape sheets
 * with two pages a side, in the order that folds into a booklet when printed
 * double-sided (flip on the short edge) and folded down the middle. A step of
 * its own after the writer, because pdfmake lays pages out but cannot place one
 * PDF's pages into another; pdf-lib embeds each page as a form XObject, so the
 * text stays text (selectable, extractable), not pixels.
 *
 * The imposed file is for the printer: it keeps no tags or links (a reader
 * follows the A5 PDF or the DOCX instead).
 */
import { PDFDocument, type PDFEmbeddedPage, PDFName } from 'pdf-lib';

/** A4 in PDF points (1/72 inch), landscape. */
export const A4_LANDSCAPE = { width: 841.89, height: 595.28 } as const;

export interface BookletOptions {
  /** Creation and modification date, so the same input always gives the same bytes. */
  created: Date;
  title?: string;
  creator?: string;
}

/**
 * The 1-based page numbers on each side of each sheet, left then right, with
 * `null` for a blank: `count` pages padded to a multiple of four, so an
 * 8-page booklet reads [8,1] [2,7] [6,3] [4,5].
 */
export function bookletOrder(count: number): [number | null, number | null][] {
  const padded = Math.max(4, Math.ceil(count / 4) * 4);
  const page = (n: number): number | null => (n <= count ? n : null);
  const sides: [number | null, number | null][] = [];
  for (let sheet = 0; sheet < padded / 4; sheet++) {
    sides.push([page(padded - 2 * sheet), page(2 * sheet + 1)]);
    sides.push([page(2 * sheet + 2), page(padded - 2 * sheet - 1)]);
  }
  return sides;
}

/** Scales and centres a page into one half of the sheet (A5 fills it exactly). */
function place(embedded: PDFEmbeddedPage, half: 0 | 1) {
  const slot = { width: A4_LANDSCAPE.width / 2, height: A4_LANDSCAPE.height };
  const scale = Math.min(slot.width / embedded.width, slot.height / embedded.height);
  const width = embedded.width * scale;
  const height = embedded.height * scale;
  return {
    x: half * slot.width + (slot.width - width) / 2,
    y: (slot.height - height) / 2,
    xScale: scale,
    yScale: scale,
  };
}

export async function imposeBooklet(pdf: Uint8Array, options: BookletOptions): Promise<Uint8Array> {
  const source = await PDFDocument.load(pdf, { updateMetadata: false });
  const count = source.getPageCount();
  if (count === 0) throw new Error('the booklet has no pages');
  const out = await PDFDocument.create({ updateMetadata: false });
  const embedded = await out.embedPages(source.getPages());
  for (const side of bookletOrder(count)) {
    const sheet = out.addPage([A4_LANDSCAPE.width, A4_LANDSCAPE.height]);
    side.forEach((pageNumber, half) => {
      const page = pageNumber === null ? undefined : embedded[pageNumber - 1];
      if (page) sheet.drawPage(page, place(page, half as 0 | 1));
    });
  }
  if (options.title !== undefined) out.setTitle(options.title);
  if (options.creator !== undefined) {
    out.setCreator(options.creator);
    out.setProducer(`${options.creator} (pdf-lib)`);
  }
  out.setCreationDate(options.created);
  out.setModificationDate(options.created);
  // The document's language stays declared, for readers that speak the printer's proof aloud.
  const lang = source.catalog.get(PDFName.of('Lang'));
  if (lang) out.catalog.set(PDFName.of('Lang'), lang);
  return out.save({ useObjectStreams: false });
}
