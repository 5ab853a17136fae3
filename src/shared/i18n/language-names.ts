import type { Language } from '../catalogue/languages';

/** Each language named in itself, as language pickers show it, whatever the interface language. */
export const LANGUAGE_ENDONYMS: Readonly<Record<Language, string>> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};
