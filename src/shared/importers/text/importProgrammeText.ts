import {
  CATALOGUE_FORMAT,
  CATALOGUE_VERSION,
  type Catalogue,
  type FurtherReading,
  type Language,
  type Person,
  type Seminar,
  type Series,
  type Session,
  type Topic,
} from '../../catalogue/schema';
import { type CalendarDate, formatIsoDate, parseSeminarHeading } from './dates';
import { isFurtherReadingsHeading, matchBullet, matchChairLabel, matchSpeakersLabel, matchTimeLabel } from './labels';
import { type PersonLine, parsePersonLine } from './people';
import { parseTimeRange, type TimeRange } from './times';
import { uniqueSessionId } from '../../catalogue/migrations';
import { STANDARD_TOPICS, customTopicKey, matchStandardTopic, type StandardTopic } from './topics';
import { claimUniqueId, cleanLine, foldForMatching, quoteLine, slugify, splitLines, truncate } from './text';

/** Something in the programme text the importer could not place, or placed by guessing. */
export interface ImportWarning {
  /** 1-based line number in the source text. */
  line: number;
  /** The line, trimmed, at most ~200 characters. */
  text: string;
  message: string;
}

export interface ImportOptions {
  /** Id of the series; by default a slug of the programme's title. */
  seriesId?: string;
}

export type ImportErrorCode = 'no-seminar';

export type ImportResult =
  | { ok: true; catalogue: Catalogue; warnings: ImportWarning[] }
  | { ok: false; code: ImportErrorCode; message: string; warnings: ImportWarning[] };

export const NO_SEMINAR_MESSAGE = 'No seminar found: expected a heading such as "24 June 2020 - Seminar title".';

// Mirrors the maxima of the catalogue schema, so that whatever the text holds the result validates.
const MAX_SHORT_TEXT = 2_000;
const MAX_LONG_TEXT = 100_000;
const MAX_ID = 200;
const MAX_FOCUS_ITEMS = 200;
const MAX_READINGS = 500;
const MAX_SESSIONS = 200;
const MAX_SPEAKERS = 200;
const MAX_SEMINARS = 20_000;
const MAX_TOPICS = 10_000;
const MAX_PEOPLE = 100_000;
const MAX_URL = 2_000;
/** Longer lines inside a seminar are prose that slipped in, not topic headings. */
const MAX_TOPIC_HEADING = 200;
const DAY_MS = 86_400_000;
const STANDARD_TOPIC_IDS: ReadonlySet<string> = new Set(STANDARD_TOPICS.map((topic) => topic.id));

interface Line {
  number: number;
  text: string;
}

interface DraftSession {
  heading: Line;
  topicId: string;
  title: string;
  speakers: Session['speakers'];
}

interface DraftSeminar {
  heading: Line;
  date: CalendarDate;
  title: string;
  dateLanguage: Language;
  languageVotes: Record<Language, number>;
  time?: { start: string; end: string };
  chair?: { personId: string; role: string };
  /** Line of a "Chair:" label whose name is expected on the next line, with the label as written. */
  awaitingChair?: Line;
  awaitingChairLabel?: string;
  sessions: DraftSession[];
}

/** A finished seminar before its id is chosen, with the date its heading gave (the id is derived from it). */
type DatedSeminar = Omit<Seminar, 'id'> & { headingDate: string };

type State = 'before-title' | 'preamble' | 'readings' | 'seminar' | 'seminar-readings' | 'dropped-seminar';

/**
 * Imports a programme text (like the built-in 2020 cybercrime webinar series)
 * into a catalogue. Never throws: whatever it cannot place is reported as a
 * warning with its line number, and the catalogue it returns always passes
 * `validateCatalogue`.
 */
export function importProgrammeText(text: string, options: ImportOptions = {}): ImportResult {
  const importer = new ProgrammeImporter(typeof options?.seriesId === 'string' ? options.seriesId : undefined);
  const lines = splitLines(typeof text === 'string' ? text : '');
  lines.forEach((raw, index) => importer.readLine({ number: index + 1, text: cleanLine(raw) }));
  return importer.finish();
}

