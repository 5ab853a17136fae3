import {
  CATALOGUE_FORMAT,
  CATALOGUE_VERSION,
  type Catalogue,
  type ContentLanguage,
  type LocalisedText,
  type Person,
  type Seminar,
  type Series,
  type Topic,
} from '../catalogue/schema';
import type { ImportQuestion, ImportSource, ImportWarning } from './model';
import { STANDARD_TOPICS, customTopicKey, matchStandardTopic } from './text/topics';
import { UniqueIds, cleanLine, foldForMatching, quoteLine, slugify, truncate } from './text/text';

/**
 * The registries every reader shares, so that each yields the same catalogue:
 * one person per given + family name (ids from the name), one topic per
 * standard topic or distinct heading, seminar ids from date and title, and
 * every value cut to the schema's limits with a warning.
 */

// Mirrors the maxima of the catalogue schema, so that whatever the source holds the result validates.
export const LIMITS = {
  shortText: 2_000,
  longText: 100_000,
  id: 200,
  focusItems: 200,
  readings: 500,
  sessions: 200,
  speakers: 200,
  seminars: 20_000,
  topics: 10_000,
  people: 100_000,
  url: 2_000,
} as const;

const STANDARD_TOPIC_IDS: ReadonlySet<string> = new Set(STANDARD_TOPICS.map((topic) => topic.id));

/** Where a warning points: a line number and the line as written. */
export interface SourceLine {
  number: number;
  text: string;
}

export interface PersonInput {
  honorific?: string;
  givenName: string;
  familyName: string;
  nameOrder?: Person['nameOrder'];
  organisation?: string;
  country?: string;
  bio?: LocalisedText;
}

/** A finished seminar before its id is chosen, with the calendar date its id is made from. */
export type DatedSeminar = Omit<Seminar, 'id'> & { idDate: string };

export class CatalogueBuilder {
  readonly warnings: ImportWarning[] = [];
  private readonly questionsById = new Map<string, ImportQuestion>();
  private readonly topics = new Map<string, Topic>();
  private readonly topicIds = new UniqueIds(STANDARD_TOPIC_IDS);
  private readonly customTopicIdByKey = new Map<string, string>();
  private readonly people = new Map<string, Person>();
  private readonly personIds = new UniqueIds();
  private readonly seminars: DatedSeminar[] = [];

  constructor(private readonly source?: ImportSource) {}

  warn(line: SourceLine, message: string): void {
    // Cut before cleaning: a minified schedule is one line of megabytes.
    this.warnings.push({ line: line.number, text: quoteLine(cleanLine(truncate(line.text, 400))), message });
  }

  ask(question: ImportQuestion): void {
    if (!this.questionsById.has(question.id)) this.questionsById.set(question.id, question);
  }

  get questions(): ImportQuestion[] {
    return [...this.questionsById.values()];
  }

  /** Cuts `value` to `max` characters, saying so. */
  limit(line: SourceLine, value: string, max: number, what: string): string {
    if (value.length <= max) return value;
    this.warn(line, `${what} longer than ${max.toLocaleString('en')} characters; cut`);
    return truncate(value, max);
  }

  /** The topic a session heading names: a standard one, or one of its own per distinct heading. */
  topicFor(heading: string, language: ContentLanguage | undefined): string | undefined {
    const standard = matchStandardTopic(heading);
    if (standard) {
      if (!this.topics.has(standard.id))
        this.topics.set(standard.id, { id: standard.id, labels: { ...standard.labels } });
      return standard.id;
    }
    const key = customTopicKey(heading);
    const known = this.customTopicIdByKey.get(key);
    if (known !== undefined) {
      const topic = this.topics.get(known);
      if (topic && language !== undefined && topic.labels[language] === undefined) topic.labels[language] = heading;
      return known;
    }
    if (this.topics.size >= LIMITS.topics) return undefined;
    const id = this.topicIds.claim(truncate(slugify(heading) || 'topic', LIMITS.id));
    this.customTopicIdByKey.set(key, id);
    this.topics.set(id, { id, labels: language === undefined ? {} : { [language]: heading } });
    return id;
  }

