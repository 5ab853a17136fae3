import {
  ChairSchema,
  PersonSchema,
  SeminarSchema,
  SeriesSchema,
  SessionSchema,
  SpeakerSchema,
  TopicSchema,
} from '../catalogue/schema';
import { uniqueSessionId } from '../catalogue/migrations';
import { isPlainRecord } from '../migrations';
import { programmeContentHash } from './programme';
import { type ProgrammeSnapshot, ProgrammeSourceSchema, type SeminarRevision, SeminarRevisionSchema } from './schema';
import type { PackWarning, ProgrammeItemKind } from './warnings';

/** Catalogue id for a snapshot whose source could not be read: matches no catalogue, so nothing is filled in wrongly. */
export const UNKNOWN_SOURCE_ID = 'unknown-source';

type Warn = (warning: PackWarning) => void;

/**
 * A programme snapshot from whatever the file holds: every item that parses is
 * kept, each damaged one is left out with a warning naming it, and references
 * that no longer resolve are cut at the smallest part (a speaker, not the
 * session; a session, not the seminar), so the snapshot always validates.
 */
export function repairProgramme(raw: unknown, warn: Warn): ProgrammeSnapshot {
  const data = isPlainRecord(raw) ? raw : {};
  if (!isPlainRecord(raw)) warn({ kind: 'field-reset', field: 'programme' });
  const source = ProgrammeSourceSchema.safeParse(data['source']);
  if (!source.success) warn({ kind: 'field-reset', field: 'programme' });

  const series = uniqueById(
    parseEach(data['series'], 'series', (item) => SeriesSchema.safeParse(item), warn),
    'series',
    warn,
  );
  const topics = uniqueById(
    parseEach(data['topics'], 'topic', (item) => TopicSchema.safeParse(item), warn),
    'topic',
    warn,
  );
  const people = uniqueById(
    parseEach(data['people'], 'person', (item) => PersonSchema.safeParse(item), warn),
    'person',
    warn,
  );
  const seriesIds = new Set(series.map((item) => item.id));
  const topicIds = new Set(topics.map((item) => item.id));
  const personIds = new Set(people.map((item) => item.id));

  const seminars = uniqueById(
    (Array.isArray(data['seminars']) ? data['seminars'] : []).flatMap((item) => {
      const seminar = salvageSeminar(item, warn);
      if (!seminar) return [];
      if (!seriesIds.has(seminar.seriesId) || Date.parse(seminar.end) <= Date.parse(seminar.start)) {
        warn({ kind: 'programme-item-dropped', item: 'seminar', name: seminar.title || seminar.id });
        return [];
      }
      return [resolveReferences(seminar, topicIds, personIds, warn)];
    }),
    'seminar',
    warn,
  );
  const snapshot: ProgrammeSnapshot = {
    source: source.success ? source.data : { catalogueId: UNKNOWN_SOURCE_ID, title: '', contentHash: '' },
    series,
    topics,
    people,
    seminars,
    ...readRevisions(data['revisions'], new Set(seminars.map((seminar) => seminar.id))),
  };
  return snapshot.source.contentHash === ''
    ? snapshot
    : { ...snapshot, source: { ...snapshot.source, contentHash: programmeContentHash(snapshot) } };
}

/**
 * The revisions that still read, for seminars the snapshot kept. They are
 * derived data (nothing the user wrote), so a damaged one is dropped without
 * a word: that seminar's calendar SEQUENCE starts again from its content.
 */
function readRevisions(raw: unknown, seminarIds: Set<string>): { revisions?: Record<string, SeminarRevision> } {
  if (!isPlainRecord(raw)) return {};
  const revisions: Record<string, SeminarRevision> = {};
  for (const [id, value] of Object.entries(raw)) {
    const parsed = SeminarRevisionSchema.safeParse(value);
    if (parsed.success && seminarIds.has(id)) revisions[id] = parsed.data;
  }
  return { revisions };
}

type Parsed<T> = { success: true; data: T } | { success: false };

function parseEach<T>(list: unknown, item: ProgrammeItemKind, parse: (raw: unknown) => Parsed<T>, warn: Warn): T[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw) => {
    const parsed = parse(raw);
    if (parsed.success) return [parsed.data];
    warn({ kind: 'programme-item-dropped', item, name: nameOf(raw) });
    return [];
  });
}

