import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { IPC_CONTRACT, IPC_EVENT_CONTRACT } from '../../src/shared/ipc/contract';

const projectDir = join(__dirname, '../..');
const EXPECTED_API_KEYS = [
  ...Object.keys(IPC_CONTRACT),
  ...Object.keys(IPC_EVENT_CONTRACT).map((event) => `on${event[0]!.toUpperCase()}${event.slice(1)}`),
].sort();

/**
 * Finds the Electron binary the way node_modules/electron does, but without
 * requiring it: its index.js tries to download the binary when it is missing,
 * and these machines have no route to the download host.
 */
function findElectronBinary(): { path?: string; reason?: string } {
  const packageDir = join(projectDir, 'node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const relativePath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const binary = override
    ? join(override, relativePath ?? 'electron')
    : relativePath
      ? join(packageDir, 'dist', relativePath)
      : undefined;
  if (!binary || !existsSync(binary))
    return {
      reason: 'no Electron binary installed (node_modules/electron/dist is missing; it cannot be downloaded here)',
    };
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY'])
    return { reason: 'no display for Electron (run the tests under xvfb-run)' };
  return { path: binary };
}

const electronBinary = findElectronBinary();
if (electronBinary.reason) console.log(`[electron-app.spec] skipped: ${electronBinary.reason}`);

test.describe('the real Electron app', () => {
  test.skip(!electronBinary.path, electronBinary.reason ?? '');

  test('launches securely, opens the sample pack and exports it', async ({ browserName: _browserName }, testInfo) => {
    const workDir = await mkdtemp(join(tmpdir(), 'bpb-electron-'));
    const app = await electron.launch({
      executablePath: electronBinary.path!,
      args: [projectDir, `--user-data-dir=${join(workDir, 'user-data')}`],
      cwd: projectDir,
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('grid', { name: 'Seminars in the catalogue' })).toBeVisible();
      const url = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getURL());
      expect(url).toBe('app://bundle/index.html');
      // Context isolation and no Node integration: the page sees window.api and nothing of Node or Electron.
      const globals = await window.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        apiKeys: Object.keys((globalThis as unknown as { api: object }).api).sort(),
      }));
      expect(globals).toEqual({ require: 'undefined', process: 'undefined', apiKeys: EXPECTED_API_KEYS });

      // Native dialogs cannot be clicked by a test: answer them from the main process.
      const pdfPath = join(workDir, 'sample.pdf');
      await app.evaluate(
        ({ dialog }, paths) => {
          dialog.showOpenDialog = (async () => ({
            canceled: false,
            filePaths: [paths.pack],
          })) as typeof dialog.showOpenDialog;
          dialog.showSaveDialog = (async () => ({
            canceled: false,
            filePath: paths.pdf,
          })) as typeof dialog.showSaveDialog;
        },
        { pack: join(projectDir, 'resources/packs/sample.briefpack'), pdf: pdfPath },
      );
      await window.getByRole('button', { name: 'Open…' }).click();
      await expect(window.getByRole('textbox', { name: 'Title' })).toHaveValue(
        'Cybercrime and criminal justice in cyberspace: delegation brief',
      );
      await window.getByRole('button', { name: 'Export…' }).click();
      const exportDialog = window.getByRole('dialog', { name: 'Export the briefing pack' });
      await exportDialog.getByRole('button', { name: 'Export' }).click();
      await expect(exportDialog).toContainText('sample.docx', { timeout: 60_000 });
      await window.screenshot({ path: testInfo.outputPath('electron-exported.png') });
      expect((await readFile(pdfPath)).subarray(0, 5).toString()).toBe('%PDF-');
      expect((await readFile(join(workDir, 'sample.docx'))).subarray(0, 2).toString()).toBe('PK');
    } finally {
      await app.close();
      await rm(workDir, { recursive: true, force: true });
    }
  });
});
