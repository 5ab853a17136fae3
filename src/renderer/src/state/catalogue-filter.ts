/**
 * Narrowing the catalogue's seminars: by language, by date range, by topic and
 * by a free-text search over titles, names and roles. Pure, so the pane only
 * renders what this returns.
 */
import {
  CONTENT_LANGUAGES,
  type Catalogue,
  type ContentLanguage,
  type Seminar,
} from '../../../shared/catalogue/schema';
import { displayName } from '../../../shared/catalogue/summary';

export interface CatalogueFilters {
  /** Seminar languages to show; none checked shows nothing. */
  languages: ContentLanguage[];
  /** Inclusive calendar dates (YYYY-MM-DD, UTC date of the start); '' for no bound. */
  from: string;
  to: string;
  /** Only seminars with a session on this topic; '' for any topic. */
  topicId: string;
  /** Words that must all appear in a title, name or role, ignoring case and accents. */
  search: string;
}

export const NO_FILTERS: CatalogueFilters = {
  languages: [...CONTENT_LANGUAGES],
  from: '',
  to: '',
  topicId: '',
  search: '',
};

export function hasActiveFilters(filters: CatalogueFilters): boolean {
  return (
    CONTENT_LANGUAGES.some((language) => !filters.languages.includes(language)) ||
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

/**
 * What each seminar can be found by, normalised, for one catalogue object:
 * worked out once per seminar (catalogues are never changed in place), so a
 * keystroke only compares strings.
 */
interface SearchIndex {
  peopleById: Map<string, string>;
  topicLabels: Map<string, string[]>;
  texts: Map<string, string>;
}

const searchIndexes = new WeakMap<Catalogue, SearchIndex>();

function searchIndexOf(catalogue: Catalogue): SearchIndex {
  let index = searchIndexes.get(catalogue);
  if (!index) {
    index = {
      peopleById: new Map(catalogue.people.map((person) => [person.id, displayName(person)])),
      topicLabels: new Map(
        catalogue.topics.map((topic) => [
          topic.id,
          Object.values(topic.labels).filter((label): label is string => Boolean(label)),
        ]),
      ),
      texts: new Map(),
    };
    searchIndexes.set(catalogue, index);
  }
  return index;
}

/** Everything a seminar can be found by, already normalised. */
function searchText(seminar: Seminar, index: SearchIndex): string {
  const cached = index.texts.get(seminar.id);
  if (cached !== undefined) return cached;
  const { peopleById, topicLabels } = index;
  const parts: string[] = [seminar.title];
  if (seminar.chair) parts.push(peopleById.get(seminar.chair.personId) ?? '', seminar.chair.role);
  for (const session of seminar.sessions) {
    parts.push(session.title, ...(topicLabels.get(session.topicId) ?? []));
    for (const speaker of session.speakers) parts.push(peopleById.get(speaker.personId) ?? '', speaker.role);
  }
  const text = normaliseForSearch(parts.join('\n'));
  index.texts.set(seminar.id, text);
  return text;
}

/**
 * Works out the search text of the seminars from `start` (at most `count` of
 * them) ahead of the first search, a slice at a time while the page is idle.
 * Returns where the next slice starts, or null when every seminar is done.
 */
export function prepareSearch(catalogue: Catalogue, start: number, count: number): number | null {
  const index = searchIndexOf(catalogue);
  const end = Math.min(catalogue.seminars.length, start + count);
  for (let position = start; position < end; position++) searchText(catalogue.seminars[position]!, index);
  return end < catalogue.seminars.length ? end : null;
}

/** Ids of the seminars that pass every filter, in catalogue order. */
export function filterSeminars(catalogue: Catalogue, filters: CatalogueFilters): string[] {
  const index = searchIndexOf(catalogue);
  const words = normaliseForSearch(filters.search).split(' ').filter(Boolean);
  const languages = new Set(filters.languages);
  const ids: string[] = [];
  for (const seminar of catalogue.seminars) {
    if (!languages.has(seminar.language)) continue;
    const day = seminar.start.slice(0, 10);
    if (filters.from && day < filters.from) continue;
    if (filters.to && day > filters.to) continue;
    if (filters.topicId && !seminar.sessions.some((session) => session.topicId === filters.topicId)) continue;
    if (words.length > 0) {
      const text = searchText(seminar, index);
      if (!words.every((word) => text.includes(word))) continue;
    }
    ids.push(seminar.id);
  }
  return ids;
}
