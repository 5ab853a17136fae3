import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, BriefingDocument } from '../../../../../../src/shared/document/model';
import { type PdfRenderResult, renderPdf } from '../../../../../../src/main/services/export/writers/pdf/document';
import { sampleDocument } from '../../../../../fixtures/documents/sample-document';
import { type PdfPage, type PdfReadback, readPdf } from '../../../../../helpers/pdfText';

const fontsDir = path.resolve(__dirname, '../../../../../../resources/fonts');

const withPaper = (doc: BriefingDocument, paper: 'a4' | 'letter'): BriefingDocument => ({
  ...doc,
  furniture: { ...doc.furniture, paper },
});

/** Text set at heading size (≥ 13 pt) on a page, joined. */
const headingText = (page: PdfPage): string =>
  page.items
    .filter((i) => i.size >= 13)
    .map((i) => i.str)
    .join(' ');

/** One section: a level 1 heading, n filler lines, then `tail`, to push `tail` across the page end. */
function pushedDown(n: number, tail: Block[]): BriefingDocument {
  const filler: Block[] = Array.from({ length: n }, (_, i) => ({
    kind: 'paragraph',
    runs: [{ text: `Filler line ${i + 1}.` }],
  }));
  return {
    ...sampleDocument(),
    cover: undefined,
    contents: undefined,
    sections: [
      { id: 'agenda', blocks: [{ kind: 'heading', level: 1, text: 'Heading one', anchor: 'one' }, ...filler, ...tail] },
    ],
  };
}

