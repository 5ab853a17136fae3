import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { findResourcesDir } from '../../../src/main/services/resources';
import { bridgeApiToMainHandlers } from './api-bridge';
import { serveRenderer } from './static-server';

const rendererDir = join(__dirname, '../../../out/renderer');

/** A page showing the built app, with window.api bridged to the real handlers; CSP violations fail the test. */
export const test = base.extend<{ appPage: { url: string; cspViolations: string[] } }>({
  appPage: async ({ page }, use) => {
    if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('Run `npm run build` before the e2e tests.');
    const server = await serveRenderer(rendererDir);
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        cspViolations.push(message.text());
    });
    await bridgeApiToMainHandlers(page, { resourcesDir: findResourcesDir(__dirname), appOrigin: server.url });
    await page.goto(`${server.url}/index.html`);
    await use({ url: server.url, cspViolations });
    await server.close();
  },
});
export { expect };
