import type { Catalogue, CatalogueSourceKind } from '../catalogue/schema';

/**
 * What every reader (programme text, iCalendar, frab XML, schedule.json, CSV)
 * answers: the same catalogue model, every line it could not place, and the
 * questions only the user can answer. Readers never throw.
 */

/** Something in the source the reader could not place, or placed by guessing. */
export interface ImportWarning {
  /** 1-based line in the source file; 0 when the source has no lines to point at. */
  line: number;
  /** The line (or the item) as written, at most ~200 characters. */
  text: string;
  /** Plain words for the user. */
  message: string;
}

/** An abbreviation with more than one meaning (IST, CST): the user picks the zone in the import review. */
export interface ZoneQuestion {
  kind: 'time-zone';
  /** The abbreviation, upper case: also the key of the answer. */
  id: string;
  /** First line where it was used, and that line as written. */
  line: number;
  text: string;
  /** IANA zones it can mean, most common first. */
  choices: string[];
}
export type ImportQuestion = ZoneQuestion;

export type ImportErrorCode = 'no-seminar' | 'unsupported-file' | 'unreadable';

export type ImportResult =
  | { ok: true; catalogue: Catalogue; warnings: ImportWarning[]; questions: ImportQuestion[] }
  | { ok: false; code: ImportErrorCode; message: string; warnings: ImportWarning[] };

export interface ImportOptions {
  /** Id of the series; by default a slug of the programme's title. */
  seriesId?: string;
  /** The file's name (no folder), recorded as the catalogue's source. */
  fileName?: string;
  /** Answers to earlier questions: abbreviation → IANA zone. */
  zoneAnswers?: Readonly<Record<string, string>>;
  /** Told the share of lines read so far (0 to 1), now and then, for a progress bar. */
  onProgress?: (fraction: number) => void;
}

export interface ImportSource {
  kind: CatalogueSourceKind;
  fileName?: string;
}
