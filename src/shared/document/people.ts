import type { Person } from '../catalogue/schema';
import { type Appearance, type BuildContext, chosenSessions, type PersonEntry, topicLabel } from './context';
import { clean, firstNonBlank } from './text';

/** Every person chairing a chosen seminar or speaking on a chosen topic, each once, in index order. */
export function collectPeople(context: BuildContext, peopleById: Map<string, Person>): PersonEntry[] {
  const entries = new Map<string, PersonEntry>();
  const add = (appearance: Appearance): void => {
    let entry = entries.get(appearance.personId);
    if (!entry) {
      const person = peopleById.get(appearance.personId);
      entry = {
        personId: appearance.personId,
        // A person missing from the catalogue still appears, under their id, rather than vanishing.
        givenName: clean(person?.givenName),
        familyName: firstNonBlank(person?.familyName, appearance.personId),
        ...(person ? { person } : {}),
        appearances: [],
      };
      entries.set(appearance.personId, entry);
    }
    entry.appearances.push(appearance);
  };
  for (const seminar of context.seminars) {
    if (seminar.chair) add({ personId: seminar.chair.personId, seminar, role: clean(seminar.chair.role), tbc: false });
    for (const session of chosenSessions(context, seminar)) {
      const label = topicLabel(context, session.topicId, session.title);
      for (const speaker of session.speakers) {
        add({ personId: speaker.personId, seminar, topicLabel: label, role: clean(speaker.role), tbc: speaker.tbc });
      }
    }
  }
  const collator = new Intl.Collator(context.tag);
  return [...entries.values()].sort(
    (a, b) =>
      collator.compare(a.familyName, b.familyName) ||
      collator.compare(a.givenName, b.givenName) ||
      (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0),
  );
}

/**
 * Family names print in capitals, as programmes write them ("Patryk PAWLAK"), whatever the catalogue's casing;
 * a Greek name in Greek capitals, which have no accents ("ΠΑΠΑΔΟΠΟΥΛΟΣ").
 */
function familyCapitals(context: BuildContext, entry: PersonEntry): string {
  return entry.familyName.toLocaleUpperCase(/\p{Script=Greek}/u.test(entry.familyName) ? 'el' : context.tag);
}

/** A Chinese (or Japanese) name is written family name first, with no space: 王小明. */
const isHanName = (entry: PersonEntry): boolean =>
  /^\p{Script=Han}+$/u.test(entry.familyName) &&
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]*$/u.test(entry.givenName);

export function displayName(context: BuildContext, entry: PersonEntry): string {
  if (isHanName(entry)) return `${entry.familyName}${entry.givenName}`;
  const family = familyCapitals(context, entry);
  return entry.givenName === '' ? family : `${entry.givenName} ${family}`;
}

export function indexName(context: BuildContext, entry: PersonEntry): string {
  if (isHanName(entry)) return `${entry.familyName}${entry.givenName}`;
  const family = familyCapitals(context, entry);
  return entry.givenName === '' ? family : `${family}${context.label('comma')}${entry.givenName}`;
}

/** " (TBC)", "（待确认）": the short "to be confirmed" in the language's parentheses. */
export const tbcMark = (context: BuildContext): string =>
  `${context.label('openParenthesis')}${context.label('toBeConfirmedShort')}${context.label('closeParenthesis')}`;

export function personById(context: BuildContext, personId: string): PersonEntry | undefined {
  return context.peopleById.get(personId);
}
