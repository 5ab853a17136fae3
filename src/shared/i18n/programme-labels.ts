import type { Language } from '../catalogue/schema';

/**
 * The words an organiser's programme prints beyond those it shares with the
 * briefing pack (./dictionary.ts). Kept apart so the two documents' wording
 * can change independently; typed like the main dictionary, so a missing key
 * in French or Spanish is a compile error.
 */
const ENGLISH = {
  untitledProgramme: 'Programme',
  programme: 'Programme',
  dates: 'Dates',
  date: 'Date',
  venue: 'Venue',
  venues: 'Venues',
  time: 'Time',
  timeUtc: 'UTC',
  biographies: 'Speakers’ biographies',
  seminars: 'Seminars',
  seminar: 'Seminar',
  series: 'Series',
};

export type ProgrammeLabelKey = keyof typeof ENGLISH;
type ProgrammeLabels = Record<ProgrammeLabelKey, string>;

const FRENCH: ProgrammeLabels = {
  untitledProgramme: 'Programme',
  programme: 'Programme',
  dates: 'Dates',
  date: 'Date',
  venue: 'Lieu',
  venues: 'Lieux',
  time: 'Heure',
  timeUtc: 'UTC',
  biographies: 'Biographies des intervenants',
  seminars: 'Séminaires',
  seminar: 'Séminaire',
  series: 'Série',
};

const SPANISH: ProgrammeLabels = {
  untitledProgramme: 'Programa',
  programme: 'Programa',
  dates: 'Fechas',
  date: 'Fecha',
  venue: 'Lugar',
  venues: 'Lugares',
  time: 'Hora',
  timeUtc: 'UTC',
  biographies: 'Biografías de los ponentes',
  seminars: 'Seminarios',
  seminar: 'Seminario',
  series: 'Serie',
};

export const PROGRAMME_LABELS: Readonly<Record<Language, Readonly<ProgrammeLabels>>> = {
  en: ENGLISH,
  fr: FRENCH,
  es: SPANISH,
};

export function programmeLabel(language: Language, key: ProgrammeLabelKey): string {
  return PROGRAMME_LABELS[language][key];
}
