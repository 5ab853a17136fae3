/**
 * `npm run bench`: export speed and memory, each size measured in a fresh Node
 * process (bench/measure.ts), with LibreOffice's DOCX → PDF conversion of the
 * same document timed alongside where `soffice` is installed. Reports the PDF's
 * layout passes and its check that every character of the model was placed,
 * the time per page, and whether that stays within ±20% across sizes for each
 * kind of catalogue. Peak memory twice: of the process that made all the runs,
 * and of a fresh process that made one PDF-and-DOCX export (a single export's
 * own peak). Prints a table and writes bench/results.json.
 *
 * Usage: npm run bench [-- --sizes seed,50,200,unseen50,unseen200 --runs 5 --no-libreoffice]
 * (`seed`: the built-in catalogue with the sample pack; a number: a synthetic
 * catalogue of that many seminars with new people and bios; `unseenN`: the
 * built-in catalogue's 25 people recurring over N seminars, no bios. Every
 * seminar is in the pack.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

interface SizeResult {
  seminars: number | string;
  seminarsInPack: number;
  runs: number;
  pages: number;
  pdfBytes: number;
  docxBytes: number;
  medianMs: { load: number; model: number; pdf: number; docx: number; docxAlone: number };
  layout: { passes: number; placedCharacters: number; expectedCharacters: number; groupsRelaidOut: number };
  allMs: Record<string, number[]>;
  peakRssMb: number;
  /** Peak memory of a fresh process that makes one PDF-and-DOCX export and nothing else. */
  exportPeakRssMb?: number;
  libreOfficeMs?: number;
  pdfToLibreOfficeRatio?: number;
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'seed,50,200,1000,unseen50,unseen200,unseen1000' },
    runs: { type: 'string', default: '5' },
    'no-libreoffice': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',');
const runs = Number(values.runs);
const projectDir = join(__dirname, '..');
const tsx = join(projectDir, 'node_modules/tsx/dist/cli.mjs');
const outputs = mkdtempSync(join(tmpdir(), 'bpb-bench-out-'));

function hasSoffice(): boolean {
  return spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * Wall time of one headless LibreOffice conversion (its own process start included, as a user would see it);
 * undefined when it fails or takes more than 10 minutes (the other figures are still reported).
 */
function timeLibreOffice(docxPath: string): number | undefined {
  const started = performance.now();
  const result = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', outputs, docxPath], {
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (result.status !== 0) {
    process.stderr.write(`LibreOffice did not convert ${docxPath} (${result.error?.message ?? result.stderr})\n`);
    return undefined;
  }
  return performance.now() - started;
}

const soffice = !values['no-libreoffice'] && hasSoffice();
const loadBefore = loadavg();
const results: SizeResult[] = [];
for (const size of sizes) {
  process.stderr.write(`measuring ${size} seminars (${runs} runs after one warm-up)…\n`);
  const child = spawnSync(process.execPath, [tsx, join(__dirname, 'measure.ts'), String(size), String(runs), outputs], {
    cwd: projectDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`measure ${size} failed: ${child.stderr}`);
  const result = JSON.parse(child.stdout.trim().split('\n').pop()!) as SizeResult;
  const single = spawnSync(
    process.execPath,
    [tsx, join(__dirname, 'measure.ts'), String(size), '0', outputs, '--one-export'],
    { cwd: projectDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (single.status !== 0) throw new Error(`measure ${size} --one-export failed: ${single.stderr}`);
  result.exportPeakRssMb = (
    JSON.parse(single.stdout.trim().split('\n').pop()!) as { exportPeakRssMb: number }
  ).exportPeakRssMb;
  if (soffice) {
    const warmUp = timeLibreOffice(join(outputs, `bench-${size}.docx`)); // first start unpacks its profile
    const times =
      warmUp === undefined
        ? []
        : Array.from({ length: Math.min(runs, 3) }, () => timeLibreOffice(join(outputs, `bench-${size}.docx`)));
    if (times.length > 0 && times.every((time) => time !== undefined)) {
      result.libreOfficeMs = (times as number[]).sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
      result.pdfToLibreOfficeRatio = result.medianMs.pdf / result.libreOfficeMs;
    }
  }
  results.push(result);
}
const loadAfter = loadavg();

const fixed = (value: number | undefined, digits = 0): string => (value === undefined ? '—' : value.toFixed(digits));
const header = [
  'catalogue',
  'in pack',
  'pages',
  'passes',
  'text placed',
  'load ms',
  'model ms',
  'PDF ms',
  'PDF ms/page',
  'DOCX ms',
  'DOCX alone ms',
  'peak MB (runs)',
  'peak MB (1 export)',
  'LibreOffice ms',
  'PDF/LO',
];
const placed = (r: SizeResult): string =>
  r.layout.placedCharacters === r.layout.expectedCharacters
    ? 'all'
    : `${r.layout.expectedCharacters - r.layout.placedCharacters} lost`;
const rows = results.map((r) => [
  String(r.seminars),
  String(r.seminarsInPack),
  String(r.pages),
  String(r.layout.passes),
  placed(r),
  fixed(r.medianMs.load),
  fixed(r.medianMs.model),
  fixed(r.medianMs.pdf),
  fixed(r.medianMs.pdf / r.pages, 1),
  fixed(r.medianMs.docx),
  fixed(r.medianMs.docxAlone),
  fixed(r.peakRssMb),
  fixed(r.exportPeakRssMb),
  fixed(r.libreOfficeMs),
  fixed(r.pdfToLibreOfficeRatio, 2),
]);
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]): string => cells.map((cell, column) => cell.padStart(widths[column]!)).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
// Linear cost: the PDF's time per page within ±20% of its mean across the sizes of each kind of catalogue.
for (const kind of ['synthetic', 'unseen'] as const) {
  const ofKind = results.filter((r) =>
    kind === 'unseen' ? String(r.seminars).startsWith('unseen') : typeof r.seminars === 'number',
  );
  if (ofKind.length < 2) continue;
  const perPage = ofKind.map((r) => r.medianMs.pdf / r.pages);
  const mean = perPage.reduce((a, b) => a + b, 0) / perPage.length;
  const spread = Math.max(...perPage.map((v) => Math.abs(v / mean - 1)));
  console.log(
    `${kind}: PDF ms/page ${perPage.map((v) => v.toFixed(1)).join(', ')}; widest ${(spread * 100).toFixed(0)}% from the mean (target ±20%)`,
  );
}
console.log(
  `load average before ${loadBefore.map((v) => v.toFixed(2)).join(' ')}, after ${loadAfter.map((v) => v.toFixed(2)).join(' ')}`,
);

writeFileSync(
  join(__dirname, 'results.json'),
  `${JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGb: totalmem() / 2 ** 30, loadBefore, loadAfter },
      node: process.version,
      runsPerSize: runs,
      libreOffice: soffice,
      results,
    },
    null,
    2,
  )}\n`,
);
rmSync(outputs, { recursive: true, force: true });
