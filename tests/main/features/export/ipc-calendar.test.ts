import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withDocumentKind } from '../../../../src/shared/pack';
import { readPdf } from '../../../helpers/pdfText';
import { type Harness, createHarness } from '../../support/harness';

let h: Harness & { filesDir: string; dispose(): Promise<void> };
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.dispose();
});

async function frenchProgramme() {
  const { pack } = await h.ok('newPack', {});
  return withDocumentKind({ ...pack, title: 'Programme', seminarIds: ['seminar-2020-07-09'] }, 'programme');
}

describe('exportPack: programmes and calendar files', () => {
  it('writes the calendar and schedule files beside the PDF under one name, one dialog', async () => {
    const pack = await frenchProgramme();
    h.dialogs.queueSave(path.join(h.filesDir, 'programme'));
    const result = await h.ok('exportPack', {
      pack,
      formats: ['schedule-json', 'ics', 'pdf', 'frab'],
      jobId: 'job-c',
    });
    if ('cancelled' in result) throw new Error('cancelled');
    expect((await readdir(h.filesDir)).sort()).toEqual([
      'programme.ics',
      'programme.json',
      'programme.pdf',
      'programme.xml',
    ]);
    expect(result.ics).toMatchObject({ path: path.join(h.filesDir, 'programme.ics'), events: 1 });
    expect(result.frab?.path).toBe(path.join(h.filesDir, 'programme.xml'));
    expect(result.scheduleJson?.path).toBe(path.join(h.filesDir, 'programme.json'));
    expect(h.dialogs.calls).toHaveLength(1);
    expect(h.dialogs.calls[0]).toMatchObject({ defaultPath: 'Programme.pdf' });
    expect(await readFile(path.join(h.filesDir, 'programme.ics'), 'utf8')).toContain('UID:seminar-2020-07-09.builtin@');
    const pdf = await readPdf(await readFile(path.join(h.filesDir, 'programme.pdf')));
    expect(pdf.pages.map((page) => page.text).join(' ')).toContain(
      'Formation des Autorités chargées de l’application de la loi',
    );
    // Every file written may be shown in its folder.
    expect(await h.call('showInFolder', { filePath: result.frab!.path })).toMatchObject({ ok: true });
  });

  it('exports a calendar alone, asking where to save the .ics', async () => {
    const pack = await frenchProgramme();
    h.dialogs.queueSave(path.join(h.filesDir, 'agenda'));
    const result = await h.ok('exportPack', { pack, formats: ['ics'], jobId: 'job-d' });
    if ('cancelled' in result) throw new Error('cancelled');
    expect(await readdir(h.filesDir)).toEqual(['agenda.ics']);
    expect(h.dialogs.calls[0]).toMatchObject({ filters: [{ name: 'iCalendar file', extensions: ['ics'] }] });
  });

  it('prints an A5 booklet imposed on A4 and says how many pages it has', async () => {
    const pack = { ...(await frenchProgramme()), paper: 'a5-booklet' as const };
    h.dialogs.queueSave(path.join(h.filesDir, 'livret'));
    const result = await h.ok('exportPack', { pack, formats: ['pdf'], jobId: 'job-e' });
    if ('cancelled' in result) throw new Error('cancelled');
    expect(result.pdf?.bookletPages).toBeGreaterThan(0);
    const pdf = await readPdf(await readFile(result.pdf!.path));
    expect(pdf.pageCount).toBe(result.pdf?.pageCount);
    expect(Math.round(pdf.pages[0]!.width)).toBe(842);
  });
});
