/**
 * The desktop app's main journeys, in the built renderer with window.api
 * bridged to the real main-process handlers (temporary user-data folder,
 * dialogs answered by the test). Screenshots of each main screen are kept in
 * test-results/e2e as artifacts.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { readDocx } from '../helpers/docxText';
import { readPdf } from '../helpers/pdfText';
import { expect, test } from './support/fixtures';

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}

async function addTimeZone(page: Page, search: string, expectedChip: RegExp): Promise<void> {
  const input = page.getByRole('combobox', { name: 'Time zones' });
  await input.fill(search);
  await input.press('ArrowDown');
  await input.press('Enter');
  await expect(page.getByRole('list', { name: 'Time zones shown in the agenda' })).toContainText(expectedChip);
}

test('pick two seminars, drop a topic, write a brief and a bio, export, save and reopen', async ({
  page,
  appPage,
  bridge,
  filesDir,
}, testInfo) => {
  const preview = page.getByRole('region', { name: 'Preview' });
  const packList = page.getByRole('list', { name: 'Seminars in pack order' });
  // A new pack starts empty, with its first step said.
  await expect(page.getByText(/^First step: choose the seminars this pack covers/)).toBeVisible();
  await expect(packList).toHaveCount(0);
  await screenshot(page, testInfo, '01-start');
  await expectNoSeriousAxeViolations(page);

  // Seminars: add two with the keyboard.
  const firstCell = page.getByRole('grid', { name: 'Seminars in the catalogue' }).getByRole('gridcell').first();
  await firstCell.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(packList.getByRole('listitem')).toHaveCount(2);
  await expect(packList.getByRole('listitem').nth(0)).toContainText('Seminar with Asia-Pacific countries');
  await expect(packList.getByRole('listitem').nth(1)).toContainText('Seminaire dédié aux pays francophones');

  // Topics, title and time zones.
  await page.getByRole('checkbox', { name: 'Capacity building' }).uncheck();
  await page.getByRole('textbox', { name: 'Title' }).fill('Cybercrime seminars: delegation brief');
  await page.getByRole('textbox', { name: 'Reference' }).fill('E2E/2020/7');
  await addTimeZone(page, 'New York', /New York/);
  await addTimeZone(page, 'Vienna', /Vienna/);
  await expect(preview).toContainText('New York (UTC−4)');
  await expect(preview).toContainText('03:00–04:45');
  await expect(preview).toContainText('Vienna (UTC+2)');
  await expect(preview).toContainText('09:00–10:45');
  await expect(preview).not.toContainText('Leotrina MACOMBER'); // capacity building was dropped
  await expect(page.getByRole('banner').getByRole('img', { name: 'Unsaved changes' })).toBeVisible();
  await screenshot(page, testInfo, '02-pack');

  // A topic brief.
  await page.getByRole('tab', { name: 'Topic briefs' }).click();
  await page.getByRole('button', { name: /^What is cybercrime\?/ }).click();
  await page.getByRole('textbox', { name: 'Summary' }).fill('Our summary of the cybercrime concept.');
  await page.getByRole('button', { name: 'Add a point' }).click();
  await page.keyboard.type('Support a criminal-justice treaty.');
  await page
    .getByRole('textbox', { name: 'Background (not for disclosure)' })
    .fill('Internal line: capital is divided.');
  await expect(preview).toContainText('Our summary of the cybercrime concept.');
  await expect(preview).toContainText('Support a criminal-justice treaty.');
  await expect(preview).toContainText('Internal line: capital is divided.');
  await screenshot(page, testInfo, '03-topic-briefs');
  await expectNoSeriousAxeViolations(page);

  // A speaker bio.
  await page.getByRole('tab', { name: 'Speakers' }).click();
  await page.getByRole('searchbox', { name: 'Search people' }).fill('seger');
  await page.getByRole('button', { name: /^Alexander SEGER/ }).click();
  await page.getByRole('textbox', { name: 'Your text for this pack (English)' }).fill('Heads the cybercrime division.');
  await expect(preview).toContainText('Heads the cybercrime division.');
  await screenshot(page, testInfo, '04-speakers');

  // Export both formats through the save dialog.
  const pdfPath = join(filesDir, 'brief.pdf');
  bridge.dialogs.queueSave(pdfPath);
  await page.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export the briefing pack' });
  await exportDialog.getByRole('button', { name: 'Export' }).click();
  await expect(exportDialog).toContainText('brief.docx', { timeout: 30_000 });
  await screenshot(page, testInfo, '05-exported');
  await exportDialog.getByRole('button', { name: /Show in folder.*PDF/ }).click();
  expect(bridge.shell.shownPaths).toEqual([pdfPath]);
  await page.keyboard.press('Escape');

  const docx = await readDocx(await readFile(join(filesDir, 'brief.docx')));
  for (const text of [
    'Cybercrime seminars: delegation brief',
    'New York (UTC−4)',
    'Our summary of the cybercrime concept.',
    'Support a criminal-justice treaty.',
    'Internal line: capital is divided.',
    'Heads the cybercrime division.',
  ])
    expect(docx.text).toContain(text);
  expect(docx.text).not.toContain('Leotrina MACOMBER');
  const pdf = await readPdf(await readFile(pdfPath));
  const pdfText = pdf.pages.map((page) => page.text).join(' ');
  for (const text of ['New York (UTC−4)', '03:00–04:45', 'Heads the cybercrime division.', 'E2E/2020/7'])
    expect(pdfText).toContain(text);
  expect(pdfText).not.toContain('Leotrina MACOMBER');

  // Save, start a new pack, reopen the file and find the same pack.
  const packPath = join(filesDir, 'delegation.briefpack');
  bridge.dialogs.queueSave(packPath);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('banner')).toContainText('delegation.briefpack');
  await expect(page.getByRole('banner').getByRole('img', { name: 'Unsaved changes' })).toHaveCount(0);
  const saved = JSON.parse(await readFile(packPath, 'utf8')) as Record<string, unknown>;
  expect(saved).toMatchObject({
    format: 'briefing-pack',
    version: 2,
    title: 'Cybercrime seminars: delegation brief',
    seminarIds: ['seminar-2020-06-24', 'seminar-2020-07-09'],
    timeZones: ['America/New_York', 'Europe/Vienna'],
    topicIds: ['what-is-cybercrime', 'global-legislation', 'international-cooperation'],
  });

  await page.getByRole('button', { name: 'New' }).click();
  await page.getByRole('tab', { name: 'Pack' }).click();
  await expect(packList).toHaveCount(0);
  bridge.dialogs.queueOpen(packPath);
  await page.getByRole('button', { name: 'Open…' }).click();
  await expect(packList.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Cybercrime seminars: delegation brief');
  await expect(page.getByRole('checkbox', { name: 'Capacity building' })).not.toBeChecked();
  await expect(preview).toContainText('Heads the cybercrime division.');
  expect(appPage.cspViolations).toEqual([]);
});

test('offers the recovery copy after a crash and restores the unsaved work', async ({ page, bridge }, testInfo) => {
  await page.getByRole('textbox', { name: 'Title' }).fill('Work in progress before the crash');
  // The recovery copy is written a few seconds after the last edit.
  const recoveryDir = join(bridge.userDataDir, 'recovery');
  await expect
    .poll(
      async () => {
        const [file] = await readdir(recoveryDir).catch(() => []);
        return file ? await readFile(join(recoveryDir, file), 'utf8') : '';
      },
      { timeout: 15_000 },
    )
    .toContain('Work in progress before the crash');
  await bridge.restart({ crash: true });
  const prompt = page.getByRole('dialog', { name: 'Recover unsaved work' });
  await expect(prompt).toBeVisible();
  await screenshot(page, testInfo, '06-recovery');
  await prompt.getByRole('button', { name: /^Restore/ }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Work in progress before the crash');
  await expect(page.getByRole('banner').getByRole('img', { name: 'Unsaved changes' })).toBeVisible();
});

test('switches the interface to French and Spanish', async ({ page, appPage }, testInfo) => {
  expect(appPage.cspViolations).toEqual([]);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'Français' }).check();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Enregistrer', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await screenshot(page, testInfo, '07-french');
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('button', { name: 'Paramètres' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'Español' }).check();
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('button', { name: 'Guardar', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await screenshot(page, testInfo, '08-spanish');
});
