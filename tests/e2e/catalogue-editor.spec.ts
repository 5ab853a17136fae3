/**
 * The catalogue editor's journey through the real main-process handlers:
 * import a programme with mistakes, correct a speaker's name and a seminar's
 * time in the editor, keep it, build a pack on it, write a brief, save; open
 * that pack in a fresh user-data folder with no catalogue and export it (the
 * same text in PDF and DOCX); change the catalogue and reopen the pack: the
 * change list appears. Screenshots of the editor at 1280×800 and at the
 * window's minimum size (900×600) are kept in test-results/e2e.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { findResourcesDir } from '../../src/main/services/resources';
import { readDocx } from '../helpers/docxText';
import { readPdf } from '../helpers/pdfText';
import { bridgeApiToMainHandlers } from './support/api-bridge';
import { expect, test } from './support/fixtures';

const PROGRAMME = `Cyber diplomacy seminars

A series of seminars for delegations.

24 June 2020 - Seminar on cyber norms

Time: 8.00 a.m. – 9.45 a.m. UTC

Chair: Patryk PAWLAK, Executive Officer, EUISS

What is cybercrime?

Alexnder SEGER, Head of Division, Council of Europe

International cooperation

Jane DOE (TBC), Prosecutor, Ministry of Justice

9 July 2020 - Seminar on capacity building

Time: 1.00 p.m. – 2.30 p.m. UTC

Chair: Patryk PAWLAK, Executive Officer, EUISS

Capacity building

Jane DOE, Prosecutor, Ministry of Justice

Refreshments will be served ~~ at the back
`;

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test.use({ viewport: { width: 1280, height: 800 } });

test('import with mistakes, correct in the editor, build a pack, open it anywhere, see the programme change', async ({
  page,
  appPage,
  bridge,
  filesDir,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const programmePath = join(filesDir, 'cyber-diplomacy.txt');
  await writeFile(programmePath, PROGRAMME);

  // Import: the review says what was read and which line could not be placed.
  bridge.dialogs.queueOpen(programmePath);
  await page.getByRole('button', { name: 'Import programme…' }).click();
  const review = page.getByRole('dialog', { name: 'Import “cyber-diplomacy.txt”' });
  await expect(review).toContainText('Line 29');
  await review.getByRole('button', { name: 'Correct in the editor…' }).click();

  // The editor opens on the import, its notes first.
  const editor = page.getByRole('dialog', { name: 'Correct the import of “cyber-diplomacy.txt”' });
  await expect(editor.getByRole('tab', { name: 'Import notes (1)' })).toHaveAttribute('aria-selected', 'true');
  await expect(editor).toContainText('Line 29: topic heading has no speakers');
  await screenshot(page, testInfo, 'editor-01-import-notes');

  // The seminar's time, typed in Vienna time: 09:00–10:45 there is 07:00–08:45 UTC (summer time).
  await editor.getByRole('tab', { name: 'Seminars' }).click();
  await editor.getByRole('combobox', { name: 'Times typed in' }).selectOption('Europe/Vienna');
  await editor.getByLabel('Start').fill('09:00');
  await editor.getByLabel('End').fill('10:45');
  await expect(editor.getByText(/In UTC:/)).toContainText('24 June 2020 07:00–08:45');
  await editor.getByRole('combobox', { name: 'Time zone announced by the organiser' }).selectOption('Europe/Vienna');
  await screenshot(page, testInfo, 'editor-02-seminar-1280');
  await expectNoSeriousAxeViolations(page);

  // The line that was no session: its heading became one; remove it from the second seminar.
  await editor.getByRole('button', { name: /^9 Jul 2020 Seminar on capacity building/ }).click();
  await editor.getByRole('button', { name: 'Remove “Refreshments will be served ~~ at the back”' }).click();
  await expect(editor.getByRole('textbox', { name: 'Title as written' })).toHaveCount(1);
  await editor.getByRole('heading', { name: 'Sessions' }).scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'editor-02b-sessions-1280');

  // The speaker's name.
  await editor.getByRole('tab', { name: 'People' }).click();
  await editor.getByRole('button', { name: /^Alexnder SEGER/ }).click();
  await editor
    .getByRole('group', { name: 'Alexnder SEGER' })
    .getByRole('textbox', { name: 'Given name' })
    .fill('Alexander');
  await expect(editor.getByRole('list', { name: 'People in this catalogue' })).toContainText('Alexander SEGER');
  await screenshot(page, testInfo, 'editor-03-people-1280');
  await expectNoSeriousAxeViolations(page);

  await page.setViewportSize({ width: 900, height: 600 });
  await editor.getByRole('tab', { name: 'Seminars' }).click();
  await screenshot(page, testInfo, 'editor-04-seminar-900');
  await page.setViewportSize({ width: 1280, height: 800 });

  await editor.getByRole('button', { name: 'Keep this catalogue' }).click();
  await expect(editor).toHaveCount(0);
  await page.getByRole('button', { name: 'Start a new pack with it' }).click();

  // A pack on it: both seminars, a brief, saved.
  const packList = page.getByRole('list', { name: 'Seminars in pack order' });
  const grid = page.getByRole('grid', { name: 'Seminars in the catalogue' });
  await expect(page.getByText('2 of 2 seminars shown')).toBeVisible();
  await expect(grid).toContainText('Seminar on cyber norms');
  await grid.getByRole('gridcell').first().focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(packList.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('textbox', { name: 'Title' }).fill('Cyber diplomacy brief');
  await page.getByRole('tab', { name: 'Topic briefs' }).click();
  await page.getByRole('button', { name: /^What is cybercrime\?/ }).click();
  await page.getByRole('textbox', { name: 'Summary' }).fill('Our line on the definition of cybercrime.');
  const packPath = join(filesDir, 'cyber.briefpack');
  bridge.dialogs.queueSave(packPath);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('banner')).toContainText('cyber.briefpack');
  const saved = JSON.parse(await readFile(packPath, 'utf8')) as {
    programme: { people: { givenName: string }[]; seminars: { start: string }[] };
  };
  expect(saved.programme.people.map((person) => person.givenName)).toContain('Alexander');
  expect(saved.programme.seminars[0]!.start).toBe('2020-06-24T07:00:00Z');

  // Elsewhere: a fresh user-data folder, no catalogue imported. The pack opens and exports.
  const elsewhereRoot = await mkdtemp(join(os.tmpdir(), 'bpb-e2e-elsewhere-'));
  const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    const otherBridge = await bridgeApiToMainHandlers(other, {
      resourcesDir: findResourcesDir(__dirname),
      appOrigin: appPage.url,
      userDataDir: join(elsewhereRoot, 'user-data'),
    });
    await other.goto(`${appPage.url}/index.html`);
    await expect(other.getByRole('grid')).toBeVisible();
    // The file as taken to another computer: a copy (the original stays open, and locked, here).
    const copied = join(elsewhereRoot, 'cyber.briefpack');
    await copyFile(packPath, copied);
    otherBridge.dialogs.queueOpen(copied);
    await other.getByRole('button', { name: 'Open…' }).click();
    await expect(other.getByRole('textbox', { name: 'Title' })).toHaveValue('Cyber diplomacy brief');
    await expect(other.getByRole('list', { name: 'Seminars in pack order' }).getByRole('listitem')).toHaveCount(2);
    const pdfPath = join(elsewhereRoot, 'brief.pdf');
    otherBridge.dialogs.queueSave(pdfPath);
    await other.getByRole('button', { name: 'Export…' }).click();
    const exportDialog = other.getByRole('dialog', { name: 'Export the briefing pack' });
    await exportDialog.getByRole('button', { name: 'Export' }).click();
    await expect(exportDialog).toContainText('brief.docx', { timeout: 60_000 });
    const pdf = await readPdf(await readFile(pdfPath));
    const pdfText = pdf.pages
      .map((p) => p.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    const docx = await readDocx(await readFile(join(elsewhereRoot, 'brief.docx')));
    const docxText = docx.text.replace(/\s+/g, ' ');
    for (const text of [
      'Cyber diplomacy brief',
      'Alexander SEGER',
      'Our line on the definition of cybercrime.',
      'Seminar on cyber norms',
      '07:00–08:45',
    ]) {
      expect(pdfText).toContain(text);
      expect(docxText).toContain(text);
    }
    for (const text of ['Alexnder', 'Refreshments']) {
      expect(pdfText).not.toContain(text);
      expect(docxText).not.toContain(text);
    }
  } finally {
    await other.close();
    await rm(elsewhereRoot, { recursive: true, force: true });
  }

  // Back here: the catalogue changes (a TBC confirmed, a venue set); reopening the pack lists it.
  await page.getByRole('button', { name: 'Edit catalogue…' }).click();
  const edit = page.getByRole('dialog', { name: /^Edit catalogue/ });
  await edit.getByRole('textbox', { name: 'Venue or online platform' }).fill('Online (Zoom)');
  await edit.getByRole('checkbox', { name: 'To be confirmed (TBC)' }).nth(1).uncheck();
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit.getByRole('status')).toContainText('All changes saved.');
  await edit.getByRole('button', { name: 'Close' }).click();
  const changes = page.getByRole('dialog', { name: 'The programme has changed' });
  await expect(changes).toContainText('Online (Zoom)');
  await changes.getByRole('button', { name: 'Keep the pack as it is' }).click();

  bridge.dialogs.queueOpen(packPath);
  await page.getByRole('button', { name: 'Open…' }).click();
  const reopened = page.getByRole('dialog', { name: 'The programme has changed' });
  await expect(reopened).toContainText('venue now “Online (Zoom)”');
  await expect(reopened).toContainText('Jane DOE is confirmed');
  await screenshot(page, testInfo, 'editor-05-changes-on-reopen');
  await reopened.getByRole('button', { name: 'Update the pack' }).click();

  // Importing the original file again would update the catalogue in place: the review says what that would undo.
  bridge.dialogs.queueOpen(programmePath);
  await page.getByRole('button', { name: 'Import programme…' }).click();
  const again = page.getByRole('dialog', { name: 'Import “cyber-diplomacy.txt”' });
  await expect(again).toContainText('already in your catalogues as “Cyber diplomacy seminars”');
  await expect(again).toContainText('moved from 24 June 2020 07:00–08:45 UTC to 24 June 2020 08:00–09:45 UTC');
  await expect(again).toContainText('Alexnder SEGER: the name was corrected.');
  await screenshot(page, testInfo, 'editor-07-reimport-review');
  await again.getByRole('button', { name: 'Discard' }).click();
  const catalogues = await bridge.invoke('listCatalogues', {});
  expect(catalogues.ok && catalogues.data.map((entry) => entry.title)).toEqual([
    'Cybercrime and criminal justice in cyberspace',
    'Cyber diplomacy seminars',
  ]);
  expect(appPage.cspViolations).toEqual([]);
});

test('the built-in catalogue stays read-only: duplicate it and edit the copy, by keyboard', async ({
  page,
  bridge,
}, testInfo) => {
  await page.getByRole('button', { name: 'Edit catalogue…' }).click();
  const manager = page.getByRole('dialog', { name: 'Catalogues' });
  await expect(manager).toContainText('cannot be changed');
  await expect(manager.getByRole('button', { name: /^Duplicate “/ })).toBeFocused();
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press('Enter');
  await manager.getByRole('textbox', { name: 'Name of the copy' }).fill('Our working copy');
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'Edit catalogue “Our working copy”' });
  await expect(editor).toBeVisible();
  await screenshot(page, testInfo, 'editor-06-copy-of-builtin');
  await editor.getByRole('button', { name: 'Add a seminar' }).click();
  await expect(editor.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await page.keyboard.type('Seminar added in the editor');
  await page.keyboard.press('Control+s');
  await expect(editor.getByRole('status')).toContainText('All changes saved.');
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  const catalogues = await bridge.invoke('listCatalogues', {});
  expect(catalogues.ok && catalogues.data.map((entry) => [entry.title, entry.seminarCount])).toEqual([
    ['Cybercrime and criminal justice in cyberspace', 5],
    ['Our working copy', 6],
  ]);
  const builtin = await bridge.invoke('getCatalogue', {});
  expect(builtin.ok && builtin.data.seminars).toHaveLength(5);
});

test.describe('in French', () => {
  test.use({ bridgeOptions: { systemLocale: 'fr-FR' } });

  test('the editor and the list of catalogues speak French', async ({ page, appPage }, testInfo) => {
    await page.getByRole('button', { name: 'Modifier le catalogue…' }).click();
    const manager = page.getByRole('dialog', { name: 'Catalogues' });
    await expect(manager).toContainText('ne peut pas être modifié');
    await page.keyboard.press('Enter');
    await expect(manager.getByRole('textbox', { name: 'Nom de la copie' })).toHaveValue(/^Copie de /);
    await page.keyboard.press('Enter');
    const editor = page.getByRole('dialog', { name: /^Modifier le catalogue « Copie de/ });
    await expect(editor.getByRole('tab', { name: 'Séminaires' })).toHaveAttribute('aria-selected', 'true');
    await editor.getByLabel('Fin').fill('06:00');
    await expect(editor.getByText('L’heure de fin est avant l’heure de début.')).toBeVisible();
    await screenshot(page, testInfo, 'editor-08-french');
    await editor.getByRole('button', { name: 'Défaire', exact: true }).click();
    await expect(editor.getByText('L’heure de fin est avant l’heure de début.')).toHaveCount(0);
    expect(appPage.cspViolations).toEqual([]);
  });
});
