import { describe, expect, it } from 'vitest';
import { translateImportWarning } from '../../../../src/renderer/src/features/catalogue/import-warnings';

/** The importer's own source: every sentence it can warn with must have a translation. */
const sources = import.meta.glob<string>('../../../../src/shared/importers/**/*.ts', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** English sentences the importer writes, with each `${…}` replaced by a sample value. */
function warningTemplates(): string[] {
  const found = new Set<string>();
  const sample = (template: string) => template.replace(/\$\{[^}]*\}/g, '42');
  for (const text of Object.values(sources)) {
    for (const match of text.matchAll(/\bwarn\(\s*[^,'"`()]+(?:\([^)]*\))?[^,'"`]*,\s*(['`])((?:\\.|(?!\1).)*)\1/gs))
      found.add(sample(match[2]!));
    for (const match of text.matchAll(/notes?\.push\(\s*(['`])((?:\\.|(?!\1).)*)\1/gs)) found.add(sample(match[2]!));
    for (const match of text.matchAll(/(?:note|error|message): (['`])((?:\\.|(?!\1).)*)\1/gs))
      found.add(sample(match[2]!));
  }
  return [...found];
}

describe('translateImportWarning', () => {
  it('finds the importer’s warnings in its source', () => {
    expect(warningTemplates().length).toBeGreaterThan(30);
  });

  it('has a French and a Spanish sentence for every warning the importer can give', () => {
    const untranslated = warningTemplates().filter(
      (english) =>
        !english.startsWith('42') && // a sentence made only of another sentence is checked through that one
        (translateImportWarning('fr', english) === english || translateImportWarning('es', english) === english),
    );
    expect(untranslated).toEqual([]);
  });

  it('names every kind of text the importer may cut, in French and Spanish', () => {
    const kinds = new Set<string>();
    for (const text of Object.values(sources))
      for (const match of text.matchAll(/limit\([^;]*?'([a-z ]+)'\)/g)) kinds.add(match[1]!);
    expect(kinds.size).toBeGreaterThan(5);
    for (const kind of kinds) {
      const english = `${kind} longer than 500 characters; cut`;
      expect(translateImportWarning('fr', english), kind).not.toContain(kind);
      expect(translateImportWarning('es', english), kind).not.toContain(kind);
    }
  });

  it('keeps what came from the file and translates the sentences inside a sentence', () => {
    expect(
      translateImportWarning('fr', 'looks like a seminar heading, but "31 June 2020" is not a real date; not placed'),
    ).toBe('ressemble à un titre de séminaire, mais « 31 June 2020 » n’est pas une date réelle ; non repris');
    expect(translateImportWarning('es', 'role longer than 500 characters; cut')).toBe(
      'cargo de más de 500 caracteres; se corta',
    );
    expect(
      translateImportWarning('es', 'could not read the time: the time range contains an impossible time; not placed'),
    ).toBe('no se pudo leer la hora: el intervalo horario contiene una hora imposible; no se incluye');
    expect(translateImportWarning('en', 'empty bullet; not placed')).toBe('empty bullet; not placed');
    expect(translateImportWarning('fr', 'something new')).toBe('something new');
  });
});
