import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import {
  A4_LANDSCAPE,
  bookletOrder,
  imposeBooklet,
} from '../../../../../../src/main/services/export/writers/pdf/booklet';
import { readPdf } from '../../../../../helpers/pdfText';

const A5 = { width: 419.53, height: 595.28 };
const created = new Date('2020-07-01T00:00:00Z');

/** An A5 PDF whose pages say "P1", "P2"… near their top-left corner. */
async function numberedA5(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= count; n++) {
    const page = doc.addPage([A5.width, A5.height]);
    page.drawText(`P${n}`, { x: 40, y: A5.height - 60, size: 24, font });
  }
  return doc.save();
}

/** The page labels on each imposed side, left half then right half ('' for a blank half). */
async function sides(bytes: Uint8Array): Promise<string[][]> {
  const { pages } = await readPdf(bytes);
  return pages.map((page) => {
    const half = (left: boolean) =>
      page.items
        .filter((item) => /^P\d+$/.test(item.str) && item.x < page.width / 2 === left)
        .map((item) => item.str)
        .join(' ');
    return [half(true), half(false)];
  });
}

describe('booklet imposition', () => {
  it('orders the pages of a booklet for folding: outer sheet first, front then back', () => {
    expect(bookletOrder(8)).toEqual([
      [8, 1],
      [2, 7],
      [6, 3],
      [4, 5],
    ]);
    // Padded to a multiple of four with blanks, which fall at the end of the booklet.
    expect(bookletOrder(5)).toEqual([
      [null, 1],
      [2, null],
      [null, 3],
      [4, 5],
    ]);
    expect(bookletOrder(1)).toEqual([
      [null, 1],
      [null, null],
    ]);
  });

  it('prints two A5 pages a side on A4 landscape, in booklet order', async () => {
    const imposed = await imposeBooklet(await numberedA5(8), { created });
    const { pages } = await readPdf(imposed);
    expect(pages.map((page) => [Math.round(page.width), Math.round(page.height)])).toEqual(
      Array.from({ length: 4 }, () => [Math.round(A4_LANDSCAPE.width), Math.round(A4_LANDSCAPE.height)]),
    );
    expect(await sides(imposed)).toEqual([
      ['P8', 'P1'],
      ['P2', 'P7'],
      ['P6', 'P3'],
      ['P4', 'P5'],
    ]);
  });

  it('leaves blank halves for a page count that is not a multiple of four', async () => {
    expect(await sides(await imposeBooklet(await numberedA5(6), { created }))).toEqual([
      ['', 'P1'],
      ['P2', ''],
      ['P6', 'P3'],
      ['P4', 'P5'],
    ]);
  });

  it('keeps the page at full size (A5 is exactly half of A4) and the same bytes for the same input', async () => {
    const source = await numberedA5(4);
    const first = await imposeBooklet(source, { created, title: 'Programme' });
    const { pages } = await readPdf(first);
    const label = pages[0]?.items.find((item) => item.str === 'P1');
    // Drawn at x = 40 on the A5 page, so 40 into the right half of the sheet (centred, not scaled).
    const centring = (A4_LANDSCAPE.width / 2 - A5.width) / 2;
    expect(label?.x).toBeCloseTo(A4_LANDSCAPE.width / 2 + centring + 40, 1);
    expect(Buffer.from(await imposeBooklet(source, { created, title: 'Programme' })).equals(Buffer.from(first))).toBe(
      true,
    );
  });
});
