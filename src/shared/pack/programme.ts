import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import {
  CATALOGUE_FORMAT,
  CATALOGUE_VERSION,
  type Catalogue,
  type Person,
  type Seminar,
  type Series,
  type Topic,
} from '../catalogue/schema';
import type { ProgrammeSnapshot, ProgrammeSource, SeminarRevision } from './schema';

/** The id a pack records for the catalogue shipped with the app. */
export const BUILTIN_CATALOGUE_ID = 'builtin';

/** An empty snapshot taken from a catalogue: a new pack before any seminar is chosen. */
export function emptySnapshot(source: Omit<ProgrammeSource, 'contentHash'>): ProgrammeSnapshot {
  return withHash({ source: { ...source, contentHash: '' }, series: [], topics: [], people: [], seminars: [] });
}

/** The name a catalogue goes by: the title the user gave it, else its first series' title. */
export function catalogueTitle(catalogue: Catalogue): string {
  return catalogue.title ?? catalogue.series[0]?.title ?? '';
}

/**
 * The snapshot's programme as a catalogue, for the document builder, the
 * integrity checks and a pack opened where its catalogue is not installed.
 */
export function snapshotAsCatalogue(snapshot: ProgrammeSnapshot): Catalogue {
  return {
    format: CATALOGUE_FORMAT,
    version: CATALOGUE_VERSION,
    id: snapshot.source.catalogueId,
    ...(snapshot.source.title !== '' ? { title: snapshot.source.title } : {}),
    series: snapshot.series,
    topics: snapshot.topics,
    people: snapshot.people,
    seminars: snapshot.seminars,
  };
}

/**
 * The snapshot for exactly `seminarIds`: seminars already in the snapshot stay
 * as they are (the version the user accepted), the others are copied from
 * `catalogue`; the people, topics and series they refer to come along (the
 * snapshot's own copy first). Ids neither has are left out: the caller reports
 * them. Everything keeps the catalogue's order, so the file does not churn.
 */
export function withSeminars(
  snapshot: ProgrammeSnapshot,
  catalogue: Catalogue | undefined,
  seminarIds: readonly string[],
): ProgrammeSnapshot {
  const wanted = new Set(seminarIds);
  const kept = new Map(snapshot.seminars.filter((seminar) => wanted.has(seminar.id)).map((s) => [s.id, s]));
  const fromCatalogue = (catalogue?.seminars ?? []).filter(
    (seminar) => wanted.has(seminar.id) && !kept.has(seminar.id),
  );
  if (fromCatalogue.length === 0 && kept.size === snapshot.seminars.length) return snapshot;

  const seminars = mergeInOrder(catalogue?.seminars ?? [], [...kept.values(), ...fromCatalogue]);
  const lookup = <T extends { id: string }>(own: readonly T[], theirs: readonly T[] | undefined) => {
    const byId = new Map((theirs ?? []).map((item) => [item.id, item]));
    for (const item of own) byId.set(item.id, item);
    return byId;
  };
  const people = lookup(snapshot.people, catalogue?.people);
  const topics = lookup(snapshot.topics, catalogue?.topics);
  const series = lookup(snapshot.series, catalogue?.series);

  const personIds = new Set<string>();
  const topicIds = new Set<string>();
  const seriesIds = new Set<string>();
  for (const seminar of seminars) {
    seriesIds.add(seminar.seriesId);
    if (seminar.chair) personIds.add(seminar.chair.personId);
    for (const session of seminar.sessions) {
      topicIds.add(session.topicId);
      for (const speaker of session.speakers) personIds.add(speaker.personId);
    }
  }
  const pick = <T extends { id: string }>(ids: Set<string>, byId: Map<string, T>, order: readonly T[]): T[] =>
    mergeInOrder(
      order,
      [...ids].flatMap((id) => byId.get(id) ?? []),
    );
  return withHash({
    source: snapshot.source,
    ...(snapshot.revisions ? { revisions: snapshot.revisions } : {}),
    series: pick(seriesIds, series, catalogue?.series ?? snapshot.series) as Series[],
    topics: pick(topicIds, topics, catalogue?.topics ?? snapshot.topics) as Topic[],
    people: pick(personIds, people, catalogue?.people ?? snapshot.people) as Person[],
    seminars,
  });
}

/**
 * `items` in the order `reference` lists them, then those it does not list in
 * their own order. Linear: the reference is indexed once.
 */
