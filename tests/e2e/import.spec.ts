import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures';

/** Import… as a user meets it: the review lists unplaced lines by number and asks about an ambiguous zone. */
test('imports a Spanish programme, answers "IST" in the review, and keeps it', async ({
  page,
  appPage,
  bridge,
}, testInfo) => {
  await expect(page.getByRole('grid')).toBeVisible();
  bridge.dialogs.queueOpen(join(__dirname, '../fixtures/programmes/layouts-es.txt'));
  await page.getByRole('button', { name: 'Import programme…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import “layouts-es.txt”' });
  await expect(dialog).toBeVisible();
  const question = dialog.getByRole('group', { name: /Line 13: “IST” is used for more than one time zone/ });
  await expect(question).toBeVisible();
  await expect(dialog.getByText(/Line 8/).first()).toBeVisible();
  const keep = dialog.getByRole('button', { name: 'Keep' });
  await expect(keep).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('import-review.png'), fullPage: true });
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  await question.getByRole('radio', { name: 'Kolkata (Asia/Kolkata)' }).check();
  await expect(keep).toBeEnabled();
  await keep.click();
  await expect(
    page.getByText('“Serie de seminarios web sobre ciberdelincuencia” was added to your catalogues.'),
  ).toBeVisible();
  expect(appPage.cspViolations).toEqual([]);
});
