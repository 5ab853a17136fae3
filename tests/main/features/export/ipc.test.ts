import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportRunner } from '../../../../src/main/services/export/runner';
import type { ExportProgress } from '../../../../src/shared/ipc/contract';
import type { Pack } from '../../../../src/shared/pack';
import { readDocx } from '../../../helpers/docxText';
import { readPdf } from '../../../helpers/pdfText';
import { type Harness, createHarness } from '../../support/harness';

let h: Harness & { filesDir: string; dispose(): Promise<void> };
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.dispose();
});

async function twoSeminarPack(): Promise<Pack> {
  const { pack } = await h.ok('newPack', {});
  return {
    ...pack,
    title: 'Vienna: delegation brief',
    seminarIds: ['seminar-2020-06-24', 'seminar-2020-07-09'],
    timeZones: ['America/New_York', 'Europe/Vienna'],
    marking: 'OFFICIAL',
  };
}

function progressOf(harness: Harness, jobId: string): ExportProgress[] {
  return harness.events.sent
    .filter((event) => event.event === 'exportProgress')
    .map((event) => event.payload as ExportProgress)
    .filter((progress) => progress.jobId === jobId);
}

describe('exportPack', () => {
  it('writes a PDF and, beside it, a DOCX with the same base name, reporting progress in order', async () => {
    const pack = await twoSeminarPack();
    h.dialogs.queueSave(path.join(h.filesDir, 'brief'));
    const result = await h.ok('exportPack', { pack, formats: ['pdf', 'docx'], jobId: 'job-1' });
    if ('cancelled' in result) throw new Error('cancelled');
    const pdfPath = path.join(h.filesDir, 'brief.pdf');
    const docxPath = path.join(h.filesDir, 'brief.docx');
    expect(result.pdf).toMatchObject({ path: pdfPath });
    expect(result.docx).toMatchObject({ path: docxPath });
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
    expect((await readdir(h.filesDir)).sort()).toEqual(['brief.docx', 'brief.pdf']);

    // One dialog, for the PDF, suggesting a file name made from the title.
    expect(h.dialogs.calls).toEqual([
      {
        kind: 'save',
        title: expect.stringContaining('PDF and DOCX'),
        defaultPath: 'Vienna delegation brief.pdf',
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        answer: path.join(h.filesDir, 'brief'),
      },
    ]);

    const pdfBytes = await readFile(pdfPath);
    expect(result.pdf!.bytes).toBe(pdfBytes.byteLength);
    const pdf = await readPdf(pdfBytes);
    expect(pdf.pageCount).toBe(result.pdf!.pageCount);
    const pdfText = pdf.pages.map((page) => page.text).join(' ');
    expect(pdfText).toContain('Vienna: delegation brief');
    expect(pdfText).toContain('Seminar with Asia-Pacific countries');
    expect(pdfText).toContain('Seminaire dédié aux pays francophones du continent africain');
    expect(pdfText).not.toContain('Seminar with African countries');
    expect(pdf.pages[0]!.text).toContain('OFFICIAL');

    const docx = await readDocx(await readFile(docxPath));
    expect(docx.text).toContain('Vienna: delegation brief');
    expect(docx.text).toContain('Seminar with Asia-Pacific countries');

    const progress = progressOf(h, 'job-1');
    expect(progress.map((p) => p.stage)).toEqual(['model', 'pdf', 'docx', 'writing', 'done']);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    expect(h.events.refused).toEqual([]);

    // Both files were exported this session, so both may be shown in their folder.
    await h.ok('showInFolder', { filePath: pdfPath });
    await h.ok('showInFolder', { filePath: docxPath });
    expect(h.shell.shownPaths).toEqual([pdfPath, docxPath]);
  });

  it('exports only a DOCX through a DOCX dialog, using the suggested name', async () => {
    h.dialogs.queueSave(path.join(h.filesDir, 'only.docx'));
    const result = await h.ok('exportPack', {
      pack: await twoSeminarPack(),
      formats: ['docx'],
      jobId: 'job-2',
      suggestedName: 'For: colleagues?',
    });
    expect(result).toMatchObject({ docx: { path: path.join(h.filesDir, 'only.docx') } });
    expect(result).not.toHaveProperty('pdf');
    expect(h.dialogs.calls[0]).toMatchObject({
      defaultPath: 'For colleagues.docx',
      filters: [{ extensions: ['docx'] }],
    });
    expect(progressOf(h, 'job-2').map((p) => p.stage)).toEqual(['model', 'docx', 'writing', 'done']);
  });

  it('returns { cancelled: true } when the dialog is cancelled, rendering nothing', async () => {
    let ran = false;
    const runner: ExportRunner = {
      run: async () => {
        ran = true;
        return { ok: false, code: 'export-failed', message: 'should not run' };
      },
    };
    const session = h.restart({ exportRunner: runner });
    session.dialogs.queueSave(null);
    const { pack } = await session.ok('newPack', {});
    expect(await session.ok('exportPack', { pack, formats: ['pdf'], jobId: 'job-3' })).toEqual({ cancelled: true });
    expect(ran).toBe(false);
    expect(session.events.sent).toEqual([]);
  });

  it('refuses a pack naming a seminar that neither its programme nor its catalogue holds, before any dialog', async () => {
    const pack = { ...(await twoSeminarPack()), seminarIds: ['seminar-2020-06-24', 'seminar-1999-01-01'] };
    const result = await h.call('exportPack', { pack, formats: ['pdf'], jobId: 'job-4' });
    expect(result).toMatchObject({
      ok: false,
      code: 'pack-catalogue-mismatch',
      problems: [{ path: 'seminarIds', message: 'no seminar with id "seminar-1999-01-01"' }],
    });
    expect(h.dialogs.calls).toEqual([]);
  });

  it('refuses invalid requests: no format, a format twice, an unknown format, a missing job id', async () => {
    const pack = await twoSeminarPack();
    for (const request of [
      { pack, formats: [], jobId: 'j' },
      { pack, formats: ['pdf', 'docx', 'pdf'], jobId: 'j' },
      { pack, formats: ['odt'], jobId: 'j' },
      { pack, formats: ['pdf'] },
    ])
      expect(await h.call('exportPack', request)).toMatchObject({ ok: false, code: 'invalid-request' });
  });

  it('reports a write failure as a value naming the file', async () => {
    h.dialogs.queueSave(path.join(h.filesDir, 'no-folder', 'brief.pdf'));
    const result = await h.call('exportPack', { pack: await twoSeminarPack(), formats: ['pdf'], jobId: 'job-5' });
    expect(result).toMatchObject({ ok: false, code: 'write-failed' });
    expect(result.ok ? '' : result.message).toMatch(/brief\.pdf.*the folder does not exist/);
  });
});

