import { execFileSync } from 'node:child_process';
import { copyFile, link, mkdir, readFile, readdir, stat, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PACK_SECTION_IDS } from '../../../../src/shared/pack';
import { readDocx } from '../../../helpers/docxText';
import { mountTmpfs, unmount } from '../../../helpers/mounts';
import { readPdf } from '../../../helpers/pdfText';
import { itAsRoot } from '../../../helpers/root';
import { builtinCataloguePath, samplePackPath, useCliFolder } from '../support';

const { cwd, cli } = useCliFolder();
const ONE = ['--seminars', 'seminar-2020-06-24'];

async function samplePackHere(name = 'p.briefpack'): Promise<string> {
  await copyFile(samplePackPath, join(cwd(), name));
  return readFile(join(cwd(), name), 'utf8');
}

function expectOneLine(result: { code: number; stderr: string; stdout: string }, message: RegExp | string) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  if (typeof message === 'string') expect(result.stderr).toBe(message);
  else expect(result.stderr).toMatch(message);
}

describe('briefpack build never writes over its own input (issue 10, item 1)', () => {
  it('refuses --pdf onto the --pack file, exit 2, the pack untouched', async () => {
    const before = await samplePackHere();
    const result = await cli('build', '--pack', 'p.briefpack', '--pdf', 'p.briefpack');
    expectOneLine(
      result,
      'briefpack build: p.briefpack is the input file p.briefpack; choose another name for the output.\n',
    );
    expect(await readFile(join(cwd(), 'p.briefpack'), 'utf8')).toBe(before);
  });

  it('refuses it through another spelling, a symbolic link and a hard link', async () => {
    const before = await samplePackHere();
    await mkdir(join(cwd(), 'sub'));
    await symlink('../p.briefpack', join(cwd(), 'sub/link.pdf'));
    await link(join(cwd(), 'p.briefpack'), join(cwd(), 'hard.pdf'));
    for (const out of ['./sub/../p.briefpack', 'sub/link.pdf', 'hard.pdf']) {
      const result = await cli('build', '--pack', 'p.briefpack', '--docx', out);
      expectOneLine(
        result,
        new RegExp(`^briefpack build: ${out.replace(/[.]/g, '\\.')} is the input file p\\.briefpack;`),
      );
    }
    expect(await readFile(join(cwd(), 'p.briefpack'), 'utf8')).toBe(before);
  });

  it('refuses --docx onto the --catalogue file', async () => {
    await copyFile(builtinCataloguePath, join(cwd(), 'x.json'));
    const before = await readFile(join(cwd(), 'x.json'), 'utf8');
    const result = await cli('build', '--catalogue', 'x.json', ...ONE, '--docx', 'x.json');
    expectOneLine(result, /x\.json is the input file x\.json/);
    expect(await readFile(join(cwd(), 'x.json'), 'utf8')).toBe(before);
  });

  it('refuses a PDF and a DOCX that are the same file', async () => {
    const result = await cli('build', ...ONE, '--pdf', 'same.out', '--docx', './same.out');
    expectOneLine(
      result,
      'briefpack build: same.out and ./same.out are the same file; give each output its own name.\n',
    );
    expect(await readdir(cwd())).toEqual([]);
  });
});