class ProgrammeImporter {
  private state: State = 'before-title';
  private readonly warnings: ImportWarning[] = [];

  private seriesTitle: string | undefined;
  private seriesId: string | undefined;
  private expectingSubtitle = false;
  private paragraph: Line[] = [];
  private readonly summaryParagraphs: string[] = [];
  private summaryLength = 0;
  private readonly focus: string[] = [];
  /** Summary paragraphs read before the first focus item: where the list stands in the programme. */
  private focusAfterParagraph: number | undefined;
  private readonly readings: FurtherReading[] = [];

  private current: DraftSeminar | undefined;
  private readonly seminars: DatedSeminar[] = [];

  private readonly topics = new Map<string, Topic>();
  private readonly topicIds = new Set<string>(STANDARD_TOPIC_IDS);
  private readonly customTopicIdByKey = new Map<string, string>();

  private readonly people = new Map<string, Person>();
  private readonly personIds = new Set<string>();

  constructor(private readonly requestedSeriesId: string | undefined) {}

  readLine(line: Line): void {
    if (line.text === '') {
      this.closeParagraph();
      return;
    }
    const heading = parseSeminarHeading(line.text);
    if (heading?.kind === 'heading') {
      this.startSeminar(line, heading.date, heading.title, heading.language);
      return;
    }
    if (heading?.kind === 'invalid-date') {
      this.warn(line, `looks like a seminar heading, but ${heading.message}; not placed`);
      return;
    }
    switch (this.state) {
      case 'before-title':
        this.seriesTitle = this.limit(line, line.text, MAX_SHORT_TEXT, 'series title');
        this.state = 'preamble';
        this.expectingSubtitle = true;
        return;
      case 'preamble':
        this.readPreambleLine(line);
        return;
      case 'readings':
      case 'seminar-readings':
        this.readReading(line);
        return;
      case 'seminar':
        this.readSeminarLine(line);
        return;
      case 'dropped-seminar':
        return; // the heading's warning already says its lines are not placed
    }
  }

  finish(): ImportResult {
    this.closeParagraph();
    this.finishSeminar();
    const warnings = [...this.warnings].sort((a, b) => a.line - b.line);
    if (this.seminars.length === 0) return { ok: false, code: 'no-seminar', message: NO_SEMINAR_MESSAGE, warnings };

    const series: Series = {
      id: this.seriesId ?? 'series',
      title: this.seriesTitle ?? 'Untitled programme',
      summary: this.summaryParagraphs.join('\n\n'),
      focus: this.focus,
      ...(this.focusAfterParagraph !== undefined ? { focusAfterParagraph: this.focusAfterParagraph } : {}),
      furtherReadings: this.readings,
    };
    const catalogue: Catalogue = {
      format: CATALOGUE_FORMAT,
      version: CATALOGUE_VERSION,
      series: [series],
      topics: [...this.topics.values()],
      people: [...this.people.values()],
      seminars: assignSeminarIds(this.seminars),
    };
    return { ok: true, catalogue, warnings };
  }

  // ---- Before the first seminar: title, summary, focus, further readings ----

  private readPreambleLine(line: Line): void {
    const expectingSubtitle = this.expectingSubtitle;
    this.expectingSubtitle = false;
    if (isFurtherReadingsHeading(line.text)) {
      this.closeParagraph();
      this.state = 'readings';
      return;
    }
    const bullet = matchBullet(line.text);
    if (bullet !== null) {
      this.closeParagraph();
      this.addFocusItem(line, bullet);
      return;
    }
    if (expectingSubtitle && looksLikeLabelNotSentence(line.text)) {
      this.warn(line, 'short line right after the title (a file name or subtitle?); not placed');
      return;
    }
    this.paragraph.push(line);
  }

