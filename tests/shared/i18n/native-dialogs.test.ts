import { describe, expect, it } from 'vitest';
import { NATIVE_DIALOG_STRINGS, listFileNames, nativeDialogText } from '../../../src/shared/i18n/native-dialogs';

describe('native dialog strings', () => {
  it('have every key in every language, none empty, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const keys = Object.keys(NATIVE_DIALOG_STRINGS.en);
    for (const language of ['fr', 'es', 'ar', 'zh', 'ru'] as const) {
      expect(Object.keys(NATIVE_DIALOG_STRINGS[language]).sort()).toEqual([...keys].sort());
      for (const key of keys as (keyof (typeof NATIVE_DIALOG_STRINGS)['en'])[]) {
        expect(NATIVE_DIALOG_STRINGS[language][key].trim()).not.toBe('');
        expect(placeholders(NATIVE_DIALOG_STRINGS[language][key])).toEqual(placeholders(NATIVE_DIALOG_STRINGS.en[key]));
      }
    }
  });

  it('name each file in the question, in the language’s quotes', () => {
    expect(nativeDialogText('fr', 'replaceOne', { file: 'minutes.docx', folder: '/home/x' })).toBe(
      '« minutes.docx » existe déjà dans /home/x. Voulez-vous le remplacer ?',
    );
    expect(listFileNames('es', ['a.pdf', 'a.docx'])).toBe('«a.pdf» y «a.docx»');
    expect(listFileNames('en', ['a', 'b', 'c'])).toBe('“a”, “b” and “c”');
    expect(listFileNames('ru', ['a.pdf', 'a.docx'])).toBe('«a.pdf» и «a.docx»');
    expect(listFileNames('zh', ['a', 'b', 'c'])).toBe('“a”、“b” 和 “c”');
    // Arabic joins "and" (و) to the name that follows it, and separates the others with the Arabic comma.
    expect(listFileNames('ar', ['a', 'b', 'c'])).toBe('«a»، «b» و«c»');
  });

  it('follow the system language when no language is set, in any of the six', async () => {
    const { resolveInterfaceLanguage } = await import('../../../src/shared/i18n/native-dialogs');
    expect(resolveInterfaceLanguage(null, 'ar-EG')).toBe('ar');
    expect(resolveInterfaceLanguage(null, 'zh_CN')).toBe('zh');
    expect(resolveInterfaceLanguage(null, 'ru')).toBe('ru');
    expect(resolveInterfaceLanguage(null, 'de-DE')).toBe('en');
    expect(resolveInterfaceLanguage('zh', 'ar')).toBe('zh');
  });
});
