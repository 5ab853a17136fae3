import type { Catalogue, Person } from '../../../../shared/catalogue/schema';
import type { NewPerson } from './catalogue-edit';
import { personIdFor } from './ids';

export function addPeople(catalogue: Catalogue, people: NewPerson[]): { catalogue: Catalogue; ids: string[] } {
  const taken = catalogue.people.map((person) => person.id);
  const added: Person[] = people.map(({ givenName, familyName }) => {
    const id = personIdFor(givenName, familyName, taken);
    taken.push(id);
    return { id, givenName: givenName.trim(), familyName: familyName.trim(), bio: {} };
  });
  return { catalogue: { ...catalogue, people: [...catalogue.people, ...added] }, ids: added.map((p) => p.id) };
}

/** How many times a person appears as chair or speaker. */
export function appearances(catalogue: Catalogue, personId: string): number {
  let count = 0;
  for (const seminar of catalogue.seminars) {
    if (seminar.chair?.personId === personId) count++;
    for (const session of seminar.sessions)
      count += session.speakers.filter((speaker) => speaker.personId === personId).length;
  }
  return count;
}

/**
 * `mergeId` becomes `keepId` everywhere (a session that then lists the person
 * twice keeps the first); what `keepId` lacks (a bio in a language, an
 * honorific, organisation, country) is taken from `mergeId`, which goes.
 */
export function mergePeople(catalogue: Catalogue, keepId: string, mergeId: string): Catalogue {
  const keep = catalogue.people.find((person) => person.id === keepId);
  const merged = catalogue.people.find((person) => person.id === mergeId);
  if (!keep || !merged || keepId === mergeId) return catalogue;
  const person: Person = { ...merged, ...keep, bio: { ...merged.bio, ...dropEmpty(keep.bio) } };
  for (const field of ['honorific', 'organisation', 'country', 'sortKey', 'nameOrder'] as const)
    if (keep[field] === undefined && merged[field] !== undefined) Object.assign(person, { [field]: merged[field] });
  const seminars = catalogue.seminars.map((seminar) => ({
    ...seminar,
    ...(seminar.chair?.personId === mergeId ? { chair: { ...seminar.chair, personId: keepId } } : {}),
    sessions: seminar.sessions.map((session) => {
      const seen = new Set<string>();
      const speakers = session.speakers
        .map((speaker) => (speaker.personId === mergeId ? { ...speaker, personId: keepId } : speaker))
        .filter((speaker) => (seen.has(speaker.personId) ? false : (seen.add(speaker.personId), true)));
      return { ...session, speakers };
    }),
  }));
  const people = catalogue.people.filter((p) => p.id !== mergeId).map((p) => (p.id === keepId ? person : p));
  return { ...catalogue, people, seminars };
}

function dropEmpty<T extends Record<string, string | undefined>>(record: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined && value !== ''),
  ) as Partial<T>;
}
