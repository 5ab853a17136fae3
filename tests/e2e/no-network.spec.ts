/**
 * No network: every request the page makes while a user builds and exports a pack
 * goes to the app's own origin, and nothing breaks the Content Security Policy
 * (console reports and `securitypolicyviolation` events both fail the test).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

interface Recorder {
  requests: string[];
  violations: string[];
}

/**
 * Records every request of the browser context and every CSP violation event, then
 * reloads the page so the recording covers the whole session from the first load.
 */
async function recordFromFirstLoad(page: Page): Promise<Recorder> {
  const recorder: Recorder = { requests: [], violations: [] };
  page.context().on('request', (request) => recorder.requests.push(request.url()));
  await page.exposeFunction('__reportCspViolation', (report: string) => recorder.violations.push(report));
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportCspViolation: (report: string) => void }).__reportCspViolation;
    document.addEventListener('securitypolicyviolation', (event) =>
      report(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`),
    );
  });
  await page.reload();
  return recorder;
}

function foreignRequests(requests: string[], appUrl: string): string[] {
  const origin = new URL(appUrl).origin;
  return requests.filter((url) => {
    try {
      return new URL(url).origin !== origin;
    } catch {
      return true;
    }
  });
}

test('building and exporting a pack requests nothing but the app origin and breaks no CSP rule', async ({
  page,
  appPage,
  bridge,
  filesDir,
}) => {
  const recorder = await recordFromFirstLoad(page);
  const packList = page.getByRole('list', { name: 'Seminars in pack order' });
  const preview = page.getByRole('region', { name: 'Preview' });
  // One seminar (a new pack starts empty).
  await expect(page.getByText(/^First step: choose the seminars this pack covers/)).toBeVisible();
  const firstCell = page.getByRole('grid', { name: 'Seminars in the catalogue' }).getByRole('gridcell').first();
  await firstCell.focus();
  await page.keyboard.press('Enter');
  await expect(packList.getByRole('listitem')).toHaveCount(1);

  // A time zone.
  const zones = page.getByRole('combobox', { name: 'Time zones' });
  await zones.fill('Vienna');
  await zones.press('ArrowDown');
  await zones.press('Enter');
  await expect(page.getByRole('list', { name: 'Time zones shown in the agenda' })).toContainText(/Vienna/);

  // A topic brief.
  await page.getByRole('tab', { name: 'Topic briefs' }).click();
  await page.getByRole('button', { name: /^What is cybercrime\?/ }).click();
  await page.getByRole('textbox', { name: 'Summary' }).fill('Offline summary <img src="https://example.org/x.png">');
  await expect(preview).toContainText('Offline summary <img src="https://example.org/x.png">');

  // Export PDF and DOCX.
  const pdfPath = join(filesDir, 'offline.pdf');
  bridge.dialogs.queueSave(pdfPath);
  await page.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export the briefing pack' });
  await exportDialog.getByRole('button', { name: 'Export' }).click();
  await expect(exportDialog).toContainText('offline.docx', { timeout: 30_000 });
  expect((await readFile(pdfPath)).subarray(0, 5).toString()).toBe('%PDF-');
  expect((await readFile(join(filesDir, 'offline.docx'))).subarray(0, 2).toString()).toBe('PK');
  await page.keyboard.press('Escape');

  expect(recorder.requests.length).toBeGreaterThan(0); // the recorder saw the page load
  expect(foreignRequests(recorder.requests, appPage.url)).toEqual([]);
  expect(recorder.violations).toEqual([]);
  expect(appPage.cspViolations).toEqual([]);
});

test('the recorder and the CSP catch a request to another origin (the check above can fail)', async ({
  page,
  appPage,
}) => {
  const recorder = await recordFromFirstLoad(page);
  await expect(page.getByText(/^First step: choose the seminars this pack covers/)).toBeVisible();
  const fetched = await page.evaluate(() =>
    fetch('https://example.org/x.json').then(
      () => 'fetched',
      () => 'blocked',
    ),
  );
  expect(fetched).toBe('blocked');
  await expect.poll(() => recorder.violations.join('\n')).toContain('connect-src');
  expect(recorder.violations.join('\n')).toContain('https://example.org/x.json');
  expect(appPage.cspViolations.length).toBeGreaterThan(0);
});