  private closeParagraph(): void {
    const first = this.paragraph[0];
    if (!first) return;
    // Hard-wrapped lines of one paragraph are rejoined with a space.
    const text = this.paragraph.map((line) => line.text).join(' ');
    this.paragraph = [];
    const separator = this.summaryParagraphs.length > 0 ? 2 : 0;
    const room = MAX_LONG_TEXT - this.summaryLength - separator;
    if (room <= 0) {
      this.warn(first, 'the series summary is full (100,000 characters); paragraph not placed');
      return;
    }
    const kept = truncate(text, room);
    if (kept.length < text.length) this.warn(first, 'the series summary is full (100,000 characters); paragraph cut');
    this.summaryParagraphs.push(kept);
    this.summaryLength += separator + kept.length;
  }

  private addFocusItem(line: Line, item: string): void {
    if (item === '') this.warn(line, 'empty bullet; not placed');
    else if (this.focus.length >= MAX_FOCUS_ITEMS)
      this.warn(line, `more than ${MAX_FOCUS_ITEMS} focus items; not placed`);
    else {
      this.focusAfterParagraph ??= this.summaryParagraphs.length;
      this.focus.push(this.limit(line, item, MAX_SHORT_TEXT, 'focus item'));
    }
  }

  private readReading(line: Line): void {
    const item = matchBullet(line.text) ?? line.text;
    if (item === '') {
      this.warn(line, 'empty further reading; not placed');
      return;
    }
    if (this.readings.length >= MAX_READINGS) {
      this.warn(line, `more than ${MAX_READINGS} further readings; not placed`);
      return;
    }
    const { title, url } = splitReading(item);
    const reading: FurtherReading = { title: this.limit(line, title, MAX_SHORT_TEXT, 'reading title') };
    if (url !== undefined) {
      if (url.length <= MAX_URL) reading.url = url;
      else this.warn(line, `link longer than ${MAX_URL} characters; the reading is kept without it`);
    }
    this.readings.push(reading);
  }

  // ---- Seminars ----

  private startSeminar(line: Line, date: CalendarDate, title: string, language: Language): void {
    this.closeParagraph();
    this.finishSeminar();
    if (this.seriesTitle === undefined) {
      this.seriesTitle = this.limit(line, title === '' ? 'Untitled programme' : title, MAX_SHORT_TEXT, 'series title');
      this.warn(line, 'no series title before the first seminar; the seminar title is used as the series title');
    }
    this.seriesId ??= this.chooseSeriesId(this.seriesTitle);
    if (this.seminars.length >= MAX_SEMINARS) {
      this.warn(line, `more than ${MAX_SEMINARS} seminars; this seminar and its lines are not placed`);
      this.state = 'dropped-seminar';
      return;
    }
    if (title === '') this.warn(line, 'seminar heading has no title after the date');
    this.state = 'seminar';
    this.current = {
      heading: line,
      date,
      title: this.limit(line, title, MAX_SHORT_TEXT, 'seminar title'),
      dateLanguage: language,
      languageVotes: { en: 0, fr: 0, es: 0, [language]: 1 },
      sessions: [],
    };
  }

  private chooseSeriesId(title: string): string {
    // Cleaned like any line of the text: a caller's id must not carry code points XML forbids.
    const requested = this.requestedSeriesId === undefined ? undefined : cleanLine(this.requestedSeriesId);
    if (requested) return truncate(requested, MAX_ID);
    return slugify(title) || 'series';
  }

