import type { Language } from '../../catalogue/schema';
import type { SourceLine } from '../builder';
import type { ZoneReading } from '../zones';
import type { CalendarDate } from './dates';
import type { TimeReading } from './times';

/** A seminar as its lines are read, before its times are placed on the calendar. */
export interface DraftSession {
  heading: SourceLine;
  topicId: string;
  title: string;
  speakers: Array<{ personId: string; role: string; tbc: boolean }>;
  /** Clock readings in the seminar's zone ("10:00–10:15 Opening remarks"). */
  startMinutes?: number;
  endMinutes?: number;
  /** Made for speakers listed before any session heading. */
  implicit?: boolean;
}

export interface DraftSeminar {
  heading: SourceLine;
  /** Every line read into this seminar: reported if the seminar cannot be placed. */
  lineCount: number;
  date?: CalendarDate;
  title: string;
  dateLanguage?: Language;
  languageVotes: Record<Language, number>;
  time?: { reading: TimeReading; line: SourceLine };
  /** "Time zone: CET", "All times are CET". */
  zone?: { reading: ZoneReading; line: SourceLine };
  durationMinutes?: number;
  venue?: string;
  chair?: { personId: string; role: string; label?: string };
  /** A chair label whose name is expected on the next line, with the label as written. */
  awaitingChair?: { line: SourceLine; label: string };
  /** After "Speakers:" on its own: the lines that follow are names, bullets or not. */
  speakerList: 'none' | 'open' | 'open-after-blank';
  sessions: DraftSession[];
  /** Sentences about the seminar found among its lines. */
  notes: string[];
}

export function newDraftSeminar(heading: SourceLine, title: string, date?: CalendarDate, language?: Language) {
  const draft: DraftSeminar = {
    heading,
    lineCount: 0,
    title,
    languageVotes: { en: 0, fr: 0, es: 0, ar: 0, zh: 0, ru: 0 },
    speakerList: 'none',
    sessions: [],
    notes: [],
  };
  if (date) draft.date = date;
  if (language) {
    draft.dateLanguage = language;
    draft.languageVotes[language] += 1;
  }
  return draft;
}
