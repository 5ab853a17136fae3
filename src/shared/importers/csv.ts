import Papa from 'papaparse';
import { CatalogueBuilder, LIMITS, type SourceLine } from './builder';
import { CSV_ALIASES, type CsvColumn, TBC_YES, headerLanguage } from './csv-columns';
import type { ImportOptions, ImportResult } from './model';
import { type CalendarDate, daysInMonth, parseLeadingDate } from './text/dates';
import { type DraftSeminar, newDraftSeminar } from './text/draft';
import { parseName, parsePersonLine, splitHonorific } from './text/people';
import { finishDraftSeminar } from './text/seminar-finish';
import { cleanLine, foldForMatching, slugify, truncate } from './text/text';
import { readClocks } from './text/times';
import { type ZoneReading, readLeadingZone } from './zones';

/**
 * An organiser's spreadsheet saved as CSV (LibreOffice or Excel): one row per
 * speaker appearance, columns named in English, French or Spanish (see
 * docs/formats.md and resources/import/programme-template.csv). UTF-8 with or
 * without BOM, comma or semicolon, quoted fields with line breaks: papaparse
 * (MIT) does the splitting.
 */

interface Row {
  line: SourceLine;
  cells: Partial<Record<CsvColumn, string>>;
}

export function importCsv(text: string, options: ImportOptions = {}): ImportResult {
  const fileName = typeof options.fileName === 'string' ? options.fileName : undefined;
  const builder = new CatalogueBuilder({
    kind: 'csv',
    ...(fileName ? { fileName: truncate(fileName, LIMITS.shortText) } : {}),
  });
  const { header, rows } = splitRows(text.startsWith('\uFEFF') ? text.slice(1) : text);
  const columns = header.cells.map((cell) => CSV_ALIASES[foldForMatching(cell)]);
  header.cells.forEach((cell, index) => {
    if (columns[index] === undefined && cell.trim() !== '')
      builder.warn(header.line, `column "${cell}" is not one the importer reads; its values are not placed`);
  });
  if (!columns.includes('date'))
    return {
      ok: false,
      code: 'no-seminar',
      message: 'No seminar found: the CSV file has no "date" column.',
      warnings: builder.sortedWarnings(),
    };

  const seriesTitle = cleanLine(fileName?.replace(/\.[^.]*$/, '') ?? '') || 'Imported spreadsheet';
  const requested = typeof options.seriesId === 'string' ? cleanLine(options.seriesId) : '';
  const seriesId = truncate(requested || slugify(seriesTitle) || 'series', LIMITS.id);
  const language = headerLanguage(header.cells);
  const dateIndex = columns.indexOf('date');
  const dayFirst = chooseDateOrder(rows.map((row) => row.cells[dateIndex] ?? ''));
  const drafts = new Map<string, DraftSeminar>();
  for (const row of rows) {
    const named: Row = { line: row.line, cells: {} };
    row.cells.forEach((cell, index) => {
      const column = columns[index];
      if (column !== undefined && cleanLine(cell) !== '') named.cells[column] = cell.trim();
    });
    if (Object.keys(named.cells).length === 0) continue;
    readRow(builder, drafts, named, dayFirst, language, options.zoneAnswers ?? {});
  }
  for (const draft of drafts.values()) {
    const seminar = finishDraftSeminar(draft, builder, seriesId, undefined, 'spreadsheet');
    if (seminar) builder.addSeminar(draft.heading, seminar);
  }
  const warnings = builder.sortedWarnings();
  if (builder.seminarCount === 0)
    return { ok: false, code: 'no-seminar', message: 'No seminar found: no row of the CSV file has a date.', warnings };
  const series = {
    id: seriesId,
    title: truncate(seriesTitle, LIMITS.shortText),
    summary: '',
    focus: [],
    furtherReadings: [],
  };
  return { ok: true, catalogue: builder.finish([series]), warnings, questions: builder.questions };
}