  private readSeminarLine(line: Line): void {
    const seminar = this.current;
    if (!seminar) return;
    const text = line.text;

    if (seminar.awaitingChair) {
      const awaiting = seminar.awaitingChair;
      const label = seminar.awaitingChairLabel ?? '';
      seminar.awaitingChair = undefined;
      seminar.awaitingChairLabel = undefined;
      const person = parsePersonLine(text);
      if (person) {
        this.setChair(seminar, line, person, label);
        return;
      }
      this.warn(awaiting, 'chair label not followed by a name written "Given FAMILY, role"; no chair recorded');
    }

    const timeLabel = matchTimeLabel(text);
    if (timeLabel) {
      seminar.languageVotes[timeLabel.language] += 1;
      this.readTime(seminar, line, timeLabel.rest, true);
      return;
    }
    const chairLabel = matchChairLabel(text);
    if (chairLabel) {
      seminar.languageVotes[chairLabel.language] += 1;
      if (chairLabel.rest === '') {
        seminar.awaitingChair = line;
        seminar.awaitingChairLabel = chairLabel.label;
        return;
      }
      const person = parsePersonLine(chairLabel.rest);
      if (person) this.setChair(seminar, line, person, chairLabel.label);
      else
        this.warn(line, 'could not read a name written "Given FAMILY, role" after the chair label; no chair recorded');
      return;
    }
    const speakersLabel = matchSpeakersLabel(text);
    if (speakersLabel) {
      seminar.languageVotes[speakersLabel.language] += 1;
      if (speakersLabel.rest === '') return; // structural: nothing to store
      const person = parsePersonLine(speakersLabel.rest);
      if (person) this.addSpeaker(seminar, line, person);
      else this.warn(line, 'could not read a name written "Given FAMILY, role" after the label; not placed');
      return;
    }
    if (isFurtherReadingsHeading(text)) {
      this.state = 'seminar-readings';
      return;
    }
    const person = parsePersonLine(text);
    if (person) {
      this.addSpeaker(seminar, line, person);
      return;
    }
    // A bare "7.00 a.m. – 8.45 a.m. UTC" before any topic is the seminar's time.
    if (!seminar.time && seminar.sessions.length === 0 && this.readTime(seminar, line, text, false)) return;
    this.addSession(seminar, line);
  }

  /** Returns whether the line was taken as the seminar's time. */
  private readTime(seminar: DraftSeminar, line: Line, rangeText: string, labelled: boolean): boolean {
    const range = parseTimeRange(rangeText);
    if ('error' in range) {
      if (labelled) this.warn(line, `could not read the time: ${range.error}; not placed`);
      return labelled;
    }
    if (!labelled && range.notes.length > 0) return false; // without a label, only an unmistakable UTC range counts
    if (seminar.time) {
      this.warn(line, 'second time line for this seminar; ignored');
      return true;
    }
    for (const note of range.notes) this.warn(line, note);
    const instants = this.toInstants(seminar.date, range, line);
    if (instants) seminar.time = instants;
    return true;
  }

  private toInstants(date: CalendarDate, range: TimeRange, line: Line): { start: string; end: string } | undefined {
    const midnight = Date.UTC(date.year, date.month - 1, date.day);
    const startMs = midnight + (range.startMinutes - range.offsetMinutes) * 60_000;
    let endMs = midnight + (range.endMinutes - range.offsetMinutes) * 60_000;
    if (endMs <= startMs) {
      endMs += DAY_MS;
      this.warn(line, 'the end time is not after the start time; the seminar is taken to end the next day');
    }
    const start = formatInstant(startMs);
    const end = formatInstant(endMs);
    if (start === undefined || end === undefined) {
      this.warn(line, 'the time falls outside the years 1000–9999; not placed');
      return undefined;
    }
    return { start, end };
  }

  private setChair(seminar: DraftSeminar, line: Line, person: PersonLine, label: string): void {
    if (seminar.chair) {
      this.warn(
        line,
        `this seminar already has a chair; ${person.givenName} ${person.familyName} not recorded (the catalogue holds one chair per seminar)`,
      );
      return;
    }
    const personId = this.registerPerson(line, person);
    if (personId === undefined) return;
    if (person.tbc) this.warn(line, 'chair marked TBC; the catalogue records TBC only for speakers');
    seminar.chair = {
      personId,
      role: this.limit(line, person.role, MAX_SHORT_TEXT, 'role'),
      ...(label !== '' ? { label: this.limit(line, label, MAX_SHORT_TEXT, 'chair label') } : {}),
    };
  }