function mergeInOrder<T extends { id: string }>(reference: readonly T[], items: readonly T[]): T[] {
  const position = new Map(reference.map((item, index) => [item.id, index]));
  return items
    .map((item, index) => ({ item, key: position.get(item.id) ?? reference.length + index }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}

/**
 * A fresh snapshot of the same seminars from the catalogue as it is now (the
 * user chose to take the programme's changes). Seminars the catalogue no
 * longer has leave the snapshot; the change list told the user so.
 */
export function refreshedSnapshot(
  snapshot: ProgrammeSnapshot,
  catalogue: Catalogue,
  seminarIds: readonly string[],
): ProgrammeSnapshot {
  const source = { ...snapshot.source, title: catalogueTitle(catalogue) || snapshot.source.title };
  // The revisions stay: a seminar the catalogue changed is counted once more, so calendars take the new version.
  const start = { ...emptySnapshot(source), source: { ...source, contentHash: '' } };
  return withSeminars(snapshot.revisions ? { ...start, revisions: snapshot.revisions } : start, catalogue, seminarIds);
}

/** SHA-256 of the snapshot's programme data (not of its source), as lowercase hex. */
export function programmeContentHash(snapshot: Omit<ProgrammeSnapshot, 'source'>): string {
  const content = JSON.stringify([snapshot.series, snapshot.topics, snapshot.people, snapshot.seminars]);
  return bytesToHex(sha256(utf8ToBytes(content)));
}

function withHash(snapshot: ProgrammeSnapshot): ProgrammeSnapshot {
  return {
    ...snapshot,
    source: { ...snapshot.source, contentHash: programmeContentHash(snapshot) },
    revisions: nextRevisions(snapshot),
  };
}

/**
 * SHA-256 of what a calendar entry says about a seminar: the seminar itself
 * (times, venue, sessions, chair, speakers) and the names, organisations and
 * countries of its people, so that a renamed speaker counts as a change too.
 */
export function seminarContentHash(snapshot: Omit<ProgrammeSnapshot, 'source'>, seminar: Seminar): string {
  const peopleById = new Map(snapshot.people.map((person) => [person.id, person]));
  const personIds = [
    ...(seminar.chair ? [seminar.chair.personId] : []),
    ...seminar.sessions.flatMap((session) => session.speakers.map((speaker) => speaker.personId)),
  ];
  const people = [...new Set(personIds)].map((id) => {
    const person = peopleById.get(id);
    return person ? [person.honorific, person.givenName, person.familyName, person.organisation, person.country] : id;
  });
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify([seminar, people]))));
}

/**
 * The revision of a seminar as a calendar sees it: the recorded one while its
 * content is unchanged, one more once it differs (a file edited by hand), 0
 * for a seminar never recorded.
 */
export function seminarRevision(snapshot: Omit<ProgrammeSnapshot, 'source'>, seminar: Seminar): SeminarRevision {
  const hash = seminarContentHash(snapshot, seminar);
  const recorded =
    snapshot.revisions && Object.hasOwn(snapshot.revisions, seminar.id) ? snapshot.revisions[seminar.id] : undefined;
  if (!recorded) return { sequence: 0, hash };
  return recorded.hash === hash ? recorded : { sequence: recorded.sequence + 1, hash };
}

/** Revisions for exactly the snapshot's seminars. */
function nextRevisions(snapshot: ProgrammeSnapshot): Record<string, SeminarRevision> {
  return Object.fromEntries(snapshot.seminars.map((seminar) => [seminar.id, seminarRevision(snapshot, seminar)]));
}

/** The seminars of the snapshot by id, for lookups. */
export function snapshotSeminars(snapshot: ProgrammeSnapshot): Map<string, Seminar> {
  return new Map(snapshot.seminars.map((seminar) => [seminar.id, seminar]));
}

/**
 * Everything a pack can choose from: the source catalogue (when at hand) with
 * the snapshot's own copies in place of the catalogue's, and the snapshot's
 * seminars the catalogue no longer has. Used to check ids given on the command
 * line and to list seminars when only the pack is here.
 */
export function programmeWithSource(snapshot: ProgrammeSnapshot, source: Catalogue | undefined): Catalogue {
  const own = snapshotAsCatalogue(snapshot);
  if (!source) return own;
  const merge = <T extends { id: string }>(theirs: readonly T[], ours: readonly T[]): T[] => {
    const mine = new Map(ours.map((item) => [item.id, item]));
    const seen = new Set(theirs.map((item) => item.id));
    return [...theirs.map((item) => mine.get(item.id) ?? item), ...ours.filter((item) => !seen.has(item.id))];
  };
  return {
    ...source,
    series: merge(source.series, own.series),
    topics: merge(source.topics, own.topics),
    people: merge(source.people, own.people),
    seminars: merge(source.seminars, own.seminars),
  };
}
