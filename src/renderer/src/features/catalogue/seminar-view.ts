import type { Catalogue, ContentLanguage, Language, Person, Seminar } from '../../../../shared/catalogue/schema';
import { displayName } from '../../../../shared/catalogue/summary';
import { type TimeWindowInZone, formatTimeWindow, isValidTimeZone } from '../../../../shared/time/format';
import { formatSeminarDate } from '../../i18n/seminar-labels';

export interface SpeakerView {
  personId: string;
  name: string;
  /** True when any of the person's sessions in this seminar is to be confirmed. */
  tbc: boolean;
}

/** A seminar as the catalogue list shows it, in the interface language. */
export interface SeminarView {
  id: string;
  title: string;
  language: ContentLanguage;
  /** "Wednesday 24 June 2020": the UTC date, localised. */
  date: string;
  /** "07:00–08:45" (UTC). */
  utcRange: string;
  /** The window in the pack's first chosen zone, when there is one. */
  zoned?: TimeWindowInZone;
  chair?: { name: string; role: string };
  /** Each speaker once, in order of first appearance. */
  speakers: SpeakerView[];
}

/** People by id, once per catalogue object (catalogues are never changed in place). */
const peopleIndexes = new WeakMap<Catalogue, Map<string, Person>>();

function peopleOf(catalogue: Catalogue): Map<string, Person> {
  let people = peopleIndexes.get(catalogue);
  if (!people) {
    people = new Map(catalogue.people.map((person) => [person.id, person]));
    peopleIndexes.set(catalogue, people);
  }
  return people;
}

/**
 * Views of a catalogue's seminars for one language and zone, each worked out
 * the first time it is asked for: the list only asks for the rows it shows.
 */
export function seminarViews(
  catalogue: Catalogue,
  language: Language,
  zone: string | undefined,
): (seminarId: string) => SeminarView | undefined {
  const seminars = new Map(catalogue.seminars.map((seminar) => [seminar.id, seminar]));
  const views = new Map<string, SeminarView>();
  return (seminarId) => {
    let view = views.get(seminarId);
    if (!view) {
      const seminar = seminars.get(seminarId);
      if (!seminar) return undefined;
      view = seminarView(seminar, catalogue, language, zone);
      views.set(seminarId, view);
    }
    return view;
  };
}

export function seminarView(
  seminar: Seminar,
  catalogue: Catalogue,
  language: Language,
  zone: string | undefined,
): SeminarView {
  const people = peopleOf(catalogue);
  const nameOf = (personId: string) => {
    const person = people.get(personId);
    return person ? displayName(person) : personId;
  };
  const speakers = new Map<string, SpeakerView>();
  for (const session of seminar.sessions) {
    for (const speaker of session.speakers) {
      const known = speakers.get(speaker.personId);
      if (known) known.tbc ||= speaker.tbc;
      else
        speakers.set(speaker.personId, {
          personId: speaker.personId,
          name: nameOf(speaker.personId),
          tbc: speaker.tbc,
        });
    }
  }
  return {
    id: seminar.id,
    title: seminar.title,
    language: seminar.language,
    date: formatSeminarDate(seminar.start, language),
    utcRange: formatTimeWindow(seminar.start, seminar.end, 'UTC', language).range,
    ...(zone && isValidTimeZone(zone) ? { zoned: formatTimeWindow(seminar.start, seminar.end, zone, language) } : {}),
    ...(seminar.chair ? { chair: { name: nameOf(seminar.chair.personId), role: seminar.chair.role } } : {}),
    speakers: [...speakers.values()],
  };
}
