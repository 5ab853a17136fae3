/**
 * How the interface names catalogue things in the interface language: seminar
 * dates and topic labels, shared by the catalogue list and the pack pane.
 */
import type { Catalogue, Language } from '../../../shared/catalogue/schema';
import { uiLocale } from './index';

/** One formatter per language: making an Intl.DateTimeFormat costs far more than using one. */
const dateFormats = new Map<Language, Intl.DateTimeFormat>();

export function formatSeminarDate(start: string, language: Language): string {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(uiLocale(language), {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(language, format);
  }
  return format.format(new Date(start));
}

/** A topic's label in the interface language, else English, else any. */
export function topicLabel(catalogue: Catalogue, topicId: string, language: Language): string {
  const topic = catalogue.topics.find((candidate) => candidate.id === topicId);
  if (!topic) return topicId;
  return topic.labels[language] ?? topic.labels.en ?? topic.labels.fr ?? topic.labels.es ?? topicId;
}
