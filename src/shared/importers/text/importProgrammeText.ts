import { CatalogueBuilder, LIMITS, type SourceLine } from '../builder';
import type { ImportOptions, ImportResult } from '../model';
import { parseLeadingDate, parseSeminarHeading } from './dates';
import { type DraftSeminar, newDraftSeminar } from './draft';
import {
  isAgendaHeading,
  isFurtherReadingsHeading,
  isNumberedSeminarHeading,
  matchBullet,
  matchChairLabel,
  matchDateLabel,
  matchDurationLabel,
  matchSpeakersLabel,
  matchTimeLabel,
  matchVenueLabel,
  matchZoneLabel,
} from './labels';
import { parsePersonLine } from './people';
import { PreambleReader } from './preamble';
import { finishDraftSeminar } from './seminar-finish';
import { SeminarLineReader } from './seminar-lines';
import { cleanLine, slugify, splitLines, truncate } from './text';
import { readClocks } from './times';

export type { ImportErrorCode, ImportOptions, ImportResult, ImportWarning } from '../model';

export const NO_SEMINAR_MESSAGE =
  'No seminar found: expected a heading such as "24 June 2020 - Seminar title" or "Webinar 2: Title" with a date line under it.';

type State = 'before-title' | 'preamble' | 'readings' | 'seminar' | 'seminar-readings';

/**
 * Imports a programme text (like the built-in 2020 cybercrime webinar series,
 * or the layouts of other programmes in English, French and Spanish) into a
 * catalogue. Never throws: whatever it cannot place is reported as a warning
 * with its line number, and the catalogue it returns always passes
 * `validateCatalogue`.
 */
export function importProgrammeText(text: string, options: ImportOptions = {}): ImportResult {
  const safeOptions = typeof options === 'object' && options !== null ? options : {};
  const lines = splitLines(typeof text === 'string' ? text : '').map((raw, index) => ({
    number: index + 1,
    text: cleanLine(raw),
  }));
  const importer = new ProgrammeImporter(lines, safeOptions);
  // About a hundred reports for a long text, none for a short one.
  const every = Math.max(2_000, Math.ceil(lines.length / 100));
  const onProgress = typeof safeOptions.onProgress === 'function' ? safeOptions.onProgress : undefined;
  lines.forEach((line, index) => {
    importer.readLine(line, index);
    if (onProgress && (index + 1) % every === 0) onProgress((index + 1) / lines.length);
  });
  return importer.finish();
}

class ProgrammeImporter {
  private state: State = 'before-title';
  private readonly builder: CatalogueBuilder;
  private readonly preamble: PreambleReader;
  private readonly seminarLines: SeminarLineReader;
  private seriesId: string | undefined;
  private current: DraftSeminar | undefined;

  constructor(
    private readonly lines: SourceLine[],
    private readonly options: ImportOptions,
  ) {
    const fileName = typeof options.fileName === 'string' ? options.fileName : undefined;
    this.builder = new CatalogueBuilder(
      fileName === undefined ? undefined : { kind: 'programme-text', fileName: truncate(fileName, LIMITS.shortText) },
    );
    this.preamble = new PreambleReader(this.builder);
    this.seminarLines = new SeminarLineReader(this.builder, options.zoneAnswers ?? {});
  }

  readLine(line: SourceLine, index: number): void {
    if (line.text === '') {
      this.preamble.closeParagraph();
      if (this.current) this.seminarLines.blank(this.current);
      return;
    }
    if (this.startsSeminar(line, index)) return;
    switch (this.state) {
      case 'before-title':
        this.preamble.readTitle(line);
        this.state = 'preamble';
        return;
      case 'preamble':
        if (this.preamble.readLine(line) === 'readings') this.state = 'readings';
        return;
      case 'readings':
      case 'seminar-readings':
        this.preamble.readReading(line);
        return;
      case 'seminar':
        if (this.current && this.seminarLines.read(this.current, line) === 'further-readings')
          this.state = 'seminar-readings';
        return;
    }
  }