function uniqueById<T extends { id: string }>(items: T[], item: ProgrammeItemKind, warn: Warn): T[] {
  const seen = new Set<string>();
  return items.filter((candidate) => {
    if (!seen.has(candidate.id)) return seen.add(candidate.id);
    warn({
      kind: 'programme-item-dropped',
      item,
      name: `${nameOf(candidate)} (a second entry with id ${candidate.id})`,
    });
    return false;
  });
}

type Seminar = ProgrammeSnapshot['seminars'][number];
type Session = Seminar['sessions'][number];

/** A seminar whose own fields parse, keeping each session and speaker that parses on its own. */
function salvageSeminar(raw: unknown, warn: Warn): Seminar | undefined {
  const whole = SeminarSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const record = isPlainRecord(raw) ? raw : {};
  const bare = SeminarSchema.omit({ sessions: true, chair: true }).safeParse(record);
  if (!bare.success) {
    warn({ kind: 'programme-item-dropped', item: 'seminar', name: nameOf(raw) });
    return undefined;
  }
  const chair = record['chair'] === undefined ? undefined : ChairSchema.safeParse(record['chair']);
  if (chair && !chair.success)
    warn({ kind: 'programme-item-dropped', item: 'chair', name: bare.data.title || bare.data.id });
  const sessions = (Array.isArray(record['sessions']) ? record['sessions'] : []).flatMap((session) => {
    const parsed = SessionSchema.safeParse(session);
    if (parsed.success) return [parsed.data];
    const sessionRecord = isPlainRecord(session) ? session : {};
    const sessionBare = SessionSchema.omit({ speakers: true }).safeParse(sessionRecord);
    if (!sessionBare.success) {
      warn({ kind: 'programme-item-dropped', item: 'session', name: `${nameOf(session)}, ${bare.data.title}` });
      return [];
    }
    const speakers = parseEach(sessionRecord['speakers'], 'speaker', (item) => SpeakerSchema.safeParse(item), warn);
    return [{ ...sessionBare.data, speakers }];
  });
  return { ...bare.data, ...(chair?.success ? { chair: chair.data } : {}), sessions: sessions.slice(0, 200) };
}

/** Cuts what no longer resolves: an unknown chair or speaker, a session on an unknown topic; renames a repeated session id. */
function resolveReferences(seminar: Seminar, topicIds: Set<string>, personIds: Set<string>, warn: Warn): Seminar {
  const title = seminar.title || seminar.id;
  const usedSessionIds = new Set<string>();
  const sessions = seminar.sessions.flatMap((session): Session[] => {
    if (!topicIds.has(session.topicId)) {
      warn({ kind: 'programme-item-dropped', item: 'session', name: `${session.title || session.id}, ${title}` });
      return [];
    }
    const speakers = session.speakers.filter((speaker) => {
      if (personIds.has(speaker.personId)) return true;
      warn({ kind: 'programme-item-dropped', item: 'speaker', name: `${speaker.personId}, ${title}` });
      return false;
    });
    const badTimes =
      session.start !== undefined && session.end !== undefined && Date.parse(session.end) <= Date.parse(session.start);
    const { start, end, ...rest } = session;
    const timed = badTimes ? rest : { ...rest, ...(start ? { start } : {}), ...(end ? { end } : {}) };
    if (badTimes)
      warn({
        kind: 'programme-item-dropped',
        item: 'session',
        name: `times of ${session.title || session.id}, ${title}`,
      });
    return [{ ...timed, id: uniqueSessionId(session.id, usedSessionIds), speakers }];
  });
  const chairKnown = seminar.chair === undefined || personIds.has(seminar.chair.personId);
  if (!chairKnown) warn({ kind: 'programme-item-dropped', item: 'chair', name: title });
  const { chair, ...rest } = seminar;
  return { ...rest, ...(chair && chairKnown ? { chair } : {}), sessions };
}

/** A readable name for a damaged item: its title, a person's name, its id, or "unnamed". */
export function nameOf(raw: unknown): string {
  if (!isPlainRecord(raw)) return 'unnamed';
  for (const key of ['title', 'familyName', 'id']) {
    const value = raw[key];
    if (typeof value === 'string' && value.trim() !== '') {
      const given = key === 'familyName' && typeof raw['givenName'] === 'string' ? `${raw['givenName']} ` : '';
      return `${given}${value}`.trim().slice(0, 120);
    }
  }
  return 'unnamed';
}
