import { isPlainRecord, runMigrations } from '../migrations';
import { type Problem, type Result, err, formatPath, ok } from '../result';
import { plainIssueMessage } from '../validation/plain-issue';
import { findIntegrityProblems } from './integrity';
import { CATALOGUE_MIGRATIONS } from './migrations';
import { CATALOGUE_FORMAT, CATALOGUE_VERSION, type Catalogue, CatalogueSchema } from './schema';

export type CatalogueErrorCode = 'invalid-catalogue' | 'newer-version' | 'not-a-catalogue';

/** A catalogue read from a file, with the version it was written in (lower than current: it was upgraded). */
export interface ValidatedCatalogue {
  catalogue: Catalogue;
  fromVersion: number;
}

/**
 * Reads untrusted JSON data as a catalogue: recognises the format, upgrades an
 * older version, then checks the schema and the cross-references. A newer
 * version is refused (the caller never writes to the file it came from).
 * `problems` locate each fault by JSON path; `message` says it in plain words.
 */
export function readCatalogueData(data: unknown): Result<ValidatedCatalogue, CatalogueErrorCode> {
  if (!isPlainRecord(data) || data['format'] !== CATALOGUE_FORMAT) {
    return err('not-a-catalogue', 'This is not a Briefing Pack Builder catalogue.');
  }
  const migrated = runMigrations(data, CATALOGUE_MIGRATIONS, CATALOGUE_VERSION);
  if (!migrated.ok) {
    if (migrated.code === 'newer-version') {
      return err(
        'newer-version',
        `This catalogue was made by a newer version of Briefing Pack Builder (format version ${String(data['version'])}); ` +
          `this version reads versions up to ${CATALOGUE_VERSION}. The file has not been changed.`,
      );
    }
    return err('invalid-catalogue', `This catalogue is damaged: ${migrated.message}`, migrated.problems);
  }
  const parsed = CatalogueSchema.safeParse(migrated.data.data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: plainIssueMessage(issue),
    }));
    return err('invalid-catalogue', describeProblems(migrated.data.data, problems), problems);
  }
  const problems = findIntegrityProblems(parsed.data);
  if (problems.length > 0) return err('invalid-catalogue', describeProblems(parsed.data, problems), problems);
  return ok({ catalogue: parsed.data, fromVersion: migrated.data.fromVersion });
}

/** readCatalogueData without the version it was read as. */
export function validateCatalogue(data: unknown): Result<Catalogue, CatalogueErrorCode> {
  const read = readCatalogueData(data);
  return read.ok ? ok(read.data.catalogue) : read;
}

function describeProblems(data: unknown, problems: Problem[]): string {
  const first = problems[0];
  if (!first) return 'This catalogue is damaged.';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return `This catalogue is damaged: ${describeCatalogueProblem(data, first)}${more}.`;
}

const FIELD_WORDS: Record<string, string> = {
  id: 'the id',
  title: 'the title',
  start: 'the start time',
  end: 'the end time',
  language: 'the language',
  timeZone: 'the time zone',
  personId: 'the person',
  topicId: 'the topic',
  seriesId: 'the series',
  familyName: 'the family name',
  givenName: 'the given name',
  role: 'the role',
};

/**
 * One problem in plain words, naming the thing by its title or name rather than
 * by its place in the JSON: `seminars[2].sessions[0].end: must be after start`
 * becomes `seminar "Seminar with Asia-Pacific countries", session 1: the end
 * time must be after start`.
 */
export function describeCatalogueProblem(data: unknown, problem: Problem): string {
  const parts = problem.path.match(/[A-Za-z_$][\w$]*|\[\d+\]/g) ?? [];
  const where: string[] = [];
  let node: unknown = data;
  let field = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const index = /^\[(\d+)\]$/.exec(part);
    if (index) {
      const position = Number(index[1]);
      node = Array.isArray(node) ? node[position] : undefined;
      const list = parts[i - 1] ?? '';
      where.push(nameOf(list, position, node));
      field = '';
      continue;
    }
    node = isPlainRecord(node) ? node[part] : undefined;
    field = part;
  }
  const fieldWords = field === '' ? '' : `${fieldName(field, where.length === 0)} `;
  const place = where.length > 0 ? `${where.join(', ')}: ` : '';
  return `${place}${fieldWords}${problem.message}`;
}

const LIST_WORDS: Record<string, string> = {
  seminars: 'seminar',
  sessions: 'session',
  speakers: 'speaker',
  people: 'person',
  topics: 'topic',
  series: 'series',
  furtherReadings: 'further reading',
  focus: 'focus item',
};

/** A field as words: a top-level list by its name ("the topics list"), any other by FIELD_WORDS. */
function fieldName(field: string, topLevel: boolean): string {
  if (Object.hasOwn(LIST_WORDS, field)) return topLevel ? `the ${field} list` : `the ${LIST_WORDS[field]} list`;
  return FIELD_WORDS[field] ?? `"${field}"`;
}

function nameOf(list: string, position: number, node: unknown): string {
  const noun = LIST_WORDS[list] ?? 'item';
  if (isPlainRecord(node)) {
    const title = node['title'];
    if (typeof title === 'string' && title.trim() !== '') return `${noun} "${title.trim().slice(0, 80)}"`;
    const family = node['familyName'];
    if (typeof family === 'string' && family.trim() !== '') {
      const given = typeof node['givenName'] === 'string' ? `${node['givenName']} ` : '';
      return `${noun} "${`${given}${family}`.trim().slice(0, 80)}"`;
    }
  }
  return `${noun} ${position + 1}`;
}
