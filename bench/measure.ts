/**
 * One benchmark size in a fresh process (so font parsing, JIT warm-up and memory
 * are this size's own): writes the catalogue to a temp file, then measures, over
 * one warm-up and `runs` timed runs, catalogue load + validation, document-model
 * build, PDF render, DOCX render after the PDF (as a "PDF and DOCX" export does)
 * and a DOCX exported alone (its contents' numbers from a layout that draws
 * nothing). Reports the PDF's layout passes and its check that all text was
 * placed. Prints one JSON line.
 * Size `seed`: the built-in catalogue and the sample pack (resources/packs).
 * Size `N`: the synthetic catalogue of N seminars (new people each, with bios).
 * Size `unseenN`: the built-in catalogue's 25 people recurring over N seminars, no bios.
 * With `--one-export` as the fifth argument: one PDF-and-DOCX export and nothing else,
 * so that the process's peak memory is that of a single export (a fresh worker's first).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_CATALOGUE_FILE, loadCatalogueFile } from '../src/main/services/catalogue';
import { loadPackFile } from '../src/main/services/packs';
import { renderDocx } from '../src/main/services/export/writers/docx/document';
import { type PdfLayoutReport, layoutPdf, renderPdf } from '../src/main/services/export/writers/pdf/document';
import { findResourcesDir } from '../src/main/services/resources';
import { buildBriefingDocument } from '../src/shared/document/build';
import type { Catalogue } from '../src/shared/catalogue/schema';
import { recurringCatalogue } from '../tests/helpers/recurring-catalogue';
import { fullPack, syntheticCatalogue } from './synthetic';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function main(): Promise<void> {
  const size = process.argv[2] ?? '';
  const seed = size === 'seed';
  const runs = Number(process.argv[3] ?? 5);
  const outDir = process.argv[4];
  const resourcesDir = findResourcesDir(__dirname);
  const fontsDir = join(resourcesDir, 'fonts');
  const work = await mkdtemp(join(tmpdir(), 'bpb-bench-'));
  let cataloguePath = join(resourcesDir, BUILTIN_CATALOGUE_FILE);
  if (!seed) {
    const unseen = /^unseen(\d+)$/.exec(size);
    const builtin = JSON.parse(await readFile(cataloguePath, 'utf8')) as Catalogue;
    const catalogue = unseen ? recurringCatalogue(builtin, Number(unseen[1])) : syntheticCatalogue(Number(size));
    cataloguePath = join(work, 'catalogue.json');
    await writeFile(cataloguePath, JSON.stringify(catalogue));
  }
  const samplePack = seed ? await loadPackFile(join(resourcesDir, 'packs', 'sample.briefpack')) : undefined;
  if (samplePack && !samplePack.ok) throw new Error(samplePack.message);

  if (process.argv[5] === '--one-export') {
    const catalogue = await loadCatalogueFile(cataloguePath);
    if (!catalogue.ok) throw new Error(catalogue.message);
    const pack = samplePack?.ok ? samplePack.data.pack : fullPack(catalogue.data);
    const document = buildBriefingDocument(pack, catalogue.data);
    const pdf = await renderPdf(document, { fontsDir });
    await renderDocx(document, { pagination: pdf });
    await rm(work, { recursive: true, force: true });
    process.stdout.write(`${JSON.stringify({ exportPeakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
    return;
  }

  const timings = {
    load: [] as number[],
    model: [] as number[],
    pdf: [] as number[],
    docx: [] as number[],
    docxAlone: [] as number[],
  };
  let layout: PdfLayoutReport | undefined;
  let pageCount = 0;
  let seminarsInPack = 0;
  let pdfBytes = 0;
  let docxBytes = 0;
  for (let run = 0; run <= runs; run++) {
    const t0 = performance.now();
    const catalogue = await loadCatalogueFile(cataloguePath);
    if (!catalogue.ok) throw new Error(catalogue.message);
    const t1 = performance.now();
    const pack = samplePack?.ok ? samplePack.data.pack : fullPack(catalogue.data);
    seminarsInPack = pack.seminarIds.length;
    const document = buildBriefingDocument(pack, catalogue.data);
    const t2 = performance.now();
    const pdf = await renderPdf(document, { fontsDir });
    const t3 = performance.now();
    // As the export does: the DOCX's contents take their page numbers from the PDF's layout.
    const docx = await renderDocx(document, { pagination: pdf });
    const t4 = performance.now();
    // A DOCX exported alone: the same layout without drawing, then the DOCX.
    const pagination = document.contents ? await layoutPdf(document, { fontsDir }) : undefined;
    await renderDocx(document, pagination ? { pagination } : {});
    const t5 = performance.now();
    layout = pdf.layout;
    if (run === 0) {
      // The warm-up run's outputs are kept for the LibreOffice comparison; its times are not counted.
      pageCount = pdf.pageCount;
      pdfBytes = pdf.bytes.length;
      docxBytes = docx.length;
      if (outDir) {
        await writeFile(join(outDir, `bench-${size}.docx`), docx);
        await writeFile(join(outDir, `bench-${size}.pdf`), pdf.bytes);
      }
      continue;
    }
    timings.load.push(t1 - t0);
    timings.model.push(t2 - t1);
    timings.pdf.push(t3 - t2);
    timings.docx.push(t4 - t3);
    timings.docxAlone.push(t5 - t4);
  }
  await rm(work, { recursive: true, force: true });
  // maxRSS is in kilobytes: the peak resident memory of this whole process.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `${JSON.stringify({
      seminars: seed ? 'seed' : size.startsWith('unseen') ? size : Number(size),
      seminarsInPack,
      runs,
      pages: pageCount,
      pdfBytes,
      docxBytes,
      medianMs: {
        load: median(timings.load),
        model: median(timings.model),
        pdf: median(timings.pdf),
        docx: median(timings.docx),
        docxAlone: median(timings.docxAlone),
      },
      layout,
      allMs: timings,
      peakRssMb,
    })}\n`,
  );
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
