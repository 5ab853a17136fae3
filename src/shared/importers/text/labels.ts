import type { Language } from '../../catalogue/schema';
import { foldForMatching } from './text';

/** Structural lines of a programme, recognised in English, French and Spanish. */

export interface LabelMatch {
  language: Language;
  /** What follows the colon, possibly empty. */
  rest: string;
  /** The label itself as written, without the colon ("Moderator", "Présidente"). */
  label: string;
}

const TIME_LABEL_LANGUAGES: Record<string, Language> = {
  time: 'en',
  times: 'en',
  heure: 'fr',
  heures: 'fr',
  horaire: 'fr',
  hora: 'es',
  horario: 'es',
};

/** "Time:", "Heure:", "Hora:" … */
export function matchTimeLabel(line: string): LabelMatch | null {
  const match = /^(time|times|heure|heures|horaire|hora|horario)(?:\s*\(\s*utc\s*\))?\s*:\s*(.*)$/iu.exec(line);
  if (!match) return null;
  const language = TIME_LABEL_LANGUAGES[(match[1] ?? '').toLowerCase()] ?? 'en';
  return { language, rest: match[2] ?? '', label: match[1] ?? '' };
}

// Matched on the folded word(s) before the colon.
const CHAIR_LABELS: Record<string, Language> = {
  chair: 'en',
  chairs: 'en',
  'co chair': 'en',
  'co chairs': 'en',
  chairperson: 'en',
  chairman: 'en',
  chairwoman: 'en',
  moderator: 'en',
  president: 'fr',
  presidente: 'es',
  presidenta: 'es',
  'co president': 'fr',
  'co presidente': 'fr',
  moderateur: 'fr',
  moderatrice: 'fr',
  moderador: 'es',
  moderadora: 'es',
  'moderador a': 'es',
  moderadores: 'es',
  moderators: 'en',
  'co moderator': 'en',
  'co moderators': 'en',
  facilitator: 'en',
  facilitators: 'en',
  'moderated by': 'en',
  'chaired by': 'en',
  'president e': 'fr',
  'moderateur rice': 'fr',
  'moderateur trice': 'fr',
  moderateurs: 'fr',
  facilitateur: 'fr',
  facilitatrice: 'fr',
  'facilitateur rice': 'fr',
  'facilitateur trice': 'fr',
  'preside par': 'fr',
  'presidee par': 'fr',
  'modere par': 'fr',
  'moderee par': 'fr',
  facilitador: 'es',
  facilitadora: 'es',
  'facilitador a': 'es',
  'moderado por': 'es',
  'moderada por': 'es',
  'presidido por': 'es',
  'presidida por': 'es',
};

// "Présidente" folds to the Spanish "presidente"; the accent is what tells them apart.
const FRENCH_ACCENTED_CHAIR = /^(?:co-?)?présidente?$/iu;

/** "Chair:", "Président:", "Presidenta:" … with whatever follows the colon. */
export function matchChairLabel(line: string): LabelMatch | null {
  const match =
    /^([\p{L}][\p{L}\p{M} ·./()-]{0,22}?)\s*:\s*(.*)$/u.exec(line) ??
    /^((?:moderated|chaired|présidée?|modérée?|moderad[oa]|presidid[oa])\s+(?:by|par|por))\s+(.+)$/iu.exec(line);
  if (!match) return null;
  const word = match[1] ?? '';
  const folded = foldForMatching(word);
  const language = FRENCH_ACCENTED_CHAIR.test(word.normalize('NFC')) ? 'fr' : CHAIR_LABELS[folded];
  if (!language) return null;
  return { language, rest: match[2] ?? '', label: word.trim() };
}

const SPEAKER_LABELS: Record<string, Language> = {
  speakers: 'en',
  speaker: 'en',
  panelists: 'en',
  panellists: 'en',
  discussants: 'en',
  presenters: 'en',
  'les conferenciers': 'fr',
  conferenciers: 'fr',
  'les intervenants': 'fr',
  intervenants: 'fr',
  'les orateurs': 'fr',
  orateurs: 'fr',
  'les panelistes': 'fr',
  panelistes: 'fr',
  ponentes: 'es',
  'los ponentes': 'es',
  panelistas: 'es',
  'los panelistas': 'es',
  oradores: 'es',
  expositores: 'es',
  conferencistas: 'es',
  presenter: 'en',
  panellist: 'en',
  panelist: 'en',
  'keynote speaker': 'en',
  'keynote speakers': 'en',
  'guest speakers': 'en',
  intervenant: 'fr',
  intervenante: 'fr',
  intervenantes: 'fr',
  'intervenant e s': 'fr',
  'intervenants es': 'fr',
  'les intervenant e s': 'fr',
  ponente: 'es',
  ponencias: 'es',
  panelista: 'es',
  'las y los ponentes': 'es',
  'ponentes invitados': 'es',
};

