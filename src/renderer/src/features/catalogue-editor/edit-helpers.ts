import type { Catalogue, Person, Seminar, Session } from '../../../../shared/catalogue/schema';

export function slugOf(label: string): string {
  return (
    label
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'topic'
  );
}

/** Sets an optional text field; '' removes it (unless `keepEmpty`, for a required one). */
export function setOptional<T extends object, K extends keyof T & string>(
  item: T,
  field: K,
  value: string,
  keepEmpty = false,
): T {
  const current = (item as Record<string, unknown>)[field];
  if (value === '' && !keepEmpty) {
    if (current === undefined) return item;
    const copy = { ...item };
    delete (copy as Record<string, unknown>)[field];
    return copy;
  }
  return current === value ? item : { ...item, [field]: value };
}

export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || from >= list.length) return list as T[];
  const target = Math.min(Math.max(to, 0), list.length - 1);
  if (target === from) return list as T[];
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(target, 0, item!);
  return copy;
}

export function withList<K extends 'seminars'>(catalogue: Catalogue, key: K, list: Catalogue[K]): Catalogue {
  return list === catalogue[key] ? catalogue : { ...catalogue, [key]: list };
}

export function updatePerson(catalogue: Catalogue, personId: string, change: (person: Person) => Person): Catalogue {
  let changed = false;
  const people = catalogue.people.map((person) => {
    if (person.id !== personId) return person;
    const next = change(person);
    changed = next !== person;
    return next;
  });
  return changed ? { ...catalogue, people } : catalogue;
}

export function updateSeminar(
  catalogue: Catalogue,
  seminarId: string,
  change: (seminar: Seminar) => Seminar,
): Catalogue {
  let changed = false;
  const seminars = catalogue.seminars.map((seminar) => {
    if (seminar.id !== seminarId) return seminar;
    const next = change(seminar);
    changed = next !== seminar;
    return next;
  });
  return changed ? { ...catalogue, seminars } : catalogue;
}

export function updateSession(seminar: Seminar, sessionId: string, change: (session: Session) => Session): Seminar {
  let changed = false;
  const sessions = seminar.sessions.map((session) => {
    if (session.id !== sessionId) return session;
    const next = change(session);
    changed = next !== session;
    return next;
  });
  return changed ? { ...seminar, sessions } : seminar;
}
