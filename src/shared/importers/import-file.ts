import { validateCatalogue } from '../catalogue';
import type { Problem } from '../result';
import { importCsv } from './csv';
import { READABLE_KINDS_SENTENCE, type SourceFormat, detectSource } from './detect';
import { importFrabXml } from './frab-xml';
import { htmlToText } from './html';
import { importICalendar } from './ics';
import type { ImportOptions, ImportResult, ImportWarning } from './model';
import { importScheduleJson } from './schedule-json';
import { importProgrammeText } from './text';

/** What a file holds once read: a catalogue (with warnings and questions), or why not, in plain words. */
export type ImportFileResult =
  | (Extract<ImportResult, { ok: true }> & { format: SourceFormat })
  | (Extract<ImportResult, { ok: false }> & { format?: SourceFormat; problems?: Problem[] });

export interface ImportFile {
  /** The file's content, as read from disk. */
  bytes: Uint8Array;
  /** Its name without any folder: named in messages and kept as the catalogue's source. */
  name: string;
}

/** Every reader, in one place: the format detectSource finds → how it is read. */
const READERS: Record<Exclude<SourceFormat, 'json'>, (text: string, options: ImportOptions) => ImportResult> = {
  'programme-text': importProgrammeText,
  // A saved web page is programme text once its markup is gone (line numbers are those of the text).
  html: (text, options) => importProgrammeText(htmlToText(text), options),
  icalendar: importICalendar,
  'frab-xml': importFrabXml,
  csv: importCsv,
};

/**
 * Imports a file, whatever it holds: programme text, a web page, iCalendar,
 * frab XML, schedule.json, CSV or a catalogue file, picked from its content.
 * Never throws. The app (catalogue store) and `briefpack import` both call it.
 */
export function importProgrammeFile(file: ImportFile, options: ImportOptions = {}): ImportFileResult {
  const name = typeof file.name === 'string' && file.name !== '' ? file.name : 'The file';
  const readerOptions: ImportOptions = { ...options, fileName: name };
  try {
    const detected = detectSource(file.bytes instanceof Uint8Array ? file.bytes : new Uint8Array());
    if (detected.kind === 'refused')
      return {
        ok: false,
        code: 'unsupported-file',
        message: `${name} is ${detected.what}, which cannot be imported. ${READABLE_KINDS_SENTENCE}.`,
        warnings: [],
      };
    const notes: ImportWarning[] = detected.notes.map((message) => ({ line: 0, text: name, message }));
    const withNotes = (result: ImportResult): ImportFileResult => ({
      ...result,
      format: detected.format,
      warnings: [...notes, ...result.warnings],
    });
    if (detected.format === 'json') return withNotes(readJson(detected.text, name, readerOptions));
    return withNotes(READERS[detected.format](detected.text, readerOptions));
  } catch {
    // Every reader promises not to throw; this keeps that promise for the app even if one breaks it.
    return {
      ok: false,
      code: 'unreadable',
      message: `${name} could not be read: the importer met something it did not expect. Nothing was imported.`,
      warnings: [],
    };
  }
}

function readJson(text: string, name: string, options: ImportOptions): ImportResult & { problems?: Problem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      code: 'unreadable',
      message: `${name} is not valid JSON: it is damaged or incomplete.`,
      warnings: [],
    };
  }
  const format = typeof data === 'object' && data !== null ? (data as { format?: unknown }).format : undefined;
  if (format === 'briefing-pack-catalogue') {
    const validated = validateCatalogue(data);
    if (!validated.ok)
      return {
        ok: false,
        code: 'unreadable',
        message: `${name}: ${validated.message}`,
        warnings: [],
        problems: validated.problems,
      };
    return { ok: true, catalogue: validated.data, warnings: [], questions: [] };
  }
  const looksLikeSchedule =
    typeof data === 'object' && data !== null && ('schedule' in data || 'conference' in (data as object));
  if (!looksLikeSchedule)
    return {
      ok: false,
      code: 'unsupported-file',
      message: `${name} is a JSON file that is neither a catalogue nor a schedule. ${READABLE_KINDS_SENTENCE}.`,
      warnings: [],
    };
  return importScheduleJson(data, text, options);
}
