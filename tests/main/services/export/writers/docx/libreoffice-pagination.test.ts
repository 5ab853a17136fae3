/**
 * Issue 11 §3: the DOCX paginates like the PDF, so its contents' page numbers
 * (the PDF's) are right when LibreOffice opens the file, which does not update
 * a TOC on open. Converts the DOCX with `soffice --headless --convert-to pdf`
 * and finds each contents heading's page with pdftotext. Runs where soffice
 * exists (about 5 s a document); skipped elsewhere.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../../../../src/shared/catalogue/schema';
import { buildBriefingDocument } from '../../../../../../src/shared/document/build';
import type { BriefingDocument, HeadingBlock } from '../../../../../../src/shared/document/model';
import { renderDocx } from '../../../../../../src/main/services/export/writers/docx/document';
import { renderPdf } from '../../../../../../src/main/services/export/writers/pdf/document';
import { fullPack, syntheticCatalogue } from '../../../../../../bench/synthetic';
import { sampleDocument } from '../../../../../fixtures/documents/sample-document';

const fontsDir = path.resolve(__dirname, '../../../../../../resources/fonts');
const hasTools =
  spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0 &&
  spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
if (!hasTools) console.log('[libreoffice-pagination.test] skipped: soffice or pdftotext is not installed');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bpb-lo-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const norm = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The page LibreOffice puts each contents heading on (skipping the contents' own lines, which end in a number). */
async function libreOfficePages(doc: BriefingDocument, name: string): Promise<{ pages: number[]; pageCount: number }> {
  const pdf = await renderPdf(doc, { fontsDir });
  const docx = await renderDocx(doc, { pagination: pdf });
  const docxPath = path.join(dir, `${name}.docx`);
  await writeFile(docxPath, docx);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docxPath], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  const pageTexts = execFileSync('pdftotext', ['-layout', path.join(dir, `${name}.pdf`), '-'])
    .toString()
    .split('\f');
  const headings = doc.sections
    .flatMap((section) => section.blocks)
    .filter((block): block is HeadingBlock => block.kind === 'heading' && block.level <= 2);
  let from = 0;
  const pages = headings.map((heading) => {
    const key = norm(heading.text).slice(0, 30);
    for (let page = from; page < pageTexts.length; page++) {
      const lines = pageTexts[page]!.split('\n').map(norm);
      if (lines.some((line) => line.includes(key) && !/\s\d+$/.test(line))) {
        from = page;
        return page + 1;
      }
    }
    return -1;
  });
  expect(pdf.contentsPages).toHaveLength(headings.length);
  return { pages, pageCount: pageTexts.filter((text) => text.trim() !== '').length };
}

describe.skipIf(!hasTools)('DOCX pagination in LibreOffice', () => {
  it('puts every contents heading of the sample pack on the page the contents name', async () => {
    const doc = sampleDocument();
    const pdf = await renderPdf(doc, { fontsDir });
    const lo = await libreOfficePages(doc, 'sample');
    expect(lo.pages).toEqual(pdf.contentsPages);
    expect(lo.pageCount).toBe(pdf.pageCount);
  }, 180_000);

  it('does so for a 20-seminar pack too', async () => {
    const catalogue: Catalogue = syntheticCatalogue(20);
    const doc = buildBriefingDocument(fullPack(catalogue), catalogue);
    const pdf = await renderPdf(doc, { fontsDir });
    const lo = await libreOfficePages(doc, 'twenty');
    expect(lo.pages).toEqual(pdf.contentsPages);
    expect(lo.pageCount).toBe(pdf.pageCount);
  }, 180_000);
});
