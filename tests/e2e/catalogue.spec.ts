import { expect, test } from './support/fixtures';

test('shows the built-in seminars through window.api', async ({ page, appPage }, testInfo) => {
  const seminars = page.getByRole('listitem');
  await expect(seminars).toHaveCount(5);
  await expect(seminars.nth(0)).toContainText('Seminar with Asia-Pacific countries');
  await expect(seminars.nth(0)).toContainText('Patryk PAWLAK, Brussels Executive Officer, EUISS');
  await expect(seminars.nth(2)).toContainText('Seminaire dédié aux pays francophones du continent africain');
  await expect(seminars.nth(2)).toContainText('Français');
  await expect(seminars.nth(4)).toContainText('2 TBC');
  // Keyboard: each seminar can be reached with Tab and shows its focus.
  await page.keyboard.press('Tab');
  await expect(seminars.nth(0)).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('catalogue.png'), fullPage: true });
  expect(appPage.cspViolations).toEqual([]);
});

test('the bridged API refuses malformed requests as values', async ({ page, appPage }) => {
  expect(appPage.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
  await expect(page.getByRole('listitem')).toHaveCount(5);
  const result = await page.evaluate(() =>
    (window as unknown as { api: { listSeminars: (r: unknown) => Promise<unknown> } }).api.listSeminars({ x: 1 }),
  );
  expect(result).toMatchObject({ ok: false, code: 'invalid-request' });
});
