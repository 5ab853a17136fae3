import type { Catalogue, Person, Seminar, Session } from '../catalogue/schema';
import type { ProgrammeSnapshot } from './schema';

/** The seminar a change is in, as the user knows it. */
export interface SeminarRef {
  id: string;
  title: string;
  /** UTC instant: the interface prints the date in the user's language. */
  start: string;
}

export interface TimeWindow {
  start: string;
  end: string;
}

/**
 * One difference between a pack's programme snapshot and the catalogue it came
 * from, as data the interface words in its language (describeProgrammeChange
 * words it in English). Names are the catalogue's current ones where both have it.
 */
export type ProgrammeChange =
  | { kind: 'seminar-removed'; seminar: SeminarRef }
  | { kind: 'seminar-retitled'; seminar: SeminarRef; from: string; to: string }
  | { kind: 'seminar-moved'; seminar: SeminarRef; from: TimeWindow; to: TimeWindow }
  | { kind: 'venue-changed'; seminar: SeminarRef; from: string; to: string }
  | { kind: 'chair-changed'; seminar: SeminarRef; from: string; to: string }
  | { kind: 'session-added'; seminar: SeminarRef; session: string }
  | { kind: 'session-removed'; seminar: SeminarRef; session: string }
  | { kind: 'session-retitled'; seminar: SeminarRef; from: string; to: string }
  | { kind: 'session-moved'; seminar: SeminarRef; session: string; from?: TimeWindow; to?: TimeWindow }
  | { kind: 'speaker-added'; seminar: SeminarRef; session: string; person: string }
  | { kind: 'speaker-removed'; seminar: SeminarRef; session: string; person: string }
  | { kind: 'speaker-replaced'; seminar: SeminarRef; session: string; from: string; to: string }
  | { kind: 'speaker-confirmed'; seminar: SeminarRef; session: string; person: string }
  | { kind: 'speaker-unconfirmed'; seminar: SeminarRef; session: string; person: string }
  | { kind: 'role-changed'; seminar: SeminarRef; person: string; from: string; to: string }
  | { kind: 'person-changed'; person: string; what: 'name' | 'organisation' | 'country' | 'biography' };

/**
 * What changed in `catalogue` since the snapshot was taken, for the seminars
 * the pack has chosen (`seminarIds`, in pack order). Empty when nothing did.
 */
export function diffProgramme(
  snapshot: ProgrammeSnapshot,
  catalogue: Catalogue,
  seminarIds: readonly string[],
): ProgrammeChange[] {
  const changes: ProgrammeChange[] = [];
  const before = new Map(snapshot.seminars.map((seminar) => [seminar.id, seminar]));
  const after = new Map(catalogue.seminars.map((seminar) => [seminar.id, seminar]));
  const oldPeople = new Map(snapshot.people.map((person) => [person.id, person]));
  const newPeople = new Map(catalogue.people.map((person) => [person.id, person]));
  const nameOf = (personId: string): string =>
    personName(newPeople.get(personId) ?? oldPeople.get(personId)) || personId;

  const peopleInScope = new Set<string>();
  for (const id of seminarIds) {
    const old = before.get(id);
    if (!old) continue;
    const current = after.get(id);
    const ref: SeminarRef = { id, title: (current ?? old).title, start: (current ?? old).start };
    if (!current) {
      changes.push({ kind: 'seminar-removed', seminar: ref });
      continue;
    }
    if (old.title !== current.title)
      changes.push({ kind: 'seminar-retitled', seminar: ref, from: old.title, to: current.title });
    if (old.start !== current.start || old.end !== current.end)
      changes.push({ kind: 'seminar-moved', seminar: ref, from: windowOf(old)!, to: windowOf(current)! });
    if ((old.venue ?? '') !== (current.venue ?? ''))
      changes.push({ kind: 'venue-changed', seminar: ref, from: old.venue ?? '', to: current.venue ?? '' });
    if (old.chair?.personId !== current.chair?.personId) {
      const from = old.chair ? nameOf(old.chair.personId) : '';
      const to = current.chair ? nameOf(current.chair.personId) : '';
      changes.push({ kind: 'chair-changed', seminar: ref, from, to });
    } else if (old.chair && current.chair && old.chair.role !== current.chair.role) {
      const person = nameOf(current.chair.personId);
      changes.push({ kind: 'role-changed', seminar: ref, person, from: old.chair.role, to: current.chair.role });
    }
    for (const seminar of [old, current]) {
      if (seminar.chair) peopleInScope.add(seminar.chair.personId);
      for (const session of seminar.sessions)
        for (const speaker of session.speakers) peopleInScope.add(speaker.personId);
    }
    diffSessions(old, current, ref, nameOf, changes);
  }
  for (const personId of peopleInScope) {
    const old = oldPeople.get(personId);
    const current = newPeople.get(personId);
    if (!old || !current) continue;
    const person = personName(current) || personId;
    if (personName(old) !== personName(current)) changes.push({ kind: 'person-changed', person, what: 'name' });
    if ((old.organisation ?? '') !== (current.organisation ?? ''))
      changes.push({ kind: 'person-changed', person, what: 'organisation' });
    if ((old.country ?? '') !== (current.country ?? ''))
      changes.push({ kind: 'person-changed', person, what: 'country' });
    if (JSON.stringify(sortedEntries(old.bio)) !== JSON.stringify(sortedEntries(current.bio)))
      changes.push({ kind: 'person-changed', person, what: 'biography' });
  }
  return changes;
}

