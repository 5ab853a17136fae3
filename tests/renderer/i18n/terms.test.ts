/**
 * One word for a pack and another for a folder, and one term for the
 * not-for-disclosure background, in every interface string and printed label.
 */
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../../src/shared/i18n/dictionary';
import { NATIVE_DIALOG_STRINGS } from '../../../src/shared/i18n/native-dialogs';

const modules = import.meta.glob<Record<string, unknown>>('../../../src/renderer/src/**/strings.ts', { eager: true });

function stringsOf(language: 'en' | 'fr' | 'es'): string[] {
  const out: string[] = [];
  for (const module of Object.values(modules))
    for (const value of Object.values(module)) {
      const table = (value as Record<string, Record<string, string>> | undefined)?.[language];
      if (table && typeof table === 'object') out.push(...Object.values(table));
    }
  out.push(...Object.values(LABELS[language]), ...Object.values(NATIVE_DIALOG_STRINGS[language]));
  return out;
}

describe('terms', () => {
  it('French: a pack is a “dossier”, a folder a “répertoire”', () => {
    const french = stringsOf('fr');
    expect(french.filter((text) => /afficher (dans )?le dossier|dossier parent|son dossier n/i.test(text))).toEqual([]);
    expect(french.some((text) => text.includes('répertoire'))).toBe(true);
  });

  it('Spanish: a pack is a “dosier”, a folder a “carpeta”', () => {
    const spanish = stringsOf('es');
    const carpeta = spanish.filter((text) => /carpeta/i.test(text));
    expect(carpeta.length).toBeGreaterThan(0);
    // Every "carpeta" left is a folder of the file system.
    for (const text of carpeta)
      expect(text).toMatch(
        /[Mm]ostrar (en )?la carpeta|carpeta que elija|una carpeta o un dispositivo|su carpeta ya no existe/,
      );
    expect(spanish.some((text) => /dosier/i.test(text))).toBe(true);
  });

  it('one term for the not-for-disclosure background in each language', () => {
    const terms = { en: /not for disclosure/i, fr: /ne pas divulguer/i, es: /no divulgar/i } as const;
    const others = { en: /confidential background/i, fr: /non communicable/i, es: /no divulgable/i } as const;
    for (const language of ['en', 'fr', 'es'] as const) {
      const all = stringsOf(language);
      expect(all.filter((text) => others[language].test(text))).toEqual([]);
      expect(all.filter((text) => terms[language].test(text)).length).toBeGreaterThanOrEqual(3);
    }
  });
});
