import { type CatalogueBuilder, LIMITS, type SourceLine } from '../builder';
import type { ZoneAnswers } from '../zones';
import { readLeadingZone } from '../zones';
import { parseLeadingDate } from './dates';
import type { DraftSeminar } from './draft';
import {
  isAgendaHeading,
  isFurtherReadingsHeading,
  matchBullet,
  matchChairLabel,
  matchDateLabel,
  matchDurationLabel,
  matchSpeakersLabel,
  matchTimeLabel,
  matchVenueLabel,
  matchZoneLabel,
} from './labels';
import { parsePersonLine, splitPeopleList } from './people';
import { SeminarPlacer } from './seminar-placing';
import { parseDuration, parseTimeText, readClocks } from './times';
const DATE_TIME_SEPARATOR = /^(?:[|,;–—-]|\bat\b|\bà\b|\ba\s+las\b|\ba\s+la\b|\bfrom\b|\bde\b|\bdes\b)\s*/iu;

export type SeminarLineOutcome = 'placed' | 'further-readings';

/**
 * Reads the lines inside one seminar: date and time lines, duration, venue,
 * zone, chair, speakers (labelled, listed, one per line or several on a line),
 * per-session time lines and topic headings. Every line is placed or warned.
 */
export class SeminarLineReader {
  private readonly placer: SeminarPlacer;

  constructor(
    private readonly builder: CatalogueBuilder,
    private readonly answers: ZoneAnswers,
    /** In a calendar event's description the event is the session: speakers need no heading before them. */
    context: 'programme' | 'event-description' = 'programme',
  ) {
    this.placer = new SeminarPlacer(builder, context);
  }

  blank(seminar: DraftSeminar): void {
    if (seminar.speakerList === 'open') seminar.speakerList = 'open-after-blank';
  }

  read(seminar: DraftSeminar, line: SourceLine): SeminarLineOutcome {
    seminar.lineCount += 1;
    const text = line.text;
    if (seminar.awaitingChair) {
      const { line: labelLine, label } = seminar.awaitingChair;
      seminar.awaitingChair = undefined;
      const person = parsePersonLine(matchBullet(text) ?? text, { mixedCase: true });
      if (person) {
        this.placer.setChair(seminar, line, person, label);
        return 'placed';
      }
      this.builder.warn(
        labelLine,
        'chair label not followed by a name written "Given FAMILY, role"; no chair recorded',
      );
    }
    if (this.readLabelled(seminar, line)) return 'placed';
    if (isFurtherReadingsHeading(text)) return 'further-readings';
    if (isAgendaHeading(text)) {
      seminar.speakerList = 'none';
      return 'placed';
    }
    if (!seminar.date && this.readDateLine(seminar, line, text)) return 'placed';

    const bullet = matchBullet(text);
    const inList = seminar.speakerList === 'open' || (seminar.speakerList === 'open-after-blank' && bullet !== null);
    const personText = bullet ?? text;
    const person = parsePersonLine(personText, { mixedCase: inList });
    if (person) {
      this.placer.addSpeaker(seminar, line, person);
      return 'placed';
    }
    if (inList && this.placer.addSpeakerList(seminar, line, personText, false)) return 'placed';
    seminar.speakerList = 'none';

    const clocks = readClocks(text);
    if (clocks && !('error' in clocks)) {
      const zone = clocks.rest === '' ? undefined : readLeadingZone(clocks.rest, this.answers);
      const title = clocks.rest.replace(/^[:.|–—-]\s*/u, '').trim();
      if (zone === undefined && /^\p{L}|^[¿¡"“«(]/u.test(title)) {
        this.placer.addSession(seminar, line, title, clocks.startMinutes, clocks.endMinutes);
        return 'placed';
      }
      // A bare "7.00 a.m. – 8.45 a.m. UTC" before any topic is the seminar's time.
      if (!seminar.time && seminar.sessions.length === 0 && zone !== undefined) {
        this.readTime(seminar, line, text, true);
        return 'placed';
      }
    }
    if (isProse(text)) {
      // A sentence about the seminar ("The webinar will be held in English."), not a topic heading.
      seminar.notes.push(text);
      return 'placed';
    }
    this.placer.addSession(seminar, line, text);
    return 'placed';
  }

  /** "Time:", "Date:", "Duration:", "Venue:", "Time zone:", "Chair:", "Speakers:" lines. */
  private readLabelled(seminar: DraftSeminar, line: SourceLine): boolean {
    const text = line.text;
    const timeLabel = matchTimeLabel(text);
    if (timeLabel) {
      seminar.languageVotes[timeLabel.language] += 1;
      this.readTime(seminar, line, timeLabel.rest, true);
      return true;
    }
    const dateLabel = matchDateLabel(text);
    if (dateLabel) {
      if (!this.readDateLine(seminar, line, dateLabel.rest))
        this.builder.warn(line, 'could not read a date after the label; not placed');
      else if (dateLabel.label.toLowerCase() !== 'date') seminar.languageVotes[dateLabel.language] += 1;
      return true;
    }
    const durationLabel = matchDurationLabel(text);
    if (durationLabel) {
      seminar.languageVotes[durationLabel.language] += 1;
      const minutes = parseDuration(durationLabel.rest);
      if (minutes === undefined)
        this.builder.warn(line, 'could not read the duration (such as "1h30" or "90 minutes"); not placed');
      else seminar.durationMinutes = minutes;
      return true;
    }
    const zoneLabel = matchZoneLabel(text);
    if (zoneLabel) {
      const zone = readLeadingZone(zoneLabel.rest.replace(/[.)]+$/, ''), this.answers);
      if (!zone || zone.rest !== '')
        this.builder.warn(line, `time zone "${zoneLabel.rest}" is not one the importer knows; not placed`);
      else seminar.zone = { reading: zone.reading, line };
      return true;
    }
    const venueLabel = matchVenueLabel(text);
    if (venueLabel && venueLabel.rest !== '') {
      seminar.languageVotes[venueLabel.language] += 1;
      if (seminar.venue !== undefined) this.builder.warn(line, 'this seminar already has a venue; ignored');
      else seminar.venue = this.builder.limit(line, venueLabel.rest, LIMITS.shortText, 'venue');
      return true;
    }
    const chairLabel = matchChairLabel(text);
    if (chairLabel) {
      seminar.languageVotes[chairLabel.language] += 1;
      if (chairLabel.rest === '') {
        seminar.awaitingChair = { line, label: chairLabel.label };
        return true;
      }
      const people = splitPeopleList(chairLabel.rest);
      const person = parsePersonLine(people[0] ?? '', { mixedCase: true });
      if (person) this.placer.setChair(seminar, line, person, chairLabel.label);
      else
        this.builder.warn(
          line,
          'could not read a name written "Given FAMILY, role" after the chair label; no chair recorded',
        );
      if (people.length > 1)
        this.builder.warn(
          line,
          'more than one name after the chair label; the first is recorded as chair (the catalogue holds one chair per seminar)',
        );
      return true;
    }
    const speakersLabel = matchSpeakersLabel(text);
    if (speakersLabel) {
      seminar.languageVotes[speakersLabel.language] += 1;
      seminar.speakerList = 'open';
      if (speakersLabel.rest !== '') this.placer.addSpeakerList(seminar, line, speakersLabel.rest, true);
      return true;
    }
    return false;
  }

