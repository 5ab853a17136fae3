import { defineStrings } from './index';

/** Language names in the interface language (for seminar languages and the settings). */
export const LANGUAGE_NAMES = defineStrings({
  en: { en: 'English', fr: 'French', es: 'Spanish' },
  fr: { en: 'anglais', fr: 'français', es: 'espagnol' },
  es: { en: 'inglés', fr: 'francés', es: 'español' },
});
