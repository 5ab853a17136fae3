/**
 * What a person saw (issue 11): the frame that never scrolls, the export that
 * says what it does and replaces nothing unasked, the panes by keyboard, and the
 * French and Spanish screens. Screenshots are kept in test-results/e2e.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { cutLabels } from './support/layout-checks';

test.use({ viewport: { width: 1280, height: 840 } });

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

async function addFirstSeminars(page: Page, count: number): Promise<void> {
  const firstCell = page.getByRole('grid', { name: 'Seminars in the catalogue' }).getByRole('gridcell').first();
  await firstCell.focus();
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
  }
  await expect(page.getByRole('list', { name: 'Seminars in pack order' }).getByRole('listitem')).toHaveCount(count);
}

/** Every scroll position of the frame: the document, body, the root and the app grid. */
function frameScroll(page: Page) {
  return page.evaluate(() => ({
    window: window.scrollY,
    document: document.scrollingElement?.scrollTop ?? 0,
    body: document.body.scrollTop,
    root: document.getElementById('root')?.scrollTop ?? 0,
    app: document.querySelector('.app')?.scrollTop ?? 0,
    headerTop: document.querySelector('.app-header')?.getBoundingClientRect().top ?? -1,
  }));
}

const STILL = { window: 0, document: 0, body: 0, root: 0, app: 0, headerTop: 0 };

test('the app frame never scrolls at 1280×840: the wheel over the header or past a pane’s end moves nothing', async ({
  page,
  appPage,
}, testInfo) => {
  expect(appPage.cspViolations).toEqual([]);
  await addFirstSeminars(page, 5);
  const header = page.locator('.app-header');
  const box = (await header.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 3000);
  await page.waitForTimeout(200);
  expect(await frameScroll(page)).toEqual(STILL);

  // Past the end of each pane: the pane scrolls to its end, the frame stays.
  for (const selector of ['.pane-catalogue', '.pane-pack', '.pane-preview']) {
    const pane = (await page.locator(selector).boundingBox())!;
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height - 20);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(200);
    expect(await frameScroll(page), selector).toEqual(STILL);
  }
  // Focus far down a pane does not drag the frame either.
  await page.getByRole('tab', { name: 'Speakers' }).focus();
  await page.keyboard.press('End');
  expect(await frameScroll(page)).toEqual(STILL);
  await screenshot(page, testInfo, 'frame-after-wheel');
});

test('F6 moves between the three panes', async ({ page, appPage }) => {
  expect(appPage.cspViolations).toEqual([]);
  await expect(page.getByRole('grid', { name: 'Seminars in the catalogue' })).toBeVisible();
  await page.keyboard.press('F6');
  await expect(page.getByRole('heading', { level: 2, name: 'Catalogue' })).toBeFocused();
  await page.keyboard.press('F6');
  await expect(page.getByRole('heading', { level: 2, name: 'Your pack' })).toBeFocused();
  await page.keyboard.press('F6');
  await expect(page.getByRole('heading', { level: 2, name: 'Preview' })).toBeFocused();
  await page.keyboard.press('Shift+F6');
  await expect(page.getByRole('heading', { level: 2, name: 'Your pack' })).toBeFocused();
});

