/**
 * Checks the bridge itself (not the interface): window.api reaches the real
 * handlers, events reach the page's listeners in order and before the reply,
 * dialogs answer from the test's queue, and a restart after a crash finds the
 * recovery copy. Renderer tests build on these guarantees.
 */
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { BriefingApi } from '../../../src/shared/ipc/contract';
import { expect, test } from './fixtures';

declare const api: BriefingApi;

test('window.api calls the real handlers and main events reach the page in order', async ({
  page,
  bridge,
  filesDir,
}) => {
  await page.evaluate(() => {
    const seen: unknown[] = [];
    (window as unknown as { seen: unknown[] }).seen = seen;
    api.onExportProgress((progress) => seen.push(progress.stage));
    api.onMenuCommand((command) => seen.push(command));
  });
  await bridge.menuCommand({ command: 'export' });

  const pdfPath = join(filesDir, 'brief.pdf');
  bridge.dialogs.queueSave(pdfPath);
  const result = await page.evaluate(async () => {
    const opened = await api.newPack({});
    if (!opened.ok) throw new Error(opened.message);
    const pack = { ...opened.data.pack, seminarIds: ['seminar-2020-06-24'] };
    const exported = await api.exportPack({ pack, formats: ['pdf', 'docx'], jobId: 'e2e' });
    // Every progress event was dispatched before the reply arrived.
    return { exported, seen: [...(window as unknown as { seen: unknown[] }).seen] };
  });
  expect(result.exported).toMatchObject({
    ok: true,
    data: { pdf: { path: pdfPath }, docx: { path: join(filesDir, 'brief.docx') } },
  });
  expect(result.seen).toEqual([{ command: 'export' }, 'model', 'pdf', 'docx', 'writing', 'done']);
  expect((await readFile(pdfPath)).subarray(0, 5).toString()).toBe('%PDF-');
  expect(bridge.dialogs.calls.map((call) => call.kind)).toEqual(['save']);

  await page.evaluate((path) => api.showInFolder({ filePath: path }), pdfPath);
  expect(bridge.shell.shownPaths).toEqual([pdfPath]);
  expect(bridge.events.refused).toEqual([]);
});

test('an unqueued dialog is cancelled; unsubscribed listeners stop receiving', async ({ page, bridge }) => {
  expect(await page.evaluate(() => api.openPack({}))).toEqual({ ok: true, data: { cancelled: true } });
  await page.evaluate(() => {
    const stop = api.onMenuCommand(() => ((window as unknown as { count: number }).count += 1));
    (window as unknown as { count: number; stop: () => void }).count = 0;
    (window as unknown as { stop: () => void }).stop = stop;
  });
  await bridge.menuCommand({ command: 'new' });
  await page.evaluate(() => (window as unknown as { stop: () => void }).stop());
  await bridge.menuCommand({ command: 'new' });
  expect(await page.evaluate(() => (window as unknown as { count: number }).count)).toBe(1);
});

test('after a crash, the restarted app offers the recovery copy; after a clean quit it does not', async ({
  page,
  bridge,
}) => {
  await page.evaluate(async () => {
    const opened = await api.newPack({});
    if (!opened.ok) throw new Error(opened.message);
    await api.writeRecovery({
      pack: { ...opened.data.pack, title: 'Unsaved work' },
      filePath: null,
      displayName: 'Untitled',
    });
  });
  await bridge.restart({ crash: true });
  const listed = await page.evaluate(() => api.listRecovery({}));
  expect(listed).toMatchObject({ ok: true, data: [{ displayName: 'Untitled', filePath: null, newerThanFile: true }] });
  const restored = await page.evaluate(async () => {
    const entries = await api.listRecovery({});
    if (!entries.ok || !entries.data[0]) throw new Error('no copy');
    return api.restoreRecovery({ id: entries.data[0].id });
  });
  expect(restored).toMatchObject({ ok: true, data: { pack: { title: 'Unsaved work' } } });
  await bridge.restart();
  expect(await page.evaluate(() => api.listRecovery({}))).toEqual({ ok: true, data: [] });
});