describe('showInFolder', () => {
  it('shows files saved this session and refuses any other path', async () => {
    const outside = path.join(h.filesDir, 'someone-elses.pdf');
    await writeFile(outside, 'x');
    const refused = await h.call('showInFolder', { filePath: outside });
    expect(refused).toMatchObject({ ok: false, code: 'invalid-request' });
    expect(refused.ok ? '' : refused.message).toContain('someone-elses.pdf');

    h.dialogs.queueSave(path.join(h.filesDir, 'mine.briefpack'));
    const saved = await h.ok('savePack', { pack: await twoSeminarPack(), filePath: null, saveAs: false });
    if ('cancelled' in saved) throw new Error('cancelled');
    await h.ok('showInFolder', { filePath: saved.filePath });
    expect(h.shell.shownPaths).toEqual([saved.filePath]);
  });
});

describe('exportPack never replaces a file unasked (issue 11, §1)', () => {
  it('names the existing DOCX beside the chosen PDF, and leaves it alone when told no', async () => {
    const pack = await twoSeminarPack();
    const minutesDocx = path.join(h.filesDir, 'minutes.docx');
    await writeFile(minutesDocx, 'unrelated minutes');
    h.dialogs.queueSave(path.join(h.filesDir, 'minutes.pdf'));
    h.dialogs.queueReplace(false);
    expect(await h.ok('exportPack', { pack, formats: ['pdf', 'docx'], jobId: 'job-no' })).toEqual({ cancelled: true });
    expect(await readFile(minutesDocx, 'utf8')).toBe('unrelated minutes');
    expect(await readdir(h.filesDir)).toEqual(['minutes.docx']);
    expect(h.dialogs.calls[1]).toEqual({
      kind: 'replace',
      language: 'en',
      folder: h.filesDir,
      existing: ['minutes.docx'],
      writing: ['minutes.pdf', 'minutes.docx'],
      answer: false,
    });

    h.dialogs.queueSave(path.join(h.filesDir, 'minutes.pdf'));
    h.dialogs.queueReplace(true);
    const result = await h.ok('exportPack', { pack, formats: ['pdf', 'docx'], jobId: 'job-yes' });
    expect(result).toMatchObject({ docx: { path: minutesDocx } });
    expect(await readFile(minutesDocx, 'utf8')).not.toBe('unrelated minutes');
  });

  it('asks about a PDF the typed name turns into, and about nothing that does not exist', async () => {
    const pack = await twoSeminarPack();
    await writeFile(path.join(h.filesDir, 'brief.pdf'), 'old');
    h.dialogs.queueSave(path.join(h.filesDir, 'brief'));
    h.dialogs.queueReplace(false);
    expect(await h.ok('exportPack', { pack, formats: ['pdf'], jobId: 'job-1' })).toEqual({ cancelled: true });
    expect(h.dialogs.calls[1]).toMatchObject({ kind: 'replace', existing: ['brief.pdf'] });

    h.dialogs.queueSave(path.join(h.filesDir, 'fresh'));
    await h.ok('exportPack', { pack, formats: ['pdf', 'docx'], jobId: 'job-2' });
    expect(h.dialogs.calls.slice(2).map((call) => call.kind)).toEqual(['save']);
  });

  it('refuses a pack with nothing to print, naming no file and writing none', async () => {
    const pack = await twoSeminarPack();
    const off = Object.fromEntries(Object.keys(pack.sections).map((id) => [id, false])) as Pack['sections'];
    h.dialogs.queueSave(path.join(h.filesDir, 'blank.pdf'));
    expect(
      await h.call('exportPack', { pack: { ...pack, sections: off }, formats: ['pdf'], jobId: 'j' }),
    ).toMatchObject({ ok: false, code: 'nothing-to-print' });
    expect(await readdir(h.filesDir)).toEqual([]);
  });

  it('prints the edition chosen at export, whatever the pack’s old flag says', async () => {
    const pack = {
      ...(await twoSeminarPack()),
      external: false,
      topicBriefs: {
        'what-is-cybercrime': { summary: 'Summary.', pointsToMake: [], background: 'SECRET-BACKGROUND-91' },
      },
    };
    h.dialogs.queueSave(path.join(h.filesDir, 'outside.pdf'));
    await h.ok('exportPack', { pack, formats: ['pdf'], jobId: 'j', edition: 'external' });
    const text = (await readPdf(await readFile(path.join(h.filesDir, 'outside.pdf')))).pages
      .map((page) => page.text)
      .join(' ');
    expect(text).toContain('External edition');
    expect(text).not.toContain('SECRET-BACKGROUND-91');
  });
});
