/**
 * Narrowing the catalogue's seminars: by language, by date range, by topic and
 * by a free-text search over titles, names and roles. Pure, so the pane only
 * renders what this returns.
 */
import { LANGUAGES, type Catalogue, type Language, type Seminar } from '../../../shared/catalogue/schema';
import { displayName } from '../../../shared/catalogue/summary';

export interface CatalogueFilters {
  /** Seminar languages to show; none checked shows nothing. */
  languages: Language[];
  /** Inclusive calendar dates (YYYY-MM-DD, UTC date of the start); '' for no bound. */
  from: string;
  to: string;
  /** Only seminars with a session on this topic; '' for any topic. */
  topicId: string;
  /** Words that must all appear in a title, name or role, ignoring case and accents. */
  search: string;
}

export const NO_FILTERS: CatalogueFilters = { languages: [...LANGUAGES], from: '', to: '', topicId: '', search: '' };

export function hasActiveFilters(filters: CatalogueFilters): boolean {
  return (
    LANGUAGES.some((language) => !filters.languages.includes(language)) ||
    filters.from !== '' ||
    filters.to !== '' ||
    filters.topicId !== '' ||
    filters.search.trim() !== ''
  );
}

/** Lower case without accents or extra spaces: "Séminaire  Dédié" → "seminaire dedie". */
export function normaliseForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

/** Everything a seminar can be found by, already normalised. */
function searchText(seminar: Seminar, catalogue: Catalogue, peopleById: Map<string, string>): string {
  const parts: string[] = [seminar.title];
  if (seminar.chair) parts.push(peopleById.get(seminar.chair.personId) ?? '', seminar.chair.role);
  for (const session of seminar.sessions) {
    parts.push(session.title);
    const topic = catalogue.topics.find((candidate) => candidate.id === session.topicId);
    if (topic) parts.push(...Object.values(topic.labels).filter((label): label is string => Boolean(label)));
    for (const speaker of session.speakers) parts.push(peopleById.get(speaker.personId) ?? '', speaker.role);
  }
  return normaliseForSearch(parts.join('\n'));
}

/** Ids of the seminars that pass every filter, in catalogue order. */
export function filterSeminars(catalogue: Catalogue, filters: CatalogueFilters): string[] {
  const peopleById = new Map(catalogue.people.map((person) => [person.id, displayName(person)]));
  const words = normaliseForSearch(filters.search).split(' ').filter(Boolean);
  const languages = new Set(filters.languages);
  return catalogue.seminars
    .filter((seminar) => {
      if (!languages.has(seminar.language)) return false;
      const day = seminar.start.slice(0, 10);
      if (filters.from && day < filters.from) return false;
      if (filters.to && day > filters.to) return false;
      if (filters.topicId && !seminar.sessions.some((session) => session.topicId === filters.topicId)) return false;
      if (words.length === 0) return true;
      const text = searchText(seminar, catalogue, peopleById);
      return words.every((word) => text.includes(word));
    })
    .map((seminar) => seminar.id);
}