function diffSessions(
  old: Seminar,
  current: Seminar,
  seminar: SeminarRef,
  nameOf: (personId: string) => string,
  changes: ProgrammeChange[],
): void {
  const currentSessions = new Map(current.sessions.map((session) => [session.id, session]));
  const oldIds = new Set(old.sessions.map((session) => session.id));
  for (const before of old.sessions) {
    const after = currentSessions.get(before.id);
    if (!after) {
      changes.push({ kind: 'session-removed', seminar, session: before.title });
      continue;
    }
    const session = after.title;
    if (before.title !== after.title)
      changes.push({ kind: 'session-retitled', seminar, from: before.title, to: after.title });
    if (before.start !== after.start || before.end !== after.end) {
      const from = windowOf(before);
      const to = windowOf(after);
      changes.push({ kind: 'session-moved', seminar, session, ...(from ? { from } : {}), ...(to ? { to } : {}) });
    }
    diffSpeakers(before, after, seminar, session, nameOf, changes);
  }
  for (const after of current.sessions) {
    if (!oldIds.has(after.id)) changes.push({ kind: 'session-added', seminar, session: after.title });
  }
}

function diffSpeakers(
  before: Session,
  after: Session,
  seminar: SeminarRef,
  session: string,
  nameOf: (personId: string) => string,
  changes: ProgrammeChange[],
): void {
  const afterById = new Map(after.speakers.map((speaker) => [speaker.personId, speaker]));
  const beforeIds = new Set(before.speakers.map((speaker) => speaker.personId));
  const removed = before.speakers.filter((speaker) => !afterById.has(speaker.personId));
  const added = after.speakers.filter((speaker) => !beforeIds.has(speaker.personId));
  if (removed.length === 1 && added.length === 1) {
    changes.push({
      kind: 'speaker-replaced',
      seminar,
      session,
      from: nameOf(removed[0]!.personId),
      to: nameOf(added[0]!.personId),
    });
  } else {
    for (const speaker of removed)
      changes.push({ kind: 'speaker-removed', seminar, session, person: nameOf(speaker.personId) });
    for (const speaker of added)
      changes.push({ kind: 'speaker-added', seminar, session, person: nameOf(speaker.personId) });
  }
  for (const speaker of before.speakers) {
    const now = afterById.get(speaker.personId);
    if (!now) continue;
    const person = nameOf(speaker.personId);
    if (speaker.tbc && !now.tbc) changes.push({ kind: 'speaker-confirmed', seminar, session, person });
    if (!speaker.tbc && now.tbc) changes.push({ kind: 'speaker-unconfirmed', seminar, session, person });
    if (speaker.role !== now.role)
      changes.push({ kind: 'role-changed', seminar, person, from: speaker.role, to: now.role });
  }
}

function windowOf(item: { start?: string; end?: string }): TimeWindow | undefined {
  return item.start !== undefined && item.end !== undefined ? { start: item.start, end: item.end } : undefined;
}

/** "Dr. Jane DOE" as the change list names a person. */
export function personName(person: Person | undefined): string {
  if (!person) return '';
  const given =
    person.nameOrder === 'family-given' ? [person.familyName, person.givenName] : [person.givenName, person.familyName];
  return [person.honorific ?? '', ...given].filter((part) => part.trim() !== '').join(' ');
}

function sortedEntries(record: Record<string, string | undefined>): [string, string][] {
  return Object.entries(record)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/** One change as an English sentence, for the command line. Dates as UTC ISO dates. */
export function describeProgrammeChange(change: ProgrammeChange): string {
  const at = (seminar: SeminarRef) => `${seminar.start.slice(0, 10)} ${seminar.title}`.trim();
  const time = (window: TimeWindow | undefined) =>
    window ? `${window.start.slice(0, 16).replace('T', ' ')}–${window.end.slice(11, 16)} UTC` : 'no time';
  switch (change.kind) {
    case 'seminar-removed':
      return `${at(change.seminar)}: no longer in the programme.`;
    case 'seminar-retitled':
      return `${at(change.seminar)}: renamed from "${change.from}".`;
    case 'seminar-moved':
      return `${at(change.seminar)}: moved from ${time(change.from)} to ${time(change.to)}.`;
    case 'venue-changed':
      return `${at(change.seminar)}: venue now "${change.to || 'none'}" (was "${change.from || 'none'}").`;
    case 'chair-changed':
      return `${at(change.seminar)}: chaired by ${change.to || 'nobody'} (was ${change.from || 'nobody'}).`;
    case 'session-added':
      return `${at(change.seminar)}: new session "${change.session}".`;
    case 'session-removed':
      return `${at(change.seminar)}: session "${change.session}" removed.`;
    case 'session-retitled':
      return `${at(change.seminar)}: session "${change.from}" is now "${change.to}".`;
    case 'session-moved':
      return `${at(change.seminar)}: session "${change.session}" moved from ${time(change.from)} to ${time(change.to)}.`;
    case 'speaker-added':
      return `${at(change.seminar)}, ${change.session}: ${change.person} added.`;
    case 'speaker-removed':
      return `${at(change.seminar)}, ${change.session}: ${change.person} no longer speaks.`;
    case 'speaker-replaced':
      return `${at(change.seminar)}, ${change.session}: ${change.to} replaces ${change.from}.`;
    case 'speaker-confirmed':
      return `${at(change.seminar)}, ${change.session}: ${change.person} confirmed.`;
    case 'speaker-unconfirmed':
      return `${at(change.seminar)}, ${change.session}: ${change.person} now to be confirmed.`;
    case 'role-changed':
      return `${at(change.seminar)}: ${change.person}'s role is now "${change.to}" (was "${change.from}").`;
    case 'person-changed':
      return `${change.person}: ${change.what} changed.`;
  }
}
