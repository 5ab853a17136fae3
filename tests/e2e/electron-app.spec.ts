import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const projectDir = join(__dirname, '../..');

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

  test('launches with a secure window and shows the built-in seminars', async () => {
    const app = await electron.launch({ executablePath: electronBinary.path!, args: [projectDir], cwd: projectDir });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('listitem')).toHaveCount(5);
      const url = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getURL());
      expect(url).toBe('app://bundle/index.html');
      // Context isolation and no Node integration: the page sees window.api and nothing of Node or Electron.
      const globals = await window.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        apiKeys: Object.keys((globalThis as unknown as { api: object }).api).sort(),
      }));
      expect(globals).toEqual({
        require: 'undefined',
        process: 'undefined',
        apiKeys: ['getCatalogue', 'listSeminars'],
      });
    } finally {
      await app.close();
    }
  });
});