  private addSpeaker(seminar: DraftSeminar, line: Line, person: PersonLine): void {
    const session = seminar.sessions[seminar.sessions.length - 1];
    if (!session) {
      this.warn(line, 'speaker line before any topic heading in this seminar; not placed');
      return;
    }
    if (session.speakers.length >= MAX_SPEAKERS) {
      this.warn(line, `more than ${MAX_SPEAKERS} speakers in one session; not placed`);
      return;
    }
    const personId = this.registerPerson(line, person);
    if (personId === undefined) return;
    session.speakers.push({ personId, role: this.limit(line, person.role, MAX_SHORT_TEXT, 'role'), tbc: person.tbc });
  }

  private addSession(seminar: DraftSeminar, line: Line): void {
    const heading = line.text;
    if (heading.length > MAX_TOPIC_HEADING) {
      this.warn(line, `too long for a topic heading (over ${MAX_TOPIC_HEADING} characters); not placed`);
      return;
    }
    if (seminar.sessions.length >= MAX_SESSIONS) {
      this.warn(line, `more than ${MAX_SESSIONS} topics in one seminar; not placed`);
      return;
    }
    const standard = matchStandardTopic(heading);
    const topicId = standard ? this.useStandardTopic(standard) : this.useCustomTopic(heading);
    if (topicId === undefined) {
      this.warn(line, `more than ${MAX_TOPICS} distinct topics; not placed`);
      return;
    }
    seminar.sessions.push({ heading: line, topicId, title: heading, speakers: [] });
  }

  private finishSeminar(): void {
    const seminar = this.current;
    this.current = undefined;
    if (!seminar) return;
    if (seminar.awaitingChair) {
      this.warn(seminar.awaitingChair, 'chair label not followed by a name; no chair recorded');
    }
    const language = chooseLanguage(seminar);
    // A heading of its own is labelled in the language of the first seminar that uses it;
    // that language is only known once all of the seminar's labels have been seen.
    for (const session of seminar.sessions) {
      const topic = STANDARD_TOPIC_IDS.has(session.topicId) ? undefined : this.topics.get(session.topicId);
      if (topic && topic.labels[language] === undefined) topic.labels[language] = session.title;
    }
    const isoDate = formatIsoDate(seminar.date);
    let time = seminar.time;
    if (!time) {
      this.warn(seminar.heading, 'no time line; whole day assumed (00:00–23:59 UTC)');
      time = { start: `${isoDate}T00:00:00Z`, end: `${isoDate}T23:59:00Z` };
    }
    if (seminar.sessions.length === 0) this.warn(seminar.heading, 'seminar has no topic headings');
    // A heading with nobody under it is often a line that was meant to be something else.
    for (const session of seminar.sessions) {
      if (session.speakers.length === 0) this.warn(session.heading, 'topic heading has no speakers');
    }
    const sessionIds = new Set<string>();
    this.seminars.push({
      headingDate: isoDate,
      seriesId: this.seriesId ?? 'series',
      title: seminar.title,
      language,
      start: time.start,
      end: time.end,
      ...(seminar.chair ? { chair: seminar.chair } : {}),
      sessions: seminar.sessions.map(({ topicId, title, speakers }) => ({
        id: uniqueSessionId(topicId, sessionIds),
        topicId,
        title,
        speakers,
      })),
    });
  }

  // ---- Registries ----

  private useStandardTopic(standard: StandardTopic): string {
    if (!this.topics.has(standard.id))
      this.topics.set(standard.id, { id: standard.id, labels: { ...standard.labels } });
    return standard.id;
  }

  private useCustomTopic(heading: string): string | undefined {
    const key = customTopicKey(heading);
    const known = this.customTopicIdByKey.get(key);
    if (known !== undefined) return known;
    if (this.topics.size >= MAX_TOPICS) return undefined;
    const id = claimUniqueId(slugify(heading) || 'topic', this.topicIds);
    this.customTopicIdByKey.set(key, id);
    this.topics.set(id, { id, labels: {} });
    return id;
  }

