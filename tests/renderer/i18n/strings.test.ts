import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, fillPlaceholders, resolveUiLanguage, uiDirection } from '../../../src/renderer/src/i18n';

/** Every feature's strings module, found by file name so a new feature is checked without editing this test. */
const modules = import.meta.glob<Record<string, unknown>>('../../../src/renderer/src/**/strings.ts', { eager: true });

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

describe('interface strings', () => {
  it('finds the strings modules', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(0);
  });

  for (const [path, module] of Object.entries(modules)) {
    for (const [exportName, value] of Object.entries(module)) {
      const strings = value as Record<string, Record<string, string>>;
      if (!strings || typeof strings !== 'object' || !('en' in strings)) continue;
      it(`${path.replace(/^.*src\/renderer\/src\//, '')} ${exportName}: every key in every language, same placeholders`, () => {
        const keys = Object.keys(strings['en']!);
        for (const language of UI_LANGUAGES) {
          const table = strings[language];
          expect(table, `${language} table`).toBeDefined();
          expect(Object.keys(table!).sort(), `${language} keys`).toEqual([...keys].sort());
          for (const key of keys) {
            expect(table![key]!.trim(), `${language}.${key} is empty`).not.toBe('');
            expect(placeholders(table![key]!), `${language}.${key} placeholders`).toEqual(
              placeholders(strings['en']![key]!),
            );
          }
        }
      });
    }
  }
});

describe('resolveUiLanguage', () => {
  it('prefers the setting, then the system language, then English', () => {
    expect(resolveUiLanguage('es', 'fr-FR')).toBe('es');
    expect(resolveUiLanguage(null, 'fr-CA')).toBe('fr');
    expect(resolveUiLanguage(null, 'es_419')).toBe('es');
    expect(resolveUiLanguage(null, 'de-DE')).toBe('en');
    expect(resolveUiLanguage(null, '')).toBe('en');
  });

  it('knows the six UN languages', () => {
    expect([...UI_LANGUAGES].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    expect(resolveUiLanguage(null, 'ar-EG')).toBe('ar');
    expect(resolveUiLanguage(null, 'zh-Hans-CN')).toBe('zh');
    expect(resolveUiLanguage(null, 'ru_RU')).toBe('ru');
    expect(uiDirection('ar')).toBe('rtl');
    expect(uiDirection('zh')).toBe('ltr');
  });
});

describe('fillPlaceholders', () => {
  it('fills named placeholders and leaves unknown ones', () => {
    expect(fillPlaceholders('{count} pages in {file}', { count: 3, file: 'a.pdf' })).toBe('3 pages in a.pdf');
    expect(fillPlaceholders('{missing}', {})).toBe('{missing}');
  });
});
