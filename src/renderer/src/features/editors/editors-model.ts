/**
 * What the editors list, resolved from a pack and its catalogue with the same
 * scope rules as the document builder: the pack's seminars (unknown ids skipped),
 * and the chosen topics (none chosen = every topic) that have a session there.
 */
import type { Catalogue, Person, Seminar } from '../../../../shared/catalogue/schema';
import type { Pack, TopicBrief } from '../../../../shared/pack/schema';

export interface TopicRow {
  id: string;
  /** In the pack language, else the seminar's session title, else any label, else the id. */
  label: string;
}

export interface PersonRow {
  id: string;
  givenName: string;
  familyName: string;
  person?: Person;
  /** Each distinct wording once, in order of appearance. */
  roles: string[];
  tbc: boolean;
  /** "Chair" appearances have no topic. */
  appearances: { seminarId: string; seminarTitle: string; topicId?: string }[];
}

export const EMPTY_BRIEF: TopicBrief = { summary: '', pointsToMake: [], background: '' };

const firstText = (...candidates: (string | undefined)[]): string =>
  candidates.find((candidate) => candidate !== undefined && candidate.trim() !== '')?.trim() ?? '';

/** What decides who and what the editors list: the chosen seminars and topics. */
type Scope = Pick<Pack, 'seminarIds' | 'topicIds'>;

function chosenSeminars(pack: Scope, catalogue: Catalogue): Seminar[] {
  const byId = new Map(catalogue.seminars.map((seminar) => [seminar.id, seminar]));
  return [...new Set(pack.seminarIds)].flatMap((id) => byId.get(id) ?? []);
}

function topicChooser(pack: Scope): (topicId: string) => boolean {
  const chosen = new Set(pack.topicIds);
  return (topicId) => chosen.size === 0 || chosen.has(topicId);
}

export function topicsForPack(pack: Pack, catalogue: Catalogue): TopicRow[] {
  const seminars = chosenSeminars(pack, catalogue);
  const isChosen = topicChooser(pack);
  const sessionTitles = new Map<string, string>();
  for (const seminar of seminars) {
    for (const session of seminar.sessions) {
      if (isChosen(session.topicId) && !sessionTitles.has(session.topicId))
        sessionTitles.set(session.topicId, session.title);
    }
  }
  return catalogue.topics
    .filter((topic) => sessionTitles.has(topic.id))
    .map((topic) => ({
      id: topic.id,
      label: firstText(
        topic.labels[pack.language],
        sessionTitles.get(topic.id),
        topic.labels.en,
        topic.labels.fr,
        topic.labels.es,
        topic.id,
      ),
    }));
}

/** Chairs and speakers (on the chosen topics) of the chosen seminars, each once, sorted by family then given name. */
export function peopleForPack(pack: Scope, catalogue: Catalogue, locale: string): PersonRow[] {
  const peopleById = new Map(catalogue.people.map((person) => [person.id, person]));
  const isChosen = topicChooser(pack);
  const rows = new Map<string, PersonRow>();
  const add = (personId: string, role: string, tbc: boolean, seminar: Seminar, topicId?: string) => {
    let row = rows.get(personId);
    if (!row) {
      const person = peopleById.get(personId);
      row = {
        id: personId,
        givenName: person?.givenName ?? '',
        familyName: person?.familyName ?? personId,
        ...(person ? { person } : {}),
        roles: [],
        tbc: false,
        appearances: [],
      };
      rows.set(personId, row);
    }
    const trimmed = role.trim();
    if (trimmed !== '' && !row.roles.includes(trimmed)) row.roles.push(trimmed);
    row.tbc ||= tbc;
    row.appearances.push({ seminarId: seminar.id, seminarTitle: seminar.title, ...(topicId ? { topicId } : {}) });
  };
  for (const seminar of chosenSeminars(pack, catalogue)) {
    if (seminar.chair) add(seminar.chair.personId, seminar.chair.role, false, seminar);
    for (const session of seminar.sessions) {
      if (!isChosen(session.topicId)) continue;
      for (const speaker of session.speakers)
        add(speaker.personId, speaker.role, speaker.tbc, seminar, session.topicId);
    }
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...rows.values()].sort(
    (a, b) =>
      collator.compare(a.familyName, b.familyName) ||
      collator.compare(a.givenName, b.givenName) ||
      (a.id < b.id ? -1 : 1),
  );
}

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Matches on name (either order) and roles, ignoring case and accents. */
export function matchesPerson(row: PersonRow, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([row.givenName, row.familyName, ...row.roles].join(' '));
  return words.every((word) => haystack.includes(word));
}

/** "Given FAMILY", as the document prints names. */
export function personName(row: Pick<PersonRow, 'givenName' | 'familyName'>, locale: string): string {
  const family = row.familyName.toLocaleUpperCase(locale);
  return row.givenName.trim() === '' ? family : `${row.givenName} ${family}`;
}