  /** One person per given + family name, ignoring case and accents. */
  private registerPerson(line: Line, person: PersonLine): string | undefined {
    if (person.note) this.warn(line, person.note);
    const key = `${foldForMatching(person.givenName)}|${foldForMatching(person.familyName)}`;
    const known = this.people.get(key);
    if (known) return known.id;
    if (this.people.size >= MAX_PEOPLE) {
      this.warn(line, `more than ${MAX_PEOPLE} people; not placed`);
      return undefined;
    }
    const givenName = this.limit(line, person.givenName, MAX_SHORT_TEXT, 'given name');
    const familyName = this.limit(line, person.familyName, MAX_SHORT_TEXT, 'family name');
    const id = claimUniqueId(slugify(`${givenName} ${familyName}`) || 'person', this.personIds);
    this.people.set(key, { id, givenName, familyName, bio: {} });
    return id;
  }

  // ---- Helpers ----

  private limit(line: Line, value: string, max: number, what: string): string {
    if (value.length <= max) return value;
    this.warn(line, `${what} longer than ${max.toLocaleString('en')} characters; cut`);
    return truncate(value, max);
  }

  private warn(line: Line, message: string): void {
    this.warnings.push({ line: line.number, text: quoteLine(line.text), message });
  }
}

/**
 * Seminar ids that survive a re-import: `seminar-<date>` when the date is the
 * programme's only seminar that day, else `seminar-<date>-<title slug>`, so an
 * id follows the seminar's date and title, not its position in the file.
 */
function assignSeminarIds(seminars: DatedSeminar[]): Seminar[] {
  const perDate = new Map<string, number>();
  for (const { headingDate } of seminars) perDate.set(headingDate, (perDate.get(headingDate) ?? 0) + 1);
  const used = new Set<string>();
  return seminars.map(({ headingDate, ...seminar }) => {
    const slug = slugify(seminar.title);
    const alone = perDate.get(headingDate) === 1 || slug === '';
    const base = alone ? `seminar-${headingDate}` : `seminar-${headingDate}-${slug}`;
    return { id: claimUniqueId(truncate(base, MAX_ID), used), ...seminar };
  });
}

/** The heading date's language wins unless the labels (Time:/Heure:/Hora:, Chair:…) outvote it. */
function chooseLanguage(seminar: DraftSeminar): Language {
  let best = seminar.dateLanguage;
  for (const language of ['en', 'fr', 'es'] as const) {
    if (seminar.languageVotes[language] > seminar.languageVotes[best]) best = language;
  }
  return best;
}

/** A short line that is not a sentence: a file name, a subtitle, a stray label. */
function looksLikeLabelNotSentence(text: string): boolean {
  return text.length <= 80 && text.split(' ').length <= 8 && !/[.!?:;…]$/u.test(text);
}

function formatInstant(ms: number): string | undefined {
  if (!Number.isFinite(ms)) return undefined;
  const iso = new Date(ms).toISOString();
  return /^\d{4}-/.test(iso) ? iso.replace(/\.\d{3}Z$/, 'Z') : undefined;
}

/** "Title – https://…", "Title https://…", "https://… Title" or a bare title. */
function splitReading(item: string): { title: string; url?: string } {
  const words = item.split(' ');
  const isUrl = (word: string | undefined) => word !== undefined && /^[(<]?https?:\/\/\S+$/iu.test(word);
  const stripUrl = (word: string) => word.replace(/^[(<]/, '').replace(/[)>]?[.,;]?$/, '');
  const separators = /^[\s\-–—:|]+|[\s\-–—:|]+$/gu;
  const last = words[words.length - 1];
  if (isUrl(last)) {
    const url = stripUrl(last ?? '');
    const title = words.slice(0, -1).join(' ').replace(separators, '');
    return { title: title === '' ? url : title, url };
  }
  const first = words[0];
  if (isUrl(first) && words.length > 1) {
    const title = words.slice(1).join(' ').replace(separators, '');
    const url = stripUrl(first ?? '');
    return { title: title === '' ? url : title, url };
  }
  return { title: item };
}
