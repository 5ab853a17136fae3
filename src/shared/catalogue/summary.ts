import type { Catalogue, ContentLanguage } from './schema';

/** What a list of seminars needs to show, resolved from ids to names. */
export interface SeminarSummary {
  id: string;
  title: string;
  language: ContentLanguage;
  start: string;
  end: string;
  chair?: { name: string; role: string };
  speakerCount: number;
  tbcCount: number;
  topicLabels: string[];
}

/** "Given FAMILY", as programmes print a person's name. */
export function displayName(person: { givenName: string; familyName: string }): string {
  return person.givenName ? `${person.givenName} ${person.familyName}` : person.familyName;
}

export function summariseSeminars(catalogue: Catalogue): SeminarSummary[] {
  const people = new Map(catalogue.people.map((person) => [person.id, person]));
  const topics = new Map(catalogue.topics.map((topic) => [topic.id, topic]));
  return catalogue.seminars.map((seminar) => {
    const chairPerson = seminar.chair ? people.get(seminar.chair.personId) : undefined;
    const speakers = seminar.sessions.flatMap((session) => session.speakers);
    return {
      id: seminar.id,
      title: seminar.title,
      language: seminar.language,
      start: seminar.start,
      end: seminar.end,
      ...(seminar.chair && chairPerson ? { chair: { name: displayName(chairPerson), role: seminar.chair.role } } : {}),
      speakerCount: speakers.length,
      tbcCount: speakers.filter((speaker) => speaker.tbc).length,
      topicLabels: seminar.sessions.map(
        (session) => topics.get(session.topicId)?.labels[seminar.language] ?? session.title,
      ),
    };
  });
}
