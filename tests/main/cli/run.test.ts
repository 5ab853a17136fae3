import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/run';
import { findResourcesDir } from '../../../src/main/services/resources';

const resourcesDir = findResourcesDir();
let cwd: string;

beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'bpb-cli-'));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    resourcesDir,
  });
  return { code, stdout, stderr };
}

describe('briefpack', () => {
  it('prints usage and exits 2 without a command, 2 for an unknown one', async () => {
    expect((await cli()).code).toBe(2);
    const unknown = await cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'briefpack: unknown command "frobnicate". Commands: import, catalogue, validate, pack, build, demo.\n',
    );
  });

  it('reports an unknown option as one line, without a stack trace', async () => {
    const result = await cli('catalogue', '--bogus');
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^briefpack catalogue: .*--bogus/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('briefpack import', () => {
  it('reproduces the built-in catalogue from the seed text, byte for byte', async () => {
    const seed = join(resourcesDir, 'catalogue/source/cybercrime-webinars-2020.txt');
    const result = await cli('import', seed, '--out', 'out.json');
    expect(result.code).toBe(0);
    const imported = await readFile(join(cwd, 'out.json'), 'utf8');
    expect(imported).toBe(await readFile(join(resourcesDir, 'catalogue/builtin.catalogue.json'), 'utf8'));
    expect(result.stderr).toMatch(/^warning: line \d+: /m);
  });

  it('writes JSON to stdout without --out', async () => {
    const result = await cli('import', join(resourcesDir, 'catalogue/source/cybercrime-webinars-2020.txt'));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ format: 'briefing-pack-catalogue', version: 2 });
  });

  it('exits 2 with a clear reason for a text without seminars and for a missing file', async () => {
    await writeFile(join(cwd, 'empty.txt'), 'Just a title\n\nSome prose.\n');
    const noSeminar = await cli('import', 'empty.txt');
    expect(noSeminar.code).toBe(2);
    expect(noSeminar.stderr).toMatch(/No seminar found/);
    const missing = await cli('import', 'nope.txt');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('briefpack import: nope.txt: no such file.\n');
  });
});

describe('briefpack catalogue and validate', () => {
  it('writes the built-in catalogue, which validates', async () => {
    expect((await cli('catalogue', '--out', 'builtin.json')).code).toBe(0);
    const result = await cli('validate', 'builtin.json');
    expect(result).toMatchObject({ code: 0, stdout: 'builtin.json: valid catalogue\n' });
  });

  it('prints each problem of an invalid catalogue with its path and exits 2', async () => {
    const catalogue = JSON.parse(await readFile(join(resourcesDir, 'catalogue/builtin.catalogue.json'), 'utf8'));
    catalogue.seminars[1].chair.personId = 'nobody';
    catalogue.seminars[2].sessions[0].topicId = 'no-topic';
    await writeFile(join(cwd, 'broken.json'), JSON.stringify(catalogue));
    const result = await cli('validate', 'broken.json');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe(
      'seminars[1].chair.personId: no person with id "nobody"\nseminars[2].sessions[0].topicId: no topic with id "no-topic"\n',
    );
  });

  it('names the file when it is not JSON', async () => {
    await writeFile(join(cwd, 'bad.json'), '{ not json');
    const result = await cli('validate', 'bad.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^briefpack validate: bad\.json is not valid JSON: /);
  });
});

describe('briefpack build', () => {
  it('writes a PDF and a DOCX of two seminars and prints the page count', async () => {
    const result = await cli(
      'build',
      '--seminars',
      'seminar-2020-06-24,seminar-2020-07-09',
      '--zones',
      'America/New_York,Europe/Vienna',
      '--pdf',
      'pack.pdf',
      '--docx',
      'pack.docx',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^pack\.pdf {2}\(PDF, \d+ pages\)\npack\.docx {2}\(DOCX\)\n$/);
    expect((await readFile(join(cwd, 'pack.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await readFile(join(cwd, 'pack.docx'))).subarray(0, 2).toString()).toBe('PK');
  });

  it.each([
    [['--seminars', 'seminar-1999-01-01'], /unknown seminar id seminar-1999-01-01/],
    [['--topics', 'no-such-topic'], /unknown topic id no-such-topic/],
    [['--zones', 'Mars/Olympus_Mons'], /unknown time zone Mars\/Olympus_Mons/],
    [['--lang', 'de'], /unknown language "de"/],
    [['--paper', 'a3'], /unknown paper size "a3"/],
    [['--pack', 'missing.briefpack'], /missing\.briefpack: no such file/],
  ])('exits 2 for %j with a clear message and writes no file', async (options, message) => {
    const result = await cli('build', ...options, '--pdf', 'pack.pdf', '--docx', 'pack.docx');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(await readdir(cwd)).toEqual([]);
  });

  it('asks where to write when no output is given', async () => {
    const result = await cli('build');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /--pdf out\.pdf, --docx out\.docx, --ics out\.ics, --frab out\.xml or --schedule-json/,
    );
  });

  it('refuses a pack from a newer version and leaves the file untouched', async () => {
    const path = join(cwd, 'future.briefpack');
    const text = JSON.stringify({ format: 'briefing-pack', version: 99, title: 'From the future' });
    await writeFile(path, text);
    const result = await cli('build', '--pack', 'future.briefpack', '--pdf', 'pack.pdf');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/newer version/);
    expect(await readFile(path, 'utf8')).toBe(text);
    expect(existsSync(join(cwd, 'pack.pdf'))).toBe(false);
  });
});