  /** Labels a topic of its own in `language` if it has no label there yet (standard topics keep theirs). */
  labelTopic(topicId: string, language: ContentLanguage, heading: string): void {
    if (STANDARD_TOPIC_IDS.has(topicId)) return;
    const topic = this.topics.get(topicId);
    if (topic && topic.labels[language] === undefined) topic.labels[language] = heading;
  }

  /** One person per given + family name, ignoring case and accents; later mentions fill what earlier ones lacked. */
  person(line: SourceLine, input: PersonInput): string | undefined {
    const givenName = this.limit(line, cleanLine(input.givenName), LIMITS.shortText, 'given name');
    const familyName = this.limit(line, cleanLine(input.familyName), LIMITS.shortText, 'family name');
    if (familyName === '') return undefined;
    const key = `${foldForMatching(givenName)}|${foldForMatching(familyName)}`;
    let person = this.people.get(key);
    if (!person) {
      if (this.people.size >= LIMITS.people) {
        this.warn(line, `more than ${LIMITS.people.toLocaleString('en')} people; not placed`);
        return undefined;
      }
      const id = this.personIds.claim(truncate(slugify(`${givenName} ${familyName}`) || 'person', LIMITS.id));
      person = { id, givenName, familyName, bio: {} };
      this.people.set(key, person);
    }
    const fill = (field: 'honorific' | 'organisation' | 'country', value: string | undefined) => {
      const clean = value === undefined ? '' : cleanLine(value);
      if (clean !== '' && person[field] === undefined) person[field] = this.limit(line, clean, LIMITS.shortText, field);
    };
    fill('honorific', input.honorific);
    fill('organisation', input.organisation);
    fill('country', input.country);
    if (input.nameOrder === 'family-given' && person.nameOrder === undefined) person.nameOrder = 'family-given';
    for (const [language, text] of Object.entries(input.bio ?? {}) as [keyof LocalisedText, string | undefined][]) {
      const bio = text?.trim() ?? '';
      // The same text under another language is that language's bio, not this one's.
      const elsewhere = Object.values(person.bio).includes(bio);
      if (bio !== '' && person.bio[language] === undefined && !elsewhere)
        person.bio[language] = this.limit(line, bio, LIMITS.longText, 'biography');
    }
    return person.id;
  }

  get seminarCount(): number {
    return this.seminars.length;
  }

  addSeminar(line: SourceLine, seminar: DatedSeminar): boolean {
    if (this.seminars.length >= LIMITS.seminars) {
      this.warn(line, `more than ${LIMITS.seminars.toLocaleString('en')} seminars; not placed`);
      return false;
    }
    this.seminars.push(seminar);
    return true;
  }

  finish(series: Series[]): Catalogue {
    return {
      format: CATALOGUE_FORMAT,
      version: CATALOGUE_VERSION,
      ...(this.source ? { source: this.source } : {}),
      series,
      topics: [...this.topics.values()],
      people: [...this.people.values()],
      seminars: assignSeminarIds(this.seminars),
    };
  }

  sortedWarnings(): ImportWarning[] {
    return [...this.warnings].sort((a, b) => a.line - b.line);
  }
}

/**
 * Seminar ids that survive a re-import: `seminar-<date>` when the date is the
 * programme's only seminar that day, else `seminar-<date>-<title slug>`, so an
 * id follows the seminar's date and title, not its position in the file.
 */
export function assignSeminarIds(seminars: DatedSeminar[]): Seminar[] {
  const perDate = new Map<string, number>();
  for (const { idDate } of seminars) perDate.set(idDate, (perDate.get(idDate) ?? 0) + 1);
  const used = new UniqueIds();
  return seminars.map(({ idDate, ...seminar }) => {
    const slug = slugify(seminar.title);
    const alone = perDate.get(idDate) === 1 || slug === '';
    const base = alone ? `seminar-${idDate}` : `seminar-${idDate}-${slug}`;
    return { id: used.claim(truncate(base, LIMITS.id)), ...seminar };
  });
}

/** "2021-06-04T11:00:00Z" from milliseconds; undefined outside the years 1000–9999 the schema allows. */
export function formatInstant(ms: number): string | undefined {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return undefined;
  const iso = new Date(ms).toISOString();
  return /^[1-9]\d{3}-/.test(iso) ? iso.replace(/\.\d{3}Z$/, 'Z') : undefined;
}
