import type { Language } from '../catalogue/languages';
import { ARABIC } from './labels-ar';
import { RUSSIAN } from './labels-ru';
import { CHINESE } from './labels-zh';
import { ENGLISH, type LabelKey, type Labels } from './labels-en';

export type { LabelKey, Labels } from './labels-en';

/**
 * Every word the briefing document prints that does not come from the catalogue
 * or the pack. English (labels-en.ts) is the reference: its keys define
 * `LabelKey`, and the other languages are typed `Labels`, so a missing or extra key is a compile
 * error (and tests/shared/i18n/dictionary.test.ts also rejects empty strings,
 * but for the keys in MAY_BE_EMPTY). Arabic, Chinese and Russian have files of
 * their own (labels-ar.ts, labels-zh.ts, labels-ru.ts); where the terms come
 * from is in docs/terminology.md.
 */

/** Keys that some languages leave empty: the text after "page X of Y" (Chinese has "页" there). */
export const MAY_BE_EMPTY: ReadonlySet<LabelKey> = new Set<LabelKey>(['pageNumberAfter']);

/** Keys that are punctuation, the same in several languages and in no script of their own. */
export const PUNCTUATION_KEYS: ReadonlySet<LabelKey> = new Set<LabelKey>([
  'comma',
  'listSeparator',
  'semicolon',
  'colon',
  'openParenthesis',
  'closeParenthesis',
]);

const FRENCH: Labels = {
  untitledPack: 'Dossier d’information',
  delegation: 'Délégation',
  date: 'Date',
  reference: 'Référence',
  preparedBy: 'Préparé par',
  classification: 'Classification',
  seminarsCovered: 'Séminaires couverts',
  externalEdition: 'Édition externe',
  draft: 'PROJET',
  draftGapsShown: 'Projet : parties manquantes signalées',
  noSeminarsChosen: 'Aucun séminaire retenu',
  contents: 'Sommaire',
  agenda: 'Programme',
  timeUtc: 'Heure (UTC)',
  chair: 'Présidence',
  topic: 'Thème',
  speaker: 'Intervenant',
  role: 'Fonction',
  roles: 'Fonctions',
  noSessionsForChosenTopics: 'Aucune session sur les thèmes retenus',
  speakers: 'Intervenants',
  speaksAt: 'Intervient à',
  status: 'Statut',
  participationToBeConfirmed: 'Participation à confirmer',
  toBeConfirmed: 'à confirmer',
  toBeConfirmedShort: 'à confirmer',
  noBiography: 'Aucune biographie fournie',
  noSpeakers: 'Aucun intervenant pour les séminaires et thèmes retenus',
  topicBriefs: 'Notes thématiques',
  summary: 'Résumé',
  pointsToMake: 'Éléments de langage',
  backgroundNotForDisclosure: 'Contexte (ne pas divulguer)',
  noBriefWritten: 'Aucune note rédigée pour l’instant',
  speakerIndex: 'Index des intervenants',
  name: 'Nom',
  seminars: 'Séminaires',
  seriesBackground: 'Contexte de la série',
  focus: 'Thèmes principaux',
  furtherReadings: 'Lectures complémentaires',
  noFurtherReadings: 'Aucune lecture complémentaire indiquée',
  noSeriesBackground: 'Aucun contexte de la série dans le programme',
  pageNumberBefore: 'Page ',
  pageNumberBetween: ' sur ',
  pageNumberAfter: '',
  day: 'jour',
  days: 'jours',
  comma: ', ',
  listSeparator: ', ',
  semicolon: '; ',
  colon: ': ',
  openParenthesis: ' (',
  closeParenthesis: ')',
};

const SPANISH: Labels = {
  untitledPack: 'Dosier informativo',
  delegation: 'Delegación',
  date: 'Fecha',
  reference: 'Referencia',
  preparedBy: 'Preparado por',
  classification: 'Clasificación',
  seminarsCovered: 'Seminarios incluidos',
  externalEdition: 'Edición externa',
  draft: 'BORRADOR',
  draftGapsShown: 'Borrador: se señalan las partes que faltan',
  noSeminarsChosen: 'Ningún seminario elegido',
  contents: 'Índice',
  agenda: 'Programa',
  timeUtc: 'Hora (UTC)',
  chair: 'Presidencia',
  topic: 'Tema',
  speaker: 'Ponente',
  role: 'Cargo',
  roles: 'Cargos',
  noSessionsForChosenTopics: 'Ninguna sesión sobre los temas elegidos',
  speakers: 'Ponentes',
  speaksAt: 'Interviene en',
  status: 'Estado',
  participationToBeConfirmed: 'Participación por confirmar',
  toBeConfirmed: 'por confirmar',
  toBeConfirmedShort: 'por confirmar',
  noBiography: 'No se ha facilitado biografía',
  noSpeakers: 'No hay ponentes para los seminarios y temas elegidos',
  topicBriefs: 'Notas temáticas',
  summary: 'Resumen',
  pointsToMake: 'Puntos a destacar',
  backgroundNotForDisclosure: 'Antecedentes (no divulgar)',
  noBriefWritten: 'Todavía no se ha redactado ninguna nota',
  speakerIndex: 'Índice de ponentes',
  name: 'Nombre',
  seminars: 'Seminarios',
  seriesBackground: 'Antecedentes de la serie',
  focus: 'Temas principales',
  furtherReadings: 'Lecturas complementarias',
  noFurtherReadings: 'No se indican lecturas complementarias',
  noSeriesBackground: 'El programa no incluye antecedentes de la serie',
  pageNumberBefore: 'Página ',
  pageNumberBetween: ' de ',
  pageNumberAfter: '',
  day: 'día',
  days: 'días',
  comma: ', ',
  listSeparator: ', ',
  semicolon: '; ',
  colon: ': ',
  openParenthesis: ' (',
  closeParenthesis: ')',
};

export const LABELS: Readonly<Record<Language, Readonly<Labels>>> = {
  en: ENGLISH,
  fr: FRENCH,
  es: SPANISH,
  ar: ARABIC,
  zh: CHINESE,
  ru: RUSSIAN,
};

export function t(language: Language, key: LabelKey): string {
  return LABELS[language][key];
}

/** Arabic without a region: a region would bring its own calendar and digits (ar-SA: Umm al-Qura, Arabic-Indic). */
const LANGUAGE_TAGS: Readonly<Record<Language, string>> = {
  en: 'en-GB',
  fr: 'fr-FR',
  es: 'es-ES',
  ar: 'ar',
  zh: 'zh-CN',
  ru: 'ru-RU',
};

/** BCP 47 tag used for collation, case mapping and document metadata. */
export function languageTag(language: Language): string {
  return LANGUAGE_TAGS[language];
}

/**
 * The locale Intl formats dates and numbers with: the language tag, and for
 * Arabic the Western digits United Nations documents in Arabic print (1, 2, 3).
 */
export function intlLocale(language: Language): string {
  return language === 'ar' ? 'ar-u-nu-latn' : LANGUAGE_TAGS[language];
}

/** Right to left for Arabic; every other document language is written left to right. */
export function writingDirection(language: Language): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}
