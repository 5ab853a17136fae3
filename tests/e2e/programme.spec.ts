/**
 * An organiser prints one seminar's programme and its calendar file in a few
 * actions: choose "Programme", add the seminar, Export…, tick the calendar,
 * Export. Screenshots are kept in test-results/e2e.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { readPdf } from '../helpers/pdfText';
import { expect, test } from './support/fixtures';

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

test('one seminar’s programme and its calendar in a few actions', async ({
  page,
  appPage,
  bridge,
  filesDir,
}, testInfo) => {
  void appPage;
  // 1. The kind of document.
  await page.getByRole('radio', { name: 'Programme' }).check();
  await expect(page.getByRole('heading', { name: 'Programme details' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Delegation' })).toHaveCount(0);

  // 2. The French seminar (third in the catalogue).
  const firstCell = page.getByRole('grid', { name: 'Seminars in the catalogue' }).getByRole('gridcell').first();
  await firstCell.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const packList = page.getByRole('list', { name: 'Seminars in pack order' });
  await expect(packList.getByRole('listitem')).toHaveCount(1);
  await expect(packList).toContainText('Seminaire dédié aux pays francophones');
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('Formation des Autorités chargées de l’application de la loi');
  await expect(preview).not.toContainText('UNCLASSIFIED');
  await screenshot(page, testInfo, '01-programme-preview');

  // 3–5. Export the PDF with the calendar beside it.
  bridge.dialogs.queueSave(join(filesDir, 'programme'));
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the programme' });
  await expect(dialog.getByRole('group', { name: 'Edition' })).toHaveCount(0);
  await dialog.getByRole('checkbox', { name: 'Word document (DOCX), to edit' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Calendar (iCalendar, .ics)' }).check();
  await screenshot(page, testInfo, '02-export-dialog');
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog).toContainText('programme.ics', { timeout: 30_000 });
  await screenshot(page, testInfo, '03-exported');

  expect((await readdir(filesDir)).sort()).toEqual(['programme.ics', 'programme.pdf']);
  const pdf = await readPdf(await readFile(join(filesDir, 'programme.pdf')));
  const text = pdf.pages.map((sheet) => sheet.text).join(' ');
  expect(text).toContain('Formation des Autorités chargées de l’application de la loi');
  // The chair under the label the programme itself uses.
  expect(text).toContain('Président François DELERUE');
  expect(text).not.toMatch(/UNCLASSIFIED|Délégation/);
  const ics = await readFile(join(filesDir, 'programme.ics'), 'utf8');
  expect(ics).toContain('DTSTART:20200709T080000Z');
  expect(ics).toContain('METHOD:PUBLISH');
});