describe('briefpack build refuses outputs that are not files (issue 10, items 3 and 10)', () => {
  it('refuses "--pdf out/" and an existing folder, and a folder that does not exist, before any layout', async () => {
    await mkdir(join(cwd(), 'out'));
    const started = Date.now();
    expectOneLine(
      await cli('build', ...ONE, '--pdf', 'out/'),
      /^briefpack build: out\/ is a folder name; give a file name/,
    );
    expectOneLine(
      await cli('build', ...ONE, '--pdf', 'out'),
      'briefpack build: out is a folder, not a regular file; choose a file name.\n',
    );
    expectOneLine(
      await cli('build', ...ONE, '--pdf', 'missing/pack.pdf'),
      'briefpack build: missing/pack.pdf cannot be written: the folder missing does not exist.\n',
    );
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await readdir(cwd())).toEqual(['out']);
  });

  it('refuses a named pipe', async () => {
    execFileSync('mkfifo', [join(cwd(), 'pipe.pdf')]);
    expectOneLine(await cli('build', ...ONE, '--pdf', 'pipe.pdf'), /pipe\.pdf is a named pipe, not a regular file/);
    expect((await stat(join(cwd(), 'pipe.pdf'))).isFIFO()).toBe(true);
  });

  itAsRoot('refuses /dev/null and a copy of /dev/full, which stay devices (as root)', async () => {
    expectOneLine(await cli('build', ...ONE, '--pdf', '/dev/null'), /\/dev\/null is a device, not a regular file/);
    expect((await stat('/dev/null')).isCharacterDevice()).toBe(true);
    execFileSync('mknod', [join(cwd(), 'full'), 'c', '1', '7']);
    expectOneLine(await cli('build', ...ONE, '--docx', 'full'), /full is a device/);
    expect((await stat(join(cwd(), 'full'))).isCharacterDevice()).toBe(true);
  });

  it('writes through a symbolic link to the real file and keeps the link', async () => {
    await symlink('real.pdf', join(cwd(), 'link.pdf'));
    const result = await cli('build', ...ONE, '--pdf', 'link.pdf');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^link\.pdf {2}\(PDF, \d+ pages\)\n$/);
    expect((await readFile(join(cwd(), 'real.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('briefpack build: a failed write is one line and exit 2 (issue 10, item 10)', () => {
  const mounted: string[] = [];
  afterEach(() => {
    for (const dir of mounted.splice(0)) unmount(dir);
  });

  itAsRoot('a full disk and a read-only folder (tmpfs mounts)', async () => {
    const full = join(cwd(), 'full');
    const readOnly = join(cwd(), 'ro');
    await mkdir(full);
    await mkdir(readOnly);
    if (!mountTmpfs(full, 'size=16k') || !mountTmpfs(readOnly, 'ro,size=16k')) {
      console.log('skipped: tmpfs cannot be mounted here');
      return;
    }
    mounted.push(full, readOnly);
    const diskFull = await cli('build', ...ONE, '--pdf', 'full/pack.pdf');
    expectOneLine(diskFull, 'briefpack: Could not write the PDF "full/pack.pdf": the disk is full.\n');
    expect(await readdir(full)).toEqual([]);
    const notWritable = await cli('build', ...ONE, '--docx', 'ro/pack.docx');
    expectOneLine(notWritable, 'briefpack: Could not write the DOCX "ro/pack.docx": the disk is read-only.\n');
  });
});

describe('briefpack build --pdfa (issue 17)', () => {
  it('writes an archival PDF only when asked, tagged either way', async () => {
    expect((await cli('build', ...ONE, '--pdfa', '--pdf', 'archive.pdf')).code).toBe(0);
    expect((await cli('build', ...ONE, '--pdf', 'plain.pdf')).code).toBe(0);
    const archive = (await readFile(join(cwd(), 'archive.pdf'))).toString('latin1');
    const plain = (await readFile(join(cwd(), 'plain.pdf'))).toString('latin1');
    expect(archive).toMatch(/pdfaid:part>?\s*=?\s*"?2/);
    expect(plain).not.toContain('pdfaid:part');
    for (const text of [archive, plain]) expect(text).toContain('/MarkInfo');
  });
});

describe('briefpack build options (issue 11, section 5)', () => {
  it('--title, --reference and --sections reach the document', async () => {
    const result = await cli(
      'build',
      ...ONE,
      '--title',
      'Brief for the Minister',
      '--reference',
      'REF/2020/7',
      '--sections',
      'cover,agenda',
      '--pdf',
      'p.pdf',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pdf = await readPdf(await readFile(join(cwd(), 'p.pdf')));
    const text = pdf.pages.map((page) => page.text).join('\n');
    expect(pdf.pages[0]!.text).toContain('Brief for the Minister');
    expect(text).toContain('REF/2020/7');
    expect(text).toContain('Agenda');
    expect(text).not.toMatch(/Contents|Speakers/);
  });

  it('refuses an unknown section and names the sections there are', async () => {
    const result = await cli('build', ...ONE, '--sections', 'cover,appendix', '--pdf', 'p.pdf');
    expectOneLine(result, `briefpack build: unknown section appendix. Sections: ${PACK_SECTION_IDS.join(', ')}.\n`);
  });

  it("accepts zones in any case and by city, as the app's picker does", async () => {
    const result = await cli('build', ...ONE, '--zones', 'new york,america/los_angeles,Vienna', '--pdf', 'p.pdf');
    expect(result.stderr).toBe('');
    const text = (await readPdf(await readFile(join(cwd(), 'p.pdf')))).pages.map((page) => page.text).join('\n');
    expect(text).toContain('New York (UTC−4)');
    expect(text).toContain('Los Angeles (UTC−7)');
    expect(text).toContain('Vienna (UTC+2)');
  });

  it('says which zones an ambiguous city could be', async () => {
    const result = await cli('build', ...ONE, '--zones', 'san', '--pdf', 'p.pdf');
    expectOneLine(result, /^briefpack build: "san" could be America\/.*; give the full name\.\n$/);
  });

  it('folds a marking with a line break to one line, the same in the PDF and the DOCX (issue 10, item 9)', async () => {
    const result = await cli('build', ...ONE, '--marking', 'OFFICIAL\nSECRET', '--pdf', 'p.pdf', '--docx', 'p.docx');
    expect(result.code).toBe(0);
    const pdf = await readPdf(await readFile(join(cwd(), 'p.pdf')));
    expect(pdf.pages[0]!.text).toContain('OFFICIAL SECRET');
    const docx = await readDocx(await readFile(join(cwd(), 'p.docx')));
    const xml = [...docx.parts.values()].join('\n');
    // Headers, footers and the cover: every SECRET follows "OFFICIAL " on the same line.
    expect(xml.split('SECRET').length - 1).toBeGreaterThanOrEqual(3);
    expect(xml.split('SECRET').length).toBe(xml.split('OFFICIAL SECRET').length);
    expect(docx.text.split('\n')).toContain('OFFICIAL SECRET');
  });
});

describe('briefpack build --lang in the six UN languages (issue 16)', () => {
  it('builds the sample pack in Arabic, Chinese and Russian, labels and dates in that language', async () => {
    await samplePackHere();
    const expected = {
      ar: ['جدول الأعمال', 'حزيران/يونيه'],
      zh: ['议程', '2020年6月24日'],
      ru: ['Программа', 'июня 2020'],
    };
    for (const [language, texts] of Object.entries(expected)) {
      const result = await cli('build', '--pack', 'p.briefpack', '--lang', language, '--pdf', `${language}.pdf`);
      expect(result.code, result.stderr).toBe(0);
      const pdf = await readPdf(await readFile(join(cwd(), `${language}.pdf`)));
      const all = pdf.pages.map((page) => page.text.replace(/\s+/g, '')).join('');
      for (const text of texts) expect(all, language).toContain(text.replace(/\s+/g, ''));
    }
  });

  it('refuses a language it has no labels for, naming the six', async () => {
    const result = await cli('build', '--lang', 'de', '--pdf', 'x.pdf');
    expectOneLine(result, /unknown language "de"\. Use one of: en, fr, es, ar, zh, ru\./);
  });
});