test('the date field’s last focus stop has the same visible ring as the other fields', async ({
  page,
  appPage,
}, testInfo) => {
  expect(appPage.cspViolations).toEqual([]);
  const date = page.getByRole('group', { name: 'Date', exact: true });
  await date.getByRole('textbox', { name: 'Day' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const year = date.getByRole('textbox', { name: 'Year' });
  await expect(year).toBeFocused();
  const ring = (element: Element) => {
    const style = getComputedStyle(element);
    return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
  };
  const yearRing = await year.evaluate(ring);
  await page.keyboard.press('Shift+Tab');
  const monthRing = await date.getByRole('combobox', { name: 'Month' }).evaluate(ring);
  await page.getByRole('textbox', { name: 'Reference' }).focus();
  await page.keyboard.press('Tab');
  const dayRing = await date.getByRole('textbox', { name: 'Day' }).evaluate(ring);
  expect(yearRing).toMatch(/^solid 3px/);
  expect(new Set([yearRing, monthRing, dayRing]).size).toBe(1);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await screenshot(page, testInfo, 'date-year-focus');
});

test('export “PDF and DOCX” names both files, and asks before replacing an unrelated minutes.docx', async ({
  page,
  bridge,
  filesDir,
}, testInfo) => {
  await addFirstSeminars(page, 2);
  const minutes = join(filesDir, 'minutes.docx');
  await writeFile(minutes, 'the minutes of another meeting');

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the briefing pack' });
  const summary = dialog.getByRole('region', { name: 'What the file will hold' });
  await expect(summary).toContainText('Briefing pack');
  await expect(summary).toContainText('English');
  await expect(summary).toContainText('Internal');
  await expect(summary).toContainText('A4');
  await expect(summary).toContainText('.pdf” and “');
  await screenshot(page, testInfo, 'export-summary');

  // Told no: nothing is written, minutes.docx is left as it was.
  bridge.dialogs.queueSave(join(filesDir, 'minutes.pdf'));
  bridge.dialogs.queueReplace(false);
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog).toBeHidden();
  expect(await readFile(minutes, 'utf8')).toBe('the minutes of another meeting');
  expect(bridge.dialogs.calls.at(-1)).toMatchObject({
    kind: 'replace',
    existing: ['minutes.docx'],
    writing: ['minutes.pdf', 'minutes.docx'],
    answer: false,
  });

  // Told yes: both are written.
  await page.getByRole('button', { name: 'Export…' }).click();
  bridge.dialogs.queueSave(join(filesDir, 'minutes.pdf'));
  bridge.dialogs.queueReplace(true);
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog).toContainText('minutes.docx', { timeout: 30_000 });
  expect(await readFile(minutes, 'utf8')).not.toBe('the minutes of another meeting');
});

test('the external edition of a RESTRICTED pack asks whether the marking still applies', async ({
  page,
  appPage,
}, testInfo) => {
  expect(appPage.cspViolations).toEqual([]);
  await addFirstSeminars(page, 1);
  await page.getByRole('combobox', { name: 'Classification marking' }).fill('RESTRICTED');
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the briefing pack' });
  await dialog.getByRole('radio', { name: /^External/ }).check();
  await expect(dialog.getByRole('group', { name: /marked “RESTRICTED”/ })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Export' })).toBeDisabled();
  await screenshot(page, testInfo, 'export-marking-question');
});

test('French and Spanish screens: markings, dates and labels in the interface language, nothing cut off', async ({
  page,
  appPage,
}, testInfo) => {
  expect(appPage.cspViolations).toEqual([]);
  await addFirstSeminars(page, 2);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'Français' }).check();
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Enregistrer', exact: true })).toBeVisible();

  const dateGroup = page.getByRole('group', { name: 'Date', exact: true });
  await expect(dateGroup.getByRole('combobox', { name: 'Mois' })).toBeVisible();
  const order = await dateGroup
    .locator('input, select')
    .evaluateAll((controls) => controls.map((control) => control.getAttribute('aria-label')));
  expect(order).toEqual(['Jour', 'Mois', 'Année']);
  expect(await page.locator('datalist option[value="DIFFUSION RESTREINTE"]').count()).toBeGreaterThan(0);

  await page.locator('.pane-catalogue').evaluate((pane) => pane.scrollTo(0, 0));
  await page.locator('.pane-pack').evaluate((pane) => pane.scrollTo(0, 0));
  // Labels are whole: no control's text is wider than its box, and no button breaks its words over two lines.
  expect(await cutLabels(page)).toEqual([]);
  await screenshot(page, testInfo, 'french');

  await page.getByRole('button', { name: 'Paramètres' }).click();
  await page.getByRole('dialog').getByRole('radio', { name: 'Español' }).check();
  await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('button', { name: 'Guardar', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Su dosier' })).toBeVisible();
  expect(await cutLabels(page)).toEqual([]);
  await screenshot(page, testInfo, 'spanish');
});
