import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/shared/catalogue/schema';
import {
  LABELS,
  type LabelKey,
  MAY_BE_EMPTY,
  PUNCTUATION_KEYS,
  intlLocale,
  languageTag,
  t,
  writingDirection,
} from '../../../src/shared/i18n/dictionary';

describe('label dictionary', () => {
  // Keys are gathered from every language, so a key present in only one is caught in the others.
  const allKeys = [...new Set(LANGUAGES.flatMap((language) => Object.keys(LABELS[language])))].sort();

  it('has the labels the document needs', () => {
    expect(allKeys.length).toBeGreaterThan(30);
    for (const key of ['agenda', 'chair', 'pointsToMake', 'backgroundNotForDisclosure', 'toBeConfirmedShort'])
      expect(allKeys).toContain(key);
  });

  for (const language of LANGUAGES) {
    it(`has a non-empty ${language} label for every key`, () => {
      const labels: Record<string, unknown> = LABELS[language];
      const missing = allKeys.filter(
        (key) =>
          typeof labels[key] !== 'string' ||
          ((labels[key] as string).trim() === '' && !MAY_BE_EMPTY.has(key as LabelKey)),
      );
      expect(missing).toEqual([]);
    });
  }

  it('translates the labels named in the product brief', () => {
    expect(t('en', 'backgroundNotForDisclosure')).toBe('Background (not for disclosure)');
    expect(t('fr', 'toBeConfirmed')).toBe('à confirmer');
    expect(t('es', 'toBeConfirmed')).toBe('por confirmar');
    expect(t('en', 'toBeConfirmedShort')).toBe('TBC');
    const page = (language: (typeof LANGUAGES)[number]): string =>
      `${t(language, 'pageNumberBefore')}3${t(language, 'pageNumberBetween')}12${t(language, 'pageNumberAfter')}`;
    expect(page('en')).toBe('Page 3 of 12');
    expect(page('fr')).toBe('Page 3 sur 12');
    expect(page('es')).toBe('Página 3 de 12');
    expect(page('ar')).toBe('الصفحة 3 من 12');
    expect(page('zh')).toBe('第 3 页，共 12 页');
    expect(page('ru')).toBe('Страница 3 из 12');
  });

  it('does not leave a label in English by mistake', () => {
    // Words that are legitimately the same in French or Spanish, and the empty text after "page X of Y".
    const sameByDesign = new Set<LabelKey>(['date', 'classification', 'pageNumberBefore', 'pageNumberAfter']);
    for (const language of ['fr', 'es', 'ar', 'zh', 'ru'] as const) {
      const untranslated = (Object.keys(LABELS.en) as LabelKey[]).filter(
        (key) => !sameByDesign.has(key) && !PUNCTUATION_KEYS.has(key) && LABELS[language][key] === LABELS.en[key],
      );
      expect(untranslated, language).toEqual([]);
    }
  });

  it('maps languages to BCP 47 tags', () => {
    expect(languageTag('en')).toBe('en-GB');
    expect(languageTag('fr')).toBe('fr-FR');
    expect(languageTag('es')).toBe('es-ES');
    expect(languageTag('ar')).toBe('ar');
    expect(languageTag('zh')).toBe('zh-CN');
    expect(languageTag('ru')).toBe('ru-RU');
  });

  it('joins parts with each language’s punctuation', () => {
    expect([t('en', 'comma'), t('ar', 'comma'), t('zh', 'comma'), t('zh', 'listSeparator')]).toEqual([
      ', ',
      '، ',
      '，',
      '、',
    ]);
    expect(`${t('zh', 'openParenthesis')}${t('zh', 'toBeConfirmedShort')}${t('zh', 'closeParenthesis')}`).toBe(
      '（待确认）',
    );
    expect(t('ar', 'semicolon')).toBe('؛ ');
  });

  it('formats Arabic with Western digits and writes it right to left', () => {
    expect(intlLocale('ar')).toBe('ar-u-nu-latn');
    expect(intlLocale('ru')).toBe('ru-RU');
    expect(new Intl.NumberFormat(intlLocale('ar'), { useGrouping: false }).format(2020)).toBe('2020');
    expect(LANGUAGES.filter((language) => writingDirection(language) === 'rtl')).toEqual(['ar']);
  });

  it('keeps Arabic, Chinese and Russian labels in their own script', () => {
    const scripts = { ar: /\p{Script=Arabic}/u, zh: /\p{Script=Han}/u, ru: /\p{Script=Cyrillic}/u } as const;
    for (const [language, script] of Object.entries(scripts) as [keyof typeof scripts, RegExp][]) {
      const latin = (Object.keys(LABELS.en) as LabelKey[]).filter(
        (key) =>
          !PUNCTUATION_KEYS.has(key) && LABELS[language][key].trim() !== '' && !script.test(LABELS[language][key]),
      );
      // "Время (UTC)": UTC is written so in Russian.
      expect(latin, language).toEqual([]);
    }
  });
});
