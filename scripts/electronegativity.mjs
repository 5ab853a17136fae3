#!/usr/bin/env node
/**
 * Runs Doyensec's Electronegativity (pinned in tools/electronegativity) over src/,
 * writes its CSV report to test-results/electronegativity.csv, prints a summary
 * table and exits 1 on any HIGH or MEDIUM finding that is not on the reviewed list
 * below. Electronegativity itself always exits 0 (and tries the network for
 * Electron's release list and translations, fails, and goes on), so the CSV is the
 * only verdict. Exits 2 when the scan did not run or its report is unreadable.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolDir = join(root, 'tools/electronegativity');
const cli = join(toolDir, 'node_modules/@doyensec/electronegativity/dist/index.js');
const report = join(root, 'test-results/electronegativity.csv');

/**
 * Findings reviewed and accepted, each by check name AND file (paths relative to
 * src/). The reasons are in docs/security.md, "Electronegativity". Never add a
 * check without a file.
 */
const REVIEWED = [
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/app/security.ts',
    reason: 'only https: and mailto: URLs reach shell.openExternal (isExternalLinkAllowed, unit-tested)',
  },
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'main/app/window.ts',
    reason: 'the one preload exposes only the IPC contract methods via contextBridge (tests/preload/api-keys.test.ts)',
  },
];

const FIELDS = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url'];
const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];

/** RFC 4180 CSV (quoted fields with "" escapes, newlines inside quotes). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

function fail(message) {
  console.error(`electronegativity: ${message}`);
  process.exit(2);
}

if (!existsSync(cli)) fail('not installed: run `(cd tools/electronegativity && npm ci --no-audit --no-fund)`');
const electronVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies?.electron;
if (!/^\d+\.\d+\.\d+$/.test(electronVersion ?? '')) fail('package.json does not pin an exact electron version');

mkdirSync(dirname(report), { recursive: true });
rmSync(report, { force: true });
const run = spawnSync(
  process.execPath,
  [
    '--import',
    pathToFileURL(join(toolDir, 'sync-write.mjs')).href,
    cli,
    '--input',
    'src',
    '--relative',
    '--electron-version',
    electronVersion,
    '--output',
    report,
    '--verbose',
    'false',
  ],
  { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }, timeout: 10 * 60_000 },
);
const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
if (run.error) fail(`could not run: ${run.error.message}`);
// A file it could not parse is a file it did not check.
const parseErrors = output.split('\n').filter((line) => /error ?parsing/i.test(line) && !/tolerable/i.test(line));
if (parseErrors.length > 0) fail(`files not scanned:\n${parseErrors.join('\n')}`);
if (!existsSync(report)) fail(`no report written (exit ${run.status}):\n${output}`);

const [header, ...rows] = parseCsv(readFileSync(report, 'utf8'));
if (!header || header.map((name) => name.trim()).join(',') !== FIELDS.join(','))
  fail(`unexpected report header: ${JSON.stringify(header)}`);
const findings = rows.map((row) => {
  if (row.length !== FIELDS.length) fail(`malformed report row: ${JSON.stringify(row)}`);
  const finding = Object.fromEntries(FIELDS.map((name, i) => [name, row[i].trim()]));
  if (!SEVERITIES.includes(finding.severity)) fail(`unknown severity in row: ${JSON.stringify(row)}`);
  const reviewed = REVIEWED.find((entry) => entry.check === finding.issue && entry.file === finding.filename);
  const blocking = (finding.severity === 'HIGH' || finding.severity === 'MEDIUM') && !reviewed;
  return { ...finding, reviewed, blocking };
});

const table = [['severity', 'confidence', 'check', 'file:line', 'verdict']];
for (const f of findings)
  table.push([
    f.severity,
    f.confidence,
    f.issue,
    `${f.filename}:${f.location}`,
    f.blocking ? 'FAIL' : f.reviewed ? 'reviewed (docs/security.md)' : 'info',
  ]);
const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
for (const r of table)
  console.log(
    r
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd(),
  );

const counts = Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length]));
const blocking = findings.filter((f) => f.blocking);
console.log(
  `\nElectronegativity over src (Electron ${electronVersion}): ${findings.length} findings ` +
    `(HIGH ${counts.HIGH}, MEDIUM ${counts.MEDIUM}, LOW ${counts.LOW}, INFO ${counts.INFORMATIONAL}); ` +
    `${findings.length - blocking.length} accepted, ${blocking.length} blocking. Report: ${report}`,
);
if (blocking.length > 0) {
  for (const f of blocking)
    console.error(`  ${f.severity} ${f.issue} ${f.filename}:${f.location}: ${f.description} (${f.url})`);
  process.exit(1);
}