describe('renderPdf: the sample pack', () => {
  let rendered: PdfRenderResult;
  let pdf: PdfReadback;

  beforeAll(async () => {
    rendered = await renderPdf(sampleDocument(), { fontsDir });
    pdf = await readPdf(rendered.bytes);
  });

  it('reports the page count pdf.js reads, within the expected 8–17 pages', () => {
    expect(rendered.pageCount).toBe(pdf.pageCount);
    expect(pdf.pageCount).toBeGreaterThanOrEqual(8);
    expect(pdf.pageCount).toBeLessThanOrEqual(17);
  });

  it('prints the cover, agenda and speakers', () => {
    const cover = pdf.pages[0]!.text;
    expect(cover).toContain('Cybercrime and criminal justice in cyberspace');
    expect(cover).toContain('Permanent Mission to the United Nations (Vienna)');
    expect(cover).toContain('Seminars covered');
    expect(cover).toContain('20 July 2020 — Seminar with Latin America and the Caribbean countries');
    const all = pdf.pages.map((p) => p.text).join('\n');
    for (const text of [
      'Seminar with Asia-Pacific countries',
      'New York (UTC−4)',
      'Vienna (UTC+2)',
      '03:00–04:45',
      'Patryk PAWLAK, Brussels Executive Officer, EUISS',
      'Jayantha FERNANDO',
      'Kaleem USMANI',
      'TBC',
      'Background (not for disclosure)',
      'Speaker index',
    ]) {
      expect(all).toContain(text);
    }
  });

  it('carries the marking at the top and bottom of every page, the reference at the top', () => {
    for (const page of pdf.pages) {
      const markings = page.items.filter((i) => i.str === 'RESTRICTED');
      expect(
        markings.some((i) => i.top < page.height * 0.08),
        `top marking on page ${page.number}`,
      ).toBe(true);
      expect(
        markings.some((i) => i.top > page.height * 0.92),
        `bottom marking on page ${page.number}`,
      ).toBe(true);
      const reference = page.items.find((i) => i.str === 'BPB/2020/017' && i.top < page.height * 0.08);
      expect(reference, `reference on page ${page.number}`).toBeDefined();
    }
  });

  it('numbers every page "Page X of Y" in the footer', () => {
    const n = pdf.pageCount;
    expect(pdf.pages[2]!.text).toContain(`Page 3 of ${n}`);
    for (const page of pdf.pages) {
      const label = page.items.find((i) => i.str === `Page ${page.number} of ${n}`);
      expect(label, `page label on page ${page.number}`).toBeDefined();
      expect(label!.top).toBeGreaterThan(page.height * 0.92);
    }
  });

  it('lists real page numbers in the contents, matching where the headings are', () => {
    const contents = pdf.pages[1]!;
    expect(contents.text).toContain('Contents');
    // Group the contents page's text into lines; a line ending in a number is an entry.
    const body = contents.items
      .filter((i) => i.str.trim() !== '' && i.top > contents.height * 0.08 && i.top < contents.height * 0.92)
      .sort((a, b) => a.top - b.top);
    const lines: (typeof body)[] = [];
    for (const item of body) {
      const line = lines.at(-1);
      if (line && Math.abs(line[0]!.top - item.top) < 3) line.push(item);
      else lines.push([item]);
    }
    const entries = lines
      .map((items) => items.sort((a, b) => a.x - b.x))
      .filter((items) => items.length >= 2 && /^\d+$/.test(items.at(-1)!.str.trim()))
      .map((items) => ({
        title: items
          .slice(0, -1)
          .map((i) => i.str)
          .join(' ')
          .trim(),
        page: Number(items.at(-1)!.str.trim()),
      }));
    const titles = entries.map((e) => e.title);
    expect(titles).toEqual([
      'Agenda',
      'Seminar with Asia-Pacific countries',
      'Seminar with African countries',
      'Seminar with Latin America and the Caribbean countries',
      'Speakers',
      'Topic briefs',
      'What is cybercrime?',
      'Status of global cybercrime legislation',
      'International cooperation',
      'Capacity building',
      'Speaker index',
      'Background of the series',
      'Preparing for the seminars',
      'Further readings',
    ]);
    for (const entry of entries) {
      const actual = pdf.pages.findIndex((p, i) => i > 1 && headingText(p).includes(entry.title)) + 1;
      expect(actual, `page of heading "${entry.title}"`).toBe(entry.page);
    }
    // What renderPdf reports for the DOCX's contents is what the PDF's own contents print.
    expect(rendered.contentsPages).toEqual(entries.map((e) => e.page));
    // Level 2 entries are indented.
    const agenda = contents.items.find((i) => i.str === 'Agenda')!;
    const seminar = contents.items.find((i) => i.str === 'Seminar with Asia-Pacific countries')!;
    expect(seminar.x).toBeGreaterThan(agenda.x + 8);
  });

  it('starts each section on a new page', () => {
    for (const heading of ['Agenda', 'Speakers', 'Topic briefs', 'Speaker index', 'Background of the series']) {
      const page = pdf.pages.find((p, i) => i > 1 && headingText(p).startsWith(heading));
      expect(page, heading).toBeDefined();
      const first = page!.items.filter((i) => i.top > page!.height * 0.08).sort((a, b) => a.top - b.top)[0]!;
      expect(first.str).toBe(heading);
    }
  });

  it('links only the https: and mailto: runs', () => {
    const urls = pdf.pages.flatMap((p) => p.links.map((l) => l.url ?? l.unsafeUrl)).filter(Boolean);
    expect(urls).toContain('https://www.unodc.org/unodc/en/cybercrime/');
    expect(urls).toContain('mailto:cyber-desk@example.org');
  });

  it('writes the metadata and the document language', () => {
    expect(pdf.info.Title).toBe('Cybercrime and criminal justice in cyberspace: delegation briefing pack');
    expect(pdf.info.Author).toBe('Cyber Policy Desk');
    expect(pdf.info.Subject).toBe('Briefing for the 2020 webinar series on cybercrime');
    expect(pdf.info.Keywords).toBe('cybercrime, criminal justice, briefing');
    expect(pdf.info.Creator).toBe('Briefing Pack Builder');
    expect(pdf.info.Language).toBe('en-GB');
    expect(String(pdf.info.CreationDate)).toMatch(/^D:20200615093000/);
    expect(String(pdf.info.ModDate)).toMatch(/^D:20200615093000/);
  });

  it('is A4 (595.28 × 841.89 pt)', () => {
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(595.28, 1);
      expect(page.height).toBeCloseTo(841.89, 1);
    }
  });

  it('is byte-identical when the same document is rendered again', async () => {
    const again = await renderPdf(sampleDocument(), { fontsDir });
    expect(Buffer.from(again.bytes).equals(Buffer.from(rendered.bytes))).toBe(true);
  });
});

