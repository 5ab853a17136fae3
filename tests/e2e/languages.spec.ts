/**
 * The interface in the six UN languages (issue 16): the system's language by
 * default, the whole window right to left in Arabic, the fonts of the PDF for
 * every script, and no label cut off, at 1280×800 and at the smallest window
 * (900×600). Screenshots are kept in test-results/e2e.
 */
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { cutLabels, overflowsSideways, squeezedPanes } from './support/layout-checks';

const LANGUAGES = [
  { code: 'ar', locale: 'ar-EG', dir: 'rtl', save: 'حفظ', pack: 'ملف الإحاطة الخاص بك', script: 'ع' },
  { code: 'zh', locale: 'zh-CN', dir: 'ltr', save: '保存', pack: '您的简报材料', script: '中' },
  { code: 'ru', locale: 'ru-RU', dir: 'ltr', save: 'Сохранить', pack: 'Ваш пакет', script: 'Ж' },
  { code: 'en', locale: 'en-GB', dir: 'ltr', save: 'Save', pack: 'Your pack', script: 'A' },
  { code: 'fr', locale: 'fr-FR', dir: 'ltr', save: 'Enregistrer', pack: 'Votre dossier', script: 'é' },
  { code: 'es', locale: 'es-ES', dir: 'ltr', save: 'Guardar', pack: 'Su dosier', script: 'ñ' },
] as const;

const SIZES = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: 'minimum-900x600', width: 900, height: 600 },
] as const;

async function addFirstSeminars(page: Page, count: number): Promise<void> {
  const firstCell = page.locator('.seminar-grid [role="gridcell"]').first();
  await expect(firstCell).toBeVisible();
  await firstCell.focus();
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
  }
}

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

for (const language of LANGUAGES) {
  test.describe(`the interface in ${language.code}`, () => {
    test.use({ bridgeOptions: { systemLocale: language.locale } });

    test(`follows the system language (${language.locale}), nothing cut off at 1280×800 and 900×600`, async ({
      page,
      appPage,
    }, testInfo) => {
      await expect(page.getByRole('button', { name: language.save, exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: language.pack })).toBeVisible();
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
        language.code,
        language.dir,
      ]);
      await addFirstSeminars(page, 2);
      // The fonts of the PDF, from the app's own bundle.
      expect(
        await page.evaluate(
          async (sample) => {
            await document.fonts.ready;
            return document.fonts.check(`16px "${sample.family}"`, sample.text);
          },
          language.code === 'ar'
            ? { family: 'Noto Sans Arabic', text: language.script }
            : language.code === 'zh'
              ? { family: 'Noto Sans SC', text: language.script }
              : { family: 'Noto Sans', text: language.script },
        ),
      ).toBe(true);
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        for (const pane of ['.pane-catalogue', '.pane-pack', '.pane-preview'])
          await page.locator(pane).evaluate((element) => element.scrollTo(0, 0));
        expect(await cutLabels(page), size.name).toEqual([]);
        expect(await overflowsSideways(page), size.name).toBe(false);
        expect(await squeezedPanes(page), size.name).toEqual([]);
        await screenshot(page, testInfo, `${language.code}-${size.name}`);
      }
      expect(appPage.cspViolations).toEqual([]);
    });
  });
}

test.describe('an Arabic pack in an English interface', () => {
  test.use({ bridgeOptions: { systemLocale: 'en-GB' } });

  test('is previewed right to left, in Noto Sans Arabic; the window stays left to right', async ({
    page,
    appPage,
  }, testInfo) => {
    await addFirstSeminars(page, 2);
    await page.getByRole('combobox', { name: 'Language of the pack' }).selectOption('ar');
    const sheets = page.locator('.preview-sheets');
    await expect(sheets).toHaveAttribute('dir', 'rtl');
    await expect(sheets).toHaveAttribute('lang', 'ar');
    await expect(sheets.getByText('جدول الأعمال').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(
      await page.evaluate(async () => {
        await document.fonts.ready;
        return document.fonts.check('16px "Noto Sans Arabic"', 'ع');
      }),
    ).toBe(true);
    expect(appPage.cspViolations).toEqual([]);
    await screenshot(page, testInfo, 'arabic-pack-preview');
  });
});
