import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/shared/catalogue/schema';
import { LABELS, type LabelKey, languageTag, t } from '../../../src/shared/i18n/dictionary';

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
      const missing = allKeys.filter((key) => typeof labels[key] !== 'string' || (labels[key] as string).trim() === '');
      expect(missing).toEqual([]);
    });
  }

  it('translates the labels named in the product brief', () => {
    expect(t('en', 'backgroundNotForDisclosure')).toBe('Background (not for disclosure)');
    expect(t('fr', 'toBeConfirmed')).toBe('à confirmer');
    expect(t('es', 'toBeConfirmed')).toBe('por confirmar');
    expect(t('en', 'toBeConfirmedShort')).toBe('TBC');
    const pageParts = (language: 'en' | 'fr' | 'es'): string[] => [
      t(language, 'pageNumberBefore'),
      t(language, 'pageNumberBetween'),
    ];
    expect(pageParts('en')).toEqual(['Page ', ' of ']);
    expect(pageParts('fr')).toEqual(['Page ', ' sur ']);
    expect(pageParts('es')).toEqual(['Página ', ' de ']);
  });

  it('does not leave French or Spanish labels in English by mistake', () => {
    // Words that are legitimately the same in both languages.
    const sameByDesign = new Set<LabelKey>(['date', 'classification', 'pageNumberBefore']);
    for (const language of ['fr', 'es'] as const) {
      const untranslated = (Object.keys(LABELS.en) as LabelKey[]).filter(
        (key) => !sameByDesign.has(key) && LABELS[language][key] === LABELS.en[key],
      );
      expect(untranslated, language).toEqual([]);
    }
  });

  it('maps languages to BCP 47 tags', () => {
    expect(languageTag('en')).toBe('en-GB');
    expect(languageTag('fr')).toBe('fr-FR');
    expect(languageTag('es')).toBe('es-ES');
  });
});
