import { z } from 'zod';

/**
 * The six official languages of the United Nations. Catalogue content (a
 * seminar's language, localised topic labels and bios) may be in any of them.
 */
export const CONTENT_LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export const ContentLanguageSchema = z.enum(CONTENT_LANGUAGES);
export type ContentLanguage = z.infer<typeof ContentLanguageSchema>;

/**
 * Languages a document and the interface can be written in: those with a full
 * label dictionary (src/shared/i18n). A subset of CONTENT_LANGUAGES.
 */
export const LANGUAGES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

export function isDocumentLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}