describe('renderPdf: layout rules', () => {
  it('is US Letter (612 × 792 pt) when asked', async () => {
    const { bytes } = await renderPdf(withPaper(sampleDocument({ cover: undefined, contents: undefined }), 'letter'), {
      fontsDir,
    });
    const pdf = await readPdf(bytes);
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(612, 1);
      expect(page.height).toBeCloseTo(792, 1);
    }
  });

  it('never leaves a heading alone at the foot of a page', async () => {
    // Push a level 2 heading down line by line across the page end.
    for (let n = 22; n <= 29; n++) {
      const doc = pushedDown(n, [
        { kind: 'heading', level: 2, text: 'Kept heading', anchor: 'two' },
        { kind: 'heading', level: 3, text: 'Kept subheading', anchor: 'three' },
        { kind: 'paragraph', runs: [{ text: 'Following text.' }] },
      ]);
      const pdf = await readPdf((await renderPdf(doc, { fontsDir })).bytes);
      const page = pdf.pages.find((p) => p.text.includes('Kept heading'))!;
      expect(page.text, `with ${n} filler lines`).toContain('Kept subheading');
      expect(page.text, `with ${n} filler lines`).toContain('Following text.');
      expect(pdf.pages.every((p) => p.items.some((i) => i.str.startsWith('Filler') || i.size >= 13))).toBe(true);
    }
  });

  it('keeps a heading with the fields or table that follow it', async () => {
    const followers: Block[] = [
      { kind: 'fields', rows: [{ label: 'Time (UTC)', value: [{ text: '07:00–08:45' }] }] },
      {
        kind: 'table',
        header: ['Topic', 'Speaker'],
        widths: [1, 1],
        rows: [[[{ text: 'First row' }], [{ text: 'A' }]]],
      },
    ];
    for (const follower of followers) {
      for (let n = 22; n <= 29; n++) {
        const doc = pushedDown(n, [{ kind: 'heading', level: 2, text: 'Kept heading', anchor: 'two' }, follower]);
        const pdf = await readPdf((await renderPdf(doc, { fontsDir })).bytes);
        const page = pdf.pages.find((p) => p.text.includes('Kept heading'))!;
        const expected = follower.kind === 'fields' ? '07:00–08:45' : 'First row';
        expect(page.text, `${follower.kind} after ${n} filler lines`).toContain(expected);
      }
    }
  });

  it('repeats the table header on each page and never splits a row', async () => {
    const base = sampleDocument();
    const rows = Array.from({ length: 40 }, (_, i) => [
      [{ text: `R${i}-a\nsecond line\nthird line\nR${i}-z` }],
      [{ text: `Cell ${i}` }],
    ]);
    const doc: BriefingDocument = {
      ...base,
      cover: undefined,
      contents: undefined,
      sections: [
        {
          id: 'speakerIndex',
          blocks: [
            { kind: 'heading', level: 1, text: 'Table', anchor: 't' },
            { kind: 'table', header: ['ColHeadA', 'ColHeadB'], widths: [1, 1], rows },
          ],
        },
      ],
    };
    const pdf = await readPdf((await renderPdf(doc, { fontsDir })).bytes);
    expect(pdf.pageCount).toBeGreaterThan(1);
    const pageOf = (str: string): number => pdf.pages.find((p) => p.items.some((i) => i.str === str))!.number;
    for (let i = 0; i < 40; i++) expect(pageOf(`R${i}-a`), `row ${i}`).toBe(pageOf(`R${i}-z`));
    for (const page of pdf.pages) expect(page.items.some((i) => i.str === 'ColHeadA')).toBe(true);
  });

  it('renders a document without cover or contents, and one with no sections', async () => {
    const bare = await renderPdf(sampleDocument({ cover: undefined, contents: undefined, sections: [] }), { fontsDir });
    expect(bare.pageCount).toBe(1);
    const pdf = await readPdf(bare.bytes);
    expect(pdf.pages[0]!.text).toContain('Page 1 of 1');
  });

  it('fails when the fonts folder is missing', async () => {
    await expect(renderPdf(sampleDocument(), { fontsDir: path.join(fontsDir, 'missing') })).rejects.toThrow(
      /ENOENT|no such file/,
    );
  });
});
