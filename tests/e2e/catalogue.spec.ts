import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures';

test('starts with a new pack of the built-in catalogue, shown through window.api', async ({
  page,
  appPage,
}, testInfo) => {
  const grid = page.getByRole('grid');
  await expect(grid).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('start.png'), fullPage: true });
  const axe = await new AxeBuilder({ page }).analyze();
  console.log(JSON.stringify(axe.violations.map((v) => [v.id, v.impact, v.nodes.length])));
  expect(appPage.cspViolations).toEqual([]);
});