/** "Speakers:", "Les conférenciers:", "Ponentes:" (a structural line, placed but not stored). */
export function matchSpeakersLabel(line: string): LabelMatch | null {
  const match = /^([\p{L}][\p{L}\p{M}’' ·.()]{0,30}?)\s*(?::\s*(.*))?$/u.exec(line);
  if (!match) return null;
  const language = SPEAKER_LABELS[foldForMatching(match[1] ?? '')];
  if (!language) return null;
  return { language, rest: match[2] ?? '', label: (match[1] ?? '').trim() };
}

const FURTHER_READINGS = new Set([
  'further readings',
  'further reading',
  'readings',
  'lectures complementaires',
  'lecture complementaire',
  'pour en savoir plus',
  'lecturas adicionales',
  'lecturas complementarias',
  'lectura adicional',
]);

/** "Further readings", "Lectures complémentaires", "Lecturas adicionales" (with or without a colon). */
export function isFurtherReadingsHeading(line: string): boolean {
  return line.length <= 60 && FURTHER_READINGS.has(foldForMatching(line));
}

// "-", "*" and "–" need a following space so that "-5" or "*emphasis*" stay prose.
const BULLET = /^(?:[•◦▪▫●○‣∙·■□➢►]\s*|[-*–—]\s+)(.*)$/u;

/** The item text of a bullet line, or null when the line is not a bullet. */
export function matchBullet(line: string): string | null {
  const match = BULLET.exec(line);
  return match ? (match[1] ?? '').trim() : null;
}

function matchLabel(line: string, labels: Record<string, Language>): LabelMatch | null {
  const match = /^([\p{L}][\p{L}\p{M}’' ]{0,30}?)\s*:\s*(.*)$/u.exec(line);
  if (!match) return null;
  const language = labels[foldForMatching(match[1] ?? '')];
  return language ? { language, rest: (match[2] ?? '').trim(), label: (match[1] ?? '').trim() } : null;
}

const DATE_LABELS: Record<string, Language> = {
  date: 'en',
  dates: 'en',
  'date and time': 'en',
  'date time': 'en',
  when: 'en',
  day: 'en',
  'date et heure': 'fr',
  'date et horaire': 'fr',
  'date heure': 'fr',
  quand: 'fr',
  jour: 'fr',
  fecha: 'es',
  'fecha y hora': 'es',
  'fecha hora': 'es',
  cuando: 'es',
  dia: 'es',
};

/** "Date:", "Date and time:", "Date et heure :", "Fecha y hora:" … */
export function matchDateLabel(line: string): LabelMatch | null {
  const match = matchLabel(line, DATE_LABELS);
  // "Date" is spelt the same in English and French: the date itself tells them apart.
  return match && match.label.toLowerCase() === 'date' ? { ...match, language: 'en' } : match;
}

const DURATION_LABELS: Record<string, Language> = {
  duration: 'en',
  length: 'en',
  duree: 'fr',
  duracion: 'es',
};

/** "Duration: 1h30'", "Durée : 1 h 30", "Duración: 90 minutos". */
export function matchDurationLabel(line: string): LabelMatch | null {
  return matchLabel(line, DURATION_LABELS);
}

const VENUE_LABELS: Record<string, Language> = {
  venue: 'en',
  location: 'en',
  place: 'en',
  where: 'en',
  platform: 'en',
  room: 'en',
  lieu: 'fr',
  plateforme: 'fr',
  salle: 'fr',
  lugar: 'es',
  sede: 'es',
  plataforma: 'es',
  sala: 'es',
};

/** "Venue:", "Location:", "Lieu :", "Plataforma:" … */
export function matchVenueLabel(line: string): LabelMatch | null {
  return matchLabel(line, VENUE_LABELS);
}

const ZONE_LABELS: Record<string, Language> = {
  'time zone': 'en',
  timezone: 'en',
  'fuseau horaire': 'fr',
  'zona horaria': 'es',
  'huso horario': 'es',
};

/** "Time zone: CET", "All times are CET", "Toutes les heures sont en heure de Paris", "Todas las horas en hora de Madrid". */
export function matchZoneLabel(line: string): LabelMatch | null {
  const labelled = matchLabel(line, ZONE_LABELS);
  if (labelled) return labelled;
  const sentence =
    /^\(?\s*(all times(?: are)?(?: in| given in| shown in)?|times are(?: in)?|toutes les heures sont(?: en| données en| indiquées en)?|heures indiquées en|todas las horas(?: son| están| en)?(?: en)?)\s+(.+?)\s*\.?\s*\)?$/iu.exec(
      line,
    );
  if (!sentence) return null;
  const phrase = (sentence[1] ?? '').toLowerCase();
  const language: Language =
    phrase.startsWith('toutes') || phrase.startsWith('heures') ? 'fr' : phrase.startsWith('todas') ? 'es' : 'en';
  return { language, rest: (sentence[2] ?? '').trim(), label: (sentence[1] ?? '').trim() };
}

const AGENDA_HEADINGS = new Set([
  'agenda',
  'programme',
  'program',
  'draft agenda',
  'provisional agenda',
  'ordre du jour',
  'programme provisoire',
  'deroulement',
  'programa',
  'orden del dia',
  'programa provisional',
]);

/** "Agenda", "Programme", "Ordre du jour", "Programa": structure, nothing to store. */
export function isAgendaHeading(line: string): boolean {
  return line.length <= 40 && AGENDA_HEADINGS.has(foldForMatching(line));
}

const SEMINAR_WORDS =
  'webinar|webinaire|web seminar|seminar|séminaire|seminaire|seminario(?: web)?|webinario|conference|conférence|conferencia|workshop|atelier|taller|meeting|réunion|reunión|reunion';

// "Webinar 2: Title", "Séminaire 3 – Titre", "Seminario web 1: Título".
const NUMBERED_SEMINAR = new RegExp(
  `^(?:${SEMINAR_WORDS})\\s+(?:n[°o]\\.?\\s*)?(?:\\d{1,3}|[ivxlc]{1,6})\\s*[:.–—-]\\s*\\S.*$`,
  'iu',
);

/** A seminar heading by its number: "Webinar 2: Title" (its date comes on a line of its own). */
export function isNumberedSeminarHeading(line: string): boolean {
  return line.length <= 300 && NUMBERED_SEMINAR.test(line);
}
