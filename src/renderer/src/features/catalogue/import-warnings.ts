/**
 * The importer's warnings (what it could not place, and why) in the interface
 * language. The importer writes them in English for the command line and the
 * log; each known sentence is recognised here by its English template and said
 * again in French or Spanish, with the parts that come from the file (names,
 * numbers, quoted text) kept as they are. A sentence it does not know is shown
 * as written (tests/renderer/features/catalogue/import-warnings.test.ts fails on
 * any warning in the importer's source without a translation).
 */
import type { UiLanguage } from '../../i18n';
import { FIELD_NAME_TEMPLATES } from './import-warning-fields';
import { IMPORT_WARNING_TEMPLATES, type Template } from './import-warning-texts';
import { READER_WARNING_TEMPLATES } from './import-warning-texts-readers';

interface Compiled {
  pattern: RegExp;
  names: { name: string; sentence: boolean }[];
  template: Template;
}

const PLACEHOLDER = /\{(\*?)(\w+)\}/g;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The first template that matches wins, so the order is kept: the importer's sentences, field names, the readers'.
const COMPILED: Compiled[] = [...IMPORT_WARNING_TEMPLATES, ...FIELD_NAME_TEMPLATES, ...READER_WARNING_TEMPLATES].map(
  (template) => {
    const names: Compiled['names'] = [];
    let source = '';
    let from = 0;
    for (const match of template.en.matchAll(PLACEHOLDER)) {
      source += `${escape(template.en.slice(from, match.index))}(.+?)`;
      names.push({ name: match[2]!, sentence: match[1] === '*' });
      from = match.index + match[0].length;
    }
    source += escape(template.en.slice(from));
    return { pattern: new RegExp(`^${source}$`, 'u'), names, template };
  },
);

/** The warning in the interface language; as written when the language is English or the sentence is unknown. */
export function translateImportWarning(language: UiLanguage, message: string): string {
  if (language !== 'fr' && language !== 'es') return message;
  for (const { pattern, names, template } of COMPILED) {
    const match = pattern.exec(message);
    if (!match) continue;
    const values = new Map(
      names.map(({ name, sentence }, index) => {
        const value = match[index + 1] ?? '';
        return [name, sentence ? translateImportWarning(language, value) : value];
      }),
    );
    // Arabic, Chinese and Russian sentences are not written yet: the warning is shown in English there.
    const sentence = language === 'fr' || language === 'es' ? template[language] : template.en;
    return sentence.replace(PLACEHOLDER, (whole, _star: string, name: string) => values.get(name) ?? whole);
  }
  return message;
}