/** Rows with the line each starts on (a quoted cell may hold line breaks). */
function splitRows(text: string): {
  header: { line: SourceLine; cells: string[] };
  rows: Array<{ line: SourceLine; cells: string[] }>;
} {
  const rows: Array<{ line: SourceLine; cells: string[] }> = [];
  let lineNumber = 1;
  let previousCursor = 0;
  const lines = text.split(/\r\n|\r|\n/);
  Papa.parse<string[]>(text, {
    delimiter: '',
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
    step: (result) => {
      rows.push({ line: { number: lineNumber, text: lines[lineNumber - 1] ?? '' }, cells: result.data.map(String) });
      const consumed = text.slice(previousCursor, result.meta.cursor);
      lineNumber += (consumed.match(/\r\n|\r|\n/g) ?? []).length;
      previousCursor = result.meta.cursor;
    },
  });
  const [header = { line: { number: 1, text: '' }, cells: [] }, ...rest] = rows;
  return { header, rows: rest };
}

/** 04/06/2021: day first unless some date can only be month first (Excel in the United States). */
function chooseDateOrder(values: string[]): boolean {
  for (const value of values) {
    const match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value.trim());
    if (match && Number(match[2]) > 12) return false;
  }
  return true;
}

function parseCsvDate(text: string, dayFirst: boolean): CalendarDate | undefined {
  const numeric = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text.trim());
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    const [day, month] = dayFirst ? [a, b] : [b, a];
    const year = Number(numeric[3]);
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : undefined;
  }
  const leading = parseLeadingDate(text.trim().replace(/[T ]\d{1,2}:\d{2}(?::\d{2})?$/, ''));
  return leading?.kind === 'date' && leading.rest === '' ? leading.date : undefined;
}

function readRow(
  builder: CatalogueBuilder,
  drafts: Map<string, DraftSeminar>,
  row: Row,
  dayFirst: boolean,
  headerLanguageCode: 'en' | 'fr' | 'es',
  answers: Record<string, string>,
): void {
  const { line, cells } = row;
  const date = cells.date === undefined ? undefined : parseCsvDate(cells.date, dayFirst);
  if (!date) {
    builder.warn(
      line,
      cells.date === undefined
        ? 'row without a date; not placed'
        : `could not read the date "${cells.date}"; row not placed`,
    );
    return;
  }
  const title = cleanLine(cells.seminar ?? '');
  const key = `${foldForMatching(title)}|${date.year}-${date.month}-${date.day}`;
  let draft = drafts.get(key);
  if (!draft) {
    draft = newDraftSeminar(line, builder.limit(line, title, LIMITS.shortText, 'seminar title'), date);
    const written = foldForMatching(cells.language ?? '').slice(0, 2);
    const language = written === 'en' || written === 'fr' || written === 'es' ? written : headerLanguageCode;
    draft.dateLanguage = language;
    draft.languageVotes[language] += 1;
    if (cells.venue) draft.venue = builder.limit(line, cleanLine(cells.venue), LIMITS.shortText, 'venue');
    readSeminarTime(builder, draft, line, cells, answers);
    if (cells.chair) readChair(builder, draft, line, cells.chair);
    drafts.set(key, draft);
  } else if (cells.chair && draft.chair === undefined) readChair(builder, draft, line, cells.chair);
  draft.lineCount += 1;
  readSpeaker(builder, draft, row);
}

function readSeminarTime(
  builder: CatalogueBuilder,
  draft: DraftSeminar,
  line: SourceLine,
  cells: Row['cells'],
  answers: Record<string, string>,
) {
  if (!cells.start) return;
  const start = readClocks(cells.start);
  if (!start || 'error' in start) {
    builder.warn(line, `could not read the start time "${cells.start}"; not placed`);
    return;
  }
  const end = cells.end ? readClocks(cells.end) : undefined;
  if (cells.end && (!end || 'error' in end))
    builder.warn(line, `could not read the end time "${cells.end}"; not placed`);
  const zoneText = cells['time zone'] ?? start.rest;
  const found = zoneText === '' ? undefined : readLeadingZone(zoneText, answers);
  const zone: ZoneReading | undefined =
    zoneText === '' ? undefined : (found?.reading ?? { kind: 'unknown', written: zoneText });
  draft.time = {
    line,
    reading: {
      startMinutes: start.startMinutes,
      ...(end && !('error' in end) ? { endMinutes: end.startMinutes } : {}),
      ...(zone ? { zone } : {}),
      equivalents: [],
      notes: [],
    },
  };
}

