import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { findResourcesDir } from '../../../src/main/services/resources';
import { type BridgeOptions, type MainBridge, bridgeApiToMainHandlers } from './api-bridge';
import { serveRenderer } from './static-server';

const rendererDir = join(__dirname, '../../../out/renderer');

export interface AppPage {
  url: string;
  cspViolations: string[];
  bridge: MainBridge;
  /** A temporary folder of the test's own for files it saves, exports or prepares (removed afterwards). */
  filesDir: string;
}

/**
 * `appPage`: a page showing the built app, with window.api bridged to the real
 * handlers over a fresh temporary user-data folder; CSP violations fail the
 * test. `bridge` is `appPage.bridge`, `filesDir` is `appPage.filesDir`.
 * `test.use({ bridgeOptions: { exportRunner: 'inline', systemLocale: 'fr-FR' } })` configures main.
 */
export const test = base.extend<{
  bridgeOptions: BridgeOptions;
  appPage: AppPage;
  bridge: MainBridge;
  filesDir: string;
}>({
  bridgeOptions: [{}, { option: true }],
  appPage: async ({ page, bridgeOptions }, use) => {
    if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('Run `npm run build` before the e2e tests.');
    const root = await mkdtemp(join(os.tmpdir(), 'bpb-e2e-'));
    const filesDir = join(root, 'files');
    await mkdir(filesDir);
    const server = await serveRenderer(rendererDir);
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        cspViolations.push(message.text());
    });
    const bridge = await bridgeApiToMainHandlers(page, {
      ...bridgeOptions,
      resourcesDir: findResourcesDir(__dirname),
      appOrigin: server.url,
      userDataDir: join(root, 'user-data'),
    });
    // The console message is one signal; the DOM event catches violations that log nothing.
    await page.exposeBinding('__fixtureCspViolation', (_source, text: string) => cspViolations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __fixtureCspViolation: (text: string) => void }).__fixtureCspViolation;
        void report(`${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    await page.goto(`${server.url}/index.html`);
    try {
      await use({ url: server.url, cspViolations, bridge, filesDir });
    } finally {
      await server.close();
      await rm(root, { recursive: true, force: true });
    }
  },
  bridge: async ({ appPage }, use) => use(appPage.bridge),
  filesDir: async ({ appPage }, use) => use(appPage.filesDir),
});
export { expect };
