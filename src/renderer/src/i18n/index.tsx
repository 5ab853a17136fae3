/**
 * Interface language. Each feature keeps its own strings in `features/<name>/strings.ts`
 * (built with `defineStrings`), so features do not edit one shared file; the
 * test tests/renderer/i18n/strings.test.ts finds every strings module and fails
 * on a missing or empty key in any language.
 */
import { createContext, useCallback, useContext } from 'react';
import { LANGUAGES, type Language, isDocumentLanguage } from '../../../shared/catalogue/schema';
import { intlLocale, writingDirection } from '../../../shared/i18n/dictionary';

export type UiLanguage = Language;
export const UI_LANGUAGES: readonly UiLanguage[] = LANGUAGES;

/** Every language must have exactly the keys of English. */
export type Strings<K extends string> = { en: Record<K, string> } & Record<
  Exclude<UiLanguage, 'en'>,
  Record<K, string>
>;

export function defineStrings<K extends string>(strings: Strings<K>): Strings<K> {
  return strings;
}

export const UiLanguageContext = createContext<UiLanguage>('en');

export function useUiLanguage(): UiLanguage {
  return useContext(UiLanguageContext);
}

/** Replaces `{name}` placeholders. */
export function fillPlaceholders(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** `const t = useStrings(STRINGS); t('save')` or `t('pages', { count: 3 })`. */
export function useStrings<K extends string>(strings: Strings<K>) {
  const language = useUiLanguage();
  return useCallback(
    (key: K, values?: Record<string, string | number>) => fillPlaceholders(strings[language][key], values),
    [strings, language],
  );
}

/** The setting wins; otherwise the system language when we have it; otherwise English. */
export function resolveUiLanguage(setting: UiLanguage | null, systemLocale: string): UiLanguage {
  if (setting) return setting;
  const base = systemLocale.toLowerCase().split(/[-_]/)[0] ?? '';
  return isDocumentLanguage(base) ? base : 'en';
}

/** BCP 47 locale for Intl formatting of dates and times in the interface. */
export function uiLocale(language: UiLanguage): string {
  return intlLocale(language);
}

/** `dir` of the whole window: right to left for Arabic. */
export function uiDirection(language: UiLanguage): 'ltr' | 'rtl' {
  return writingDirection(language);
}