function readChair(builder: CatalogueBuilder, draft: DraftSeminar, line: SourceLine, text: string) {
  const person = parsePersonLine(text, { mixedCase: true });
  if (!person) {
    builder.warn(line, `could not read the chair "${text}" as a name written "Given FAMILY, role"; no chair recorded`);
    return;
  }
  const personId = builder.person(line, person);
  if (personId)
    draft.chair = { personId, role: builder.limit(line, person.role, LIMITS.shortText, 'role'), label: 'Chair' };
}

function readSpeaker(builder: CatalogueBuilder, draft: DraftSeminar, { line, cells }: Row): void {
  const given = cleanLine(cells['speaker given name'] ?? '');
  const family = cleanLine(cells['speaker family name'] ?? '');
  // A row with neither session nor speaker only describes the seminar.
  if (cleanLine(cells.session ?? '') === '' && given === '' && family === '') return;
  const sessionTitle = cleanLine(cells.session ?? '') || draft.title || 'Programme';
  let session = draft.sessions.find((candidate) => candidate.title === sessionTitle);
  if (!session) {
    const topicId = builder.topicFor(truncate(sessionTitle, LIMITS.shortText), draft.dateLanguage);
    if (topicId === undefined || draft.sessions.length >= LIMITS.sessions) {
      builder.warn(line, 'too many sessions or topics; row not placed');
      return;
    }
    session = { heading: line, topicId, title: truncate(sessionTitle, LIMITS.shortText), speakers: [] };
    const sessionStart = cells['session start'] ? readClocks(cells['session start']) : undefined;
    const sessionEnd = cells['session end'] ? readClocks(cells['session end']) : undefined;
    if (sessionStart && !('error' in sessionStart)) session.startMinutes = sessionStart.startMinutes;
    if (sessionEnd && !('error' in sessionEnd)) session.endMinutes = sessionEnd.startMinutes;
    draft.sessions.push(session);
  }
  if (given === '' && family === '') return;
  let name: { honorific?: string; givenName: string; familyName: string };
  if (family !== '') {
    const split = splitHonorific(`${given} ${family}`);
    const givenName =
      split.honorific && given.startsWith(split.honorific) ? given.slice(split.honorific.length).trim() : given;
    name = { givenName, familyName: family };
    if (split.honorific && givenName !== given) name.honorific = split.honorific;
  } else {
    // One name column filled: read it as a whole name ("Jane DOE", "KIM Jae-won").
    name = parseName(given, { mixedCase: true }) ?? { givenName: '', familyName: given };
  }
  const honorific = cleanLine(cells.honorific ?? '') || name.honorific;
  const bioLanguage = draft.dateLanguage ?? 'en';
  const personId = builder.person(line, {
    ...name,
    ...(honorific ? { honorific } : {}),
    ...(cells.organisation ? { organisation: cells.organisation } : {}),
    ...(cells.country ? { country: cells.country } : {}),
    ...(cells.bio ? { bio: { [bioLanguage]: cells.bio } } : {}),
  });
  if (personId === undefined) return;
  if (session.speakers.length >= LIMITS.speakers) {
    builder.warn(line, `more than ${LIMITS.speakers} speakers in one session; not placed`);
    return;
  }
  // Printed as programmes write it: "role, organisation, country".
  const role = [cells.role, cells.organisation, cells.country]
    .map((part) => cleanLine(part ?? ''))
    .filter((part) => part !== '')
    .join(', ');
  session.speakers.push({
    personId,
    role: builder.limit(line, role, LIMITS.shortText, 'role'),
    tbc: TBC_YES.has(foldForMatching(cells.tbc ?? '')),
  });
}
