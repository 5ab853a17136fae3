import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../helpers/docxText';
import { readPdf } from '../../../helpers/pdfText';
import { programmeCatalogue } from '../../../fixtures/catalogues/programme-v2';
import { useCliFolder } from '../support';

const { cwd, cli } = useCliFolder();
const FRENCH = ['--seminars', 'seminar-2020-07-09'];

async function catalogueHere(): Promise<string> {
  await writeFile(join(cwd(), 'programme.catalogue.json'), JSON.stringify(programmeCatalogue()));
  return 'programme.catalogue.json';
}

describe('briefpack build --kind programme', () => {
  it('prints the French seminar’s programme on Letter, in French, with the title page and no marking', async () => {
    const catalogue = await catalogueHere();
    const result = await cli(
      'build',
      '--catalogue',
      catalogue,
      '--kind',
      'programme',
      ...FRENCH,
      '--paper',
      'letter',
      '--pdf',
      'p.pdf',
      '--docx',
      'p.docx',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pdf = await readPdf(await readFile(join(cwd(), 'p.pdf')));
    expect(Math.round(pdf.pages[0]!.width)).toBe(612);
    const text = pdf.pages.map((page) => page.text).join(' ');
    expect(text).toContain('Formation des Autorités chargées de l’application de la loi');
    expect(text).toContain('Président de séance');
    expect(text).toContain('Paris (UTC+2)');
    expect(text).not.toMatch(/UNCLASSIFIED|Délégation|Classification/);
    const docx = await readDocx(await readFile(join(cwd(), 'p.docx')));
    expect(JSON.stringify(docx)).toContain('Formation des Autorités chargées de l’application de la loi');
  });

  it('makes an A5 booklet imposed on A4 and says so', async () => {
    const result = await cli('build', '--kind', 'programme', ...FRENCH, '--paper', 'a5-booklet', '--pdf', 'b.pdf');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^b\.pdf {2}\(PDF, \d+ pages, an A5 booklet of \d+ pages\)\n$/);
    const pdf = await readPdf(await readFile(join(cwd(), 'b.pdf')));
    expect(pdf.pages.every((page) => Math.round(page.width) === 842 && Math.round(page.height) === 595)).toBe(true);
  });

  it('writes the calendar and schedule files alone, each one checked and named', async () => {
    const catalogue = await catalogueHere();
    const result = await cli(
      'build',
      '--catalogue',
      catalogue,
      '--ics',
      'c.ics',
      '--frab',
      's.xml',
      '--schedule-json',
      's.json',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('c.ics  (iCalendar, 5 events)\ns.xml  (frab schedule XML)\ns.json  (schedule.json)\n');
    const calendar = new ICAL.Component(ICAL.parse(await readFile(join(cwd(), 'c.ics'), 'utf8')));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(5);
    const json = JSON.parse(await readFile(join(cwd(), 's.json'), 'utf8')) as {
      schedule: { conference: { daysCount: number } };
    };
    expect(json.schedule.conference.daysCount).toBe(5);
  });

  it('takes --title, --reference and --sections for a programme, and refuses a briefing pack’s section', async () => {
    const ok = await cli(
      'build',
      '--kind',
      'programme',
      ...FRENCH,
      '--title',
      'Programme francophone',
      '--reference',
      'PRG/7',
      '--sections',
      'agenda',
      '--pdf',
      't.pdf',
    );
    expect(ok.code).toBe(0);
    const pdf = await readPdf(await readFile(join(cwd(), 't.pdf')));
    expect(pdf.pageCount).toBe(1);
    expect(pdf.pages[0]!.text).toContain('Programme francophone');
    expect(pdf.pages[0]!.text).toContain('PRG/7');
    const refused = await cli('build', '--kind', 'programme', '--sections', 'agenda,topicBriefs', '--pdf', 'x.pdf');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/unknown section topicBriefs\. A programme has: cover, contents, agenda/);
  });

  it('refuses two outputs to one file before any work', async () => {
    const result = await cli('build', '--kind', 'programme', '--pdf', 'same', '--ics', 'same');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/same and same are the same file/);
  });
});
