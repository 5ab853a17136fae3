import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resourcesDir, useCliFolder } from '../support';

const { cwd, cli } = useCliFolder();
const SEED = join(resourcesDir, 'catalogue/source/cybercrime-webinars-2020.txt');

describe('briefpack import', () => {
  it('refuses --out onto its own input, exit 2, the text untouched (issue 10, item 1)', async () => {
    await copyFile(SEED, join(cwd(), 't.txt'));
    const before = await readFile(join(cwd(), 't.txt'), 'utf8');
    const result = await cli('import', 't.txt', '--out', 't.txt');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'briefpack import: t.txt is the input file t.txt; choose another name for the output.\n',
    );
    expect(await readFile(join(cwd(), 't.txt'), 'utf8')).toBe(before);
  });

  it('says the folder does not exist instead of "internal error: ENOENT … .tmp" (issue 10, item 10)', async () => {
    await copyFile(SEED, join(cwd(), 't.txt'));
    const result = await cli('import', 't.txt', '--out', 'nowhere/c.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'briefpack import: nowhere/c.json cannot be written: the folder nowhere does not exist.\n',
    );
    expect(result.stderr).not.toMatch(/internal error|\.tmp/);
  });

  it('reads a UTF-16 file with a byte-order mark (issue 10, item 10)', async () => {
    const text = await readFile(SEED, 'utf8');
    // Under the seed's own name: the catalogue records the file name it was imported from.
    await mkdir(join(cwd(), 'utf16'));
    const utf16 = join(cwd(), 'utf16', 'cybercrime-webinars-2020.txt');
    await writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const result = await cli('import', 'utf16/cybercrime-webinars-2020.txt', '--out', 'c.json');
    expect(result.code).toBe(0);
    expect(await readFile(join(cwd(), 'c.json'), 'utf8')).toBe(
      await readFile(join(resourcesDir, 'catalogue/builtin.catalogue.json'), 'utf8'),
    );
    expect(result.stderr).toMatch(/Wrote c\.json\n$/);
  });

  it('prints paths as the user gave them', async () => {
    await mkdir(join(cwd(), 'in'));
    await copyFile(SEED, join(cwd(), 'in/t.txt'));
    const result = await cli('import', 'in/t.txt', '--out', './in/../c.json');
    expect(result.stderr).toMatch(/Wrote \.\/in\/\.\.\/c\.json\n$/);
    expect((await readdir(cwd())).sort()).toEqual(['c.json', 'in']);
  });
});

const IMPORTERS = join(__dirname, '../../../fixtures/importers');

describe('briefpack import reads the kind of file from its content', () => {
  it.each([
    ['ics/outlook.ics', 'icalendar'],
    ['schedules/pretalx-schedule.xml', 'frab-xml'],
    ['schedules/hub-schedule-v2.json', 'schedule-json'],
    ['csv/excel-fr.csv', 'csv'],
  ])('imports %s as %s, whatever its name', async (fixture, kind) => {
    await copyFile(join(IMPORTERS, fixture), join(cwd(), 'programme.txt'));
    const result = await cli('import', 'programme.txt');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).source).toEqual({ kind, fileName: 'programme.txt' });
  });

  it('refuses a PDF in one line that says which kinds of file it reads, exit 2', async () => {
    await writeFile(join(cwd(), 'agenda.pdf'), '%PDF-1.7\n%âãÏÓ\n');
    const result = await cli('import', 'agenda.pdf');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'briefpack import: agenda.pdf is a PDF document, which cannot be imported. Briefing Pack Builder imports programme text (.txt or a saved web page), iCalendar (.ics), frab XML or schedule.json schedules, CSV spreadsheets and catalogue files (.json).\n',
    });
  });

  it('prints the time zone questions and writes nothing until --zone-answers answers them', async () => {
    await copyFile(join(IMPORTERS, 'csv/libreoffice.csv'), join(cwd(), 'sheet.csv'));
    const asked = await cli('import', 'sheet.csv', '--out', 'c.json');
    expect(asked.code).toBe(2);
    expect(asked.stderr).toContain(
      'question: line 7: "IST" can mean Asia/Kolkata, Europe/Dublin, Asia/Jerusalem; answer with --zone-answers IST=Asia/Kolkata\n',
    );
    expect(await readdir(cwd())).not.toContain('c.json');
    const answered = await cli('import', 'sheet.csv', '--out', 'c.json', '--zone-answers', 'IST=Asia/Kolkata');
    expect(answered.code).toBe(0);
    const catalogue = JSON.parse(await readFile(join(cwd(), 'c.json'), 'utf8'));
    expect(catalogue.seminars[2]).toMatchObject({ start: '2021-11-03T04:30:00Z', timeZone: 'Asia/Kolkata' });
    expect(answered.stderr).toContain('warning: line 6: this time happens twice when the clocks go back');
    expect((await cli('import', 'sheet.csv', '--zone-answers', 'IST')).stderr).toMatch(
      /--zone-answers expects ABBREVIATION=Zone pairs/,
    );
  });
});

describe('briefpack catalogue --out', () => {
  it('says the folder does not exist, exit 2', async () => {
    const result = await cli('catalogue', '--out', 'nowhere/c.json');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'briefpack catalogue: nowhere/c.json cannot be written: the folder nowhere does not exist.\n',
    });
  });

  it('never writes over the shipped catalogue', async () => {
    const shipped = join(resourcesDir, 'catalogue/builtin.catalogue.json');
    const result = await cli('catalogue', '--out', shipped);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is the input file the built-in catalogue/);
  });
});
