/**
 * Script and HTML typed into the title and a topic brief show as literal text in
 * the interface and the preview: no dialog or alert fires, no new <script> or
 * <img> element appears, and no CSP violation is reported.
 */
import { expect, test } from './support/fixtures';

const PAYLOAD = '<img src=x onerror=alert(1)><script>alert(1)</script>';

test('script and HTML in the title and a topic brief stay literal text', async ({ page, appPage }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const preview = page.getByRole('region', { name: 'Preview' });
  // A new pack starts empty: one seminar gives the brief editor its topics.
  await page.getByRole('grid', { name: 'Seminars in the catalogue' }).getByRole('gridcell').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Seminars in pack order' }).getByRole('listitem')).toHaveCount(1);
  const countElements = () =>
    page.evaluate(() => ({
      scripts: document.querySelectorAll('script').length,
      images: document.querySelectorAll('img').length,
    }));
  const before = await countElements();

  await page.getByRole('textbox', { name: 'Title' }).fill(PAYLOAD);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(PAYLOAD);
  await page.getByRole('tab', { name: 'Topic briefs' }).click();
  await page.getByRole('button', { name: /^What is cybercrime\?/ }).click();
  await page.getByRole('textbox', { name: 'Summary' }).fill(`Summary ${PAYLOAD}`);

  await expect(preview).toContainText(PAYLOAD);
  await expect(preview).toContainText(`Summary ${PAYLOAD}`);
  expect(await countElements()).toEqual(before);
  expect(
    await page.evaluate(() => [...document.querySelectorAll('[onerror], [src="x"]')].map((el) => el.outerHTML)),
  ).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(appPage.cspViolations).toEqual([]);
});