  /** Opens a new seminar when the line is a heading; returns whether it was one. */
  private startsSeminar(line: SourceLine, index: number): boolean {
    const awaitingDate = this.state === 'seminar' && this.current !== undefined && this.current.date === undefined;
    const heading = parseSeminarHeading(line.text);
    if (heading?.kind === 'invalid-date') {
      if (awaitingDate) return false; // the seminar's own reader warns
      this.builder.warn(line, `looks like a seminar heading, but ${heading.message}; not placed`);
      return true;
    }
    if (heading?.kind === 'heading') {
      // A bare date under a heading that had none is that seminar's date.
      if (awaitingDate && heading.title === '') return false;
      if (heading.title === '') this.builder.warn(line, 'seminar heading has no title after the date');
      this.startSeminar(line, newDraftSeminar(line, heading.title, heading.date, heading.language));
      return true;
    }
    if (isNumberedSeminarHeading(line.text) || this.isTitleOverDateLine(line, index)) {
      this.startSeminar(line, newDraftSeminar(line, line.text));
      return true;
    }
    if (!awaitingDate && this.state !== 'seminar' && isDateLine(line.text)) {
      // "Friday, 4 June 2021 | 11:00 UTC" with no title before it: a seminar with no title.
      const leading = parseLeadingDate(line.text);
      if (leading?.kind !== 'date') return false;
      this.builder.warn(line, 'seminar heading has no title after the date');
      this.startSeminar(line, newDraftSeminar(line, '', leading.date, leading.language));
      if (this.current) this.seminarLines.readDateText(this.current, line, line.text);
      return true;
    }
    return false;
  }

  /** "Seminar with Asia-Pacific countries" over "24 June 2020" or "Date: …": a title and its date line. */
  private isTitleOverDateLine(line: SourceLine, index: number): boolean {
    if (!looksLikeTitle(line.text)) return false;
    for (let next = index + 1; next < this.lines.length; next++) {
      const text = this.lines[next]?.text ?? '';
      if (text !== '') return isDateLine(text);
    }
    return false;
  }

  private startSeminar(line: SourceLine, draft: DraftSeminar): void {
    this.preamble.closeParagraph();
    this.finishSeminar();
    if (this.preamble.title === undefined) {
      this.preamble.readTitle({ ...line, text: draft.title === '' ? 'Untitled programme' : draft.title });
      this.builder.warn(
        line,
        'no series title before the first seminar; the seminar title is used as the series title',
      );
    }
    this.seriesId ??= this.chooseSeriesId(this.preamble.title ?? '');
    this.state = 'seminar';
    draft.title = this.builder.limit(line, draft.title, LIMITS.shortText, 'seminar title');
    this.current = draft;
  }

  private chooseSeriesId(title: string): string {
    // Cleaned like any line of the text: a caller's id must not carry code points XML forbids.
    const requested = typeof this.options.seriesId === 'string' ? cleanLine(this.options.seriesId) : '';
    if (requested) return truncate(requested, LIMITS.id);
    return slugify(title) || 'series';
  }

  private finishSeminar(): void {
    const draft = this.current;
    this.current = undefined;
    if (!draft) return;
    const seminar = finishDraftSeminar(draft, this.builder, this.seriesId ?? 'series');
    if (seminar) this.builder.addSeminar(draft.heading, seminar);
  }

  finish(): ImportResult {
    this.preamble.closeParagraph();
    this.finishSeminar();
    const warnings = this.builder.sortedWarnings();
    if (this.builder.seminarCount === 0)
      return { ok: false, code: 'no-seminar', message: NO_SEMINAR_MESSAGE, warnings };
    const catalogue = this.builder.finish([this.preamble.series(this.seriesId ?? 'series')]);
    return { ok: true, catalogue, warnings, questions: this.builder.questions };
  }
}

/** A line that gives a date: "24 June 2020", "Friday, 4 June 2021 | 11:00 UTC", "Date: 13 May 2021". */
function isDateLine(text: string): boolean {
  const labelled = matchDateLabel(text);
  if (labelled) return parseLeadingDate(labelled.rest) !== null;
  const leading = parseLeadingDate(text);
  if (!leading) return false;
  if (leading.kind === 'invalid-date') return false;
  return leading.rest === '' || parseSeminarHeading(text) === null;
}

/** Could be a seminar title: short, and not a label, bullet, name, date or time. */
function looksLikeTitle(text: string): boolean {
  if (text.length > 200 || /[:;,]$/.test(text)) return false;
  if (matchBullet(text) !== null || parseLeadingDate(text) !== null || readClocks(text) !== null) return false;
  if (isFurtherReadingsHeading(text) || isAgendaHeading(text)) return false;
  const labels = [
    matchTimeLabel,
    matchChairLabel,
    matchSpeakersLabel,
    matchDateLabel,
    matchDurationLabel,
    matchVenueLabel,
    matchZoneLabel,
  ];
  if (labels.some((match) => match(text) !== null)) return false;
  return parsePersonLine(text) === null;
}