  /** A date (and maybe a time) for a seminar whose heading had none. Returns whether the line was one. */
  readDateText(seminar: DraftSeminar, line: SourceLine, text: string): boolean {
    return this.readDateLine(seminar, line, text);
  }

  private readDateLine(seminar: DraftSeminar, line: SourceLine, text: string): boolean {
    const leading = parseLeadingDate(text);
    if (!leading) return false;
    if (leading.kind === 'invalid-date') {
      this.builder.warn(line, `${leading.message}; not placed`);
      return true;
    }
    if (seminar.date) {
      const same =
        seminar.date.year === leading.date.year &&
        seminar.date.month === leading.date.month &&
        seminar.date.day === leading.date.day;
      if (!same) this.builder.warn(line, 'a second, different date for this seminar; the first is kept');
    } else {
      seminar.date = leading.date;
      if (leading.language) {
        seminar.dateLanguage = leading.language;
        seminar.languageVotes[leading.language] += 1;
      }
    }
    const rest = leading.rest.replace(DATE_TIME_SEPARATOR, '').trim();
    if (rest !== '') this.readTime(seminar, line, rest, true);
    return true;
  }

  private readTime(seminar: DraftSeminar, line: SourceLine, text: string, labelled: boolean): void {
    const reading = parseTimeText(text, this.answers);
    if ('error' in reading) {
      if (labelled) this.builder.warn(line, `could not read the time: ${reading.error}; not placed`);
      return;
    }
    if (seminar.time) {
      this.builder.warn(line, 'second time line for this seminar; ignored');
      return;
    }
    for (const note of reading.notes) this.builder.warn(line, note);
    seminar.time = { reading, line };
  }
}

/** A sentence, not a heading: eight words or more ending like a sentence, or simply very long. */
function isProse(text: string): boolean {
  const words = text.split(' ').length;
  return (words >= 8 && /[.!…]$/u.test(text)) || words >= 25;
}
