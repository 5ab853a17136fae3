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
};

// "Présidente" folds to the Spanish "presidente"; the accent is what tells them apart.
const FRENCH_ACCENTED_CHAIR = /^(?:co-?)?présidente?$/iu;

/** "Chair:", "Président:", "Presidenta:" … with whatever follows the colon. */
export function matchChairLabel(line: string): LabelMatch | null {
  const match = /^([\p{L}][\p{L}\p{M} -]{0,20}?)\s*:\s*(.*)$/u.exec(line);
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
};

/** "Speakers:", "Les conférenciers:", "Ponentes:" (a structural line, placed but not stored). */
export function matchSpeakersLabel(line: string): LabelMatch | null {
  const match = /^([\p{L}][\p{L}\p{M}’' ]{0,30}?)\s*(?::\s*(.*))?$/u.exec(line);
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
