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

const ARABIC: ProgrammeLabels = {
  untitledProgramme: 'البرنامج',
  programme: 'البرنامج',
  dates: 'التواريخ',
  date: 'التاريخ',
  venue: 'المكان',
  venues: 'الأماكن',
  time: 'الوقت',
  timeUtc: 'التوقيت العالمي المنسق',
  biographies: 'السير الذاتية للمتكلمين',
  seminars: 'الحلقات الدراسية',
  seminar: 'الحلقة الدراسية',
  series: 'السلسلة',
};

const CHINESE: ProgrammeLabels = {
  untitledProgramme: '日程',
  programme: '日程',
  dates: '日期',
  date: '日期',
  venue: '地点',
  venues: '地点',
  time: '时间',
  timeUtc: '协调世界时',
  biographies: '发言者简历',
  seminars: '研讨会',
  seminar: '研讨会',
  series: '系列活动',
};

const RUSSIAN: ProgrammeLabels = {
  untitledProgramme: 'Программа',
  programme: 'Программа',
  dates: 'Даты',
  date: 'Дата',
  venue: 'Место проведения',
  venues: 'Места проведения',
  time: 'Время',
  timeUtc: 'UTC',
  biographies: 'Биографии выступающих',
  seminars: 'Семинары',
  seminar: 'Семинар',
  series: 'Серия',
};

export const PROGRAMME_LABELS: Readonly<Record<Language, Readonly<ProgrammeLabels>>> = {
  en: ENGLISH,
  fr: FRENCH,
  es: SPANISH,
  ar: ARABIC,
  zh: CHINESE,
  ru: RUSSIAN,
};

export function programmeLabel(language: Language, key: ProgrammeLabelKey): string {
  return PROGRAMME_LABELS[language][key];
}
