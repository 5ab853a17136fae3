import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importProgrammeText } from '../../../../src/shared/importers';
import { loadPack } from '../../../../src/shared/pack';
import { readPdf } from '../../../helpers/pdfText';
import { resourcesDir, useCliFolder } from '../support';

const { cwd, cli } = useCliFolder();

/** A catalogue file of our own (not the built-in one), as `briefpack import` writes it. */
async function importedCatalogue(): Promise<string> {
  const source = await readFile(join(resourcesDir, 'catalogue/source/cybercrime-webinars-2020.txt'), 'utf8');
  const imported = importProgrammeText(source.replace('Seminar with Asia-Pacific countries', 'Asia-Pacific seminar'));
  if (!imported.ok) throw new Error(imported.message);
  const path = join(cwd(), 'mine.catalogue.json');
  await writeFile(path, JSON.stringify(imported.catalogue));
  return path;
}

describe('briefpack pack', () => {
  it('writes a self-contained pack of the seminars asked for, which then builds with no catalogue at all', async () => {
    const catalogue = await importedCatalogue();
    const made = await cli(
      'pack',
      '--catalogue',
      catalogue,
      '--seminars',
      'seminar-2020-06-24,seminar-2020-07-09',
      '--title',
      'Travelling pack',
      '--out',
      'travel.briefpack',
    );
    expect(made).toMatchObject({ code: 0, stdout: 'travel.briefpack  (pack, 2 seminars)\n' });
    const loaded = loadPack(JSON.parse(await readFile(join(cwd(), 'travel.briefpack'), 'utf8')));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.data.pack.programme.seminars.map((seminar) => seminar.id)).toEqual([
      'seminar-2020-06-24',
      'seminar-2020-07-09',
    ]);
    expect(loaded.data.pack.programme.source.catalogueId).toMatch(/^imported-[0-9a-f]{16}$/);

    // The catalogue it came from is gone: the pack alone is enough.
    const built = await cli('build', '--pack', 'travel.briefpack', '--pdf', 'travel.pdf');
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toBe('');
    const text = (await readPdf(await readFile(join(cwd(), 'travel.pdf')))).pages.map((page) => page.text).join(' ');
    expect(text).toContain('Asia-Pacific seminar');
    expect(text).toContain('Travelling pack');
  });

  it('refuses an unknown seminar id with one line and writes nothing', async () => {
    const result = await cli('pack', '--seminars', 'seminar-1999-01-01', '--out', 'x.briefpack');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^briefpack pack: unknown seminar id seminar-1999-01-01\. Known ids: /);
  });

  it('takes an old (v1) pack in: its programme is filled from the built-in catalogue', async () => {
    const v1 = join(__dirname, '..', '..', '..', 'fixtures', 'packs', 'sample-v1.briefpack');
    const result = await cli('pack', '--pack', v1, '--out', 'upgraded.briefpack');
    expect(result.code, result.stderr).toBe(0);
    const loaded = loadPack(JSON.parse(await readFile(join(cwd(), 'upgraded.briefpack'), 'utf8')));
    expect(loaded.ok && loaded.data.fromVersion).toBe(2);
    expect(loaded.ok && loaded.data.pack.programme.seminars).toHaveLength(5);
  });

  it('warns about a chosen seminar found nowhere, and leaves it out', async () => {
    const v1 = JSON.parse(
      await readFile(join(__dirname, '..', '..', '..', 'fixtures', 'packs', 'sample-v1.briefpack'), 'utf8'),
    );
    await writeFile(join(cwd(), 'odd.briefpack'), JSON.stringify({ ...v1, catalogueId: 'imported-gone12345' }));
    const result = await cli('pack', '--pack', 'odd.briefpack', '--out', 'out.briefpack');
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(5);
    expect(result.stderr).toMatch(
      /^warning: A chosen seminar \(seminar-2020-06-24\) is neither in the pack's programme/,
    );
  });
});
