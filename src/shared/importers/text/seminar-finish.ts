import type { Language } from '../../catalogue/schema';
import { uniqueSessionId } from '../../catalogue/migrations';
import { type CatalogueBuilder, type DatedSeminar, LIMITS, type SourceLine, formatInstant } from '../builder';
import { type AnnouncedZone, type ZoneReading, announcedZoneId, localTimeToUtc } from '../zones';
import { type CalendarDate, formatIsoDate } from './dates';
import type { DraftSeminar } from './draft';

const MINUTE = 60_000;
const DEFAULT_LENGTH_MINUTES = 60;

/** The warnings speak of the source as the user sees it: lines of text, or rows of a spreadsheet. */
const WORDING = {
  'programme-text': {
    noTime: 'no time line; whole day assumed (00:00–23:59 UTC)',
    noSessions: 'seminar has no topic headings',
    noSpeakers: 'topic heading has no speakers',
  },
  spreadsheet: {
    noTime: 'no start time; whole day assumed (00:00–23:59 UTC)',
    noSessions: 'seminar has no sessions',
    noSpeakers: 'session has no speakers',
  },
} as const;

/** Exact times from a structured source, with the zone they were announced in. */
export interface FixedTimes {
  start: number;
  end: number;
  zone?: AnnouncedZone;
  /** The calendar date the seminar's id is made from. */
  idDate: string;
}

/** The heading date's language wins unless the labels (Time:/Heure:/Hora:, Chair:…) outvote it. */
function chooseLanguage(seminar: DraftSeminar): Language {
  let best: Language = seminar.dateLanguage ?? 'en';
  for (const language of ['en', 'fr', 'es'] as const) {
    if (seminar.languageVotes[language] > seminar.languageVotes[best]) best = language;
  }
  return best;
}

/** Says why a zone cannot place a time, or undefined when it can. */
function unplaceable(reading: ZoneReading | undefined): string | undefined {
  if (reading === undefined) return 'no time zone is given';
  if (reading.kind === 'unknown') return `the time zone "${reading.written}" is not one the importer knows`;
  if (reading.kind === 'ambiguous') return `"${reading.abbreviation}" can mean more than one time zone`;
  return undefined;
}

/**
 * Places a draft seminar on the calendar: its times become UTC instants in the
 * zone it announced (daylight saving as in force that day), its sessions get
 * their ids and times. A time it cannot place is never read as UTC: the
 * seminar keeps its date for the whole day, and the warning says so.
 */
export function finishDraftSeminar(
  seminar: DraftSeminar,
  builder: CatalogueBuilder,
  seriesId: string,
  fixed?: FixedTimes | 'unplaced',
  wording: keyof typeof WORDING = 'programme-text',
): DatedSeminar | undefined {
  const words = WORDING[wording];
  const structured = fixed !== undefined;
  const times = fixed === 'unplaced' ? undefined : fixed;
  if (seminar.awaitingChair)
    builder.warn(seminar.awaitingChair.line, 'chair label not followed by a name; no chair recorded');
  const date = seminar.date;
  if (!date) {
    builder.warn(
      seminar.heading,
      `no date found for this seminar heading; it and its ${seminar.lineCount} line(s) are not placed`,
    );
    return undefined;
  }
  const language = chooseLanguage(seminar);
  for (const session of seminar.sessions) builder.labelTopic(session.topicId, language, session.title);
  const isoDate = formatIsoDate(date);

  if (structured) {
    // The source gave exact instants (a calendar event): the text's own time lines only inform.
    seminar.time = undefined;
    seminar.zone = times?.zone ? { reading: { kind: 'zone', zone: times.zone }, line: seminar.heading } : undefined;
  }
  const zoneReading = seminar.time?.reading.zone ?? seminar.zone?.reading;
  let zone = zoneReading?.kind === 'zone' ? zoneReading.zone : undefined;
  const time = seminar.time;
  // "11:00 (14:00 EEST)": a zone given only for the equivalent still places the time.
  if (!zone && time) {
    const placeable = time.reading.equivalents.find((equivalent) => equivalent.zone.kind === 'zone');
    if (placeable?.zone.kind === 'zone' && zoneReading === undefined) {
      const offset = placeable.startMinutes - time.reading.startMinutes;
      zone = placeable.zone.zone;
      time.reading = {
        ...time.reading,
        startMinutes: placeable.startMinutes,
        ...(time.reading.endMinutes !== undefined ? { endMinutes: time.reading.endMinutes + offset } : {}),
      };
    }
  }
  const zoneLine = seminar.time?.line ?? seminar.zone?.line ?? seminar.heading;
  if (zoneReading?.kind === 'ambiguous') {
    builder.ask({
      kind: 'time-zone',
      id: zoneReading.abbreviation,
      line: zoneLine.number,
      text: zoneLine.text,
      choices: [...zoneReading.choices],
    });
  }

  const place = (minutes: number, line: SourceLine): number | undefined => {
    if (!zone) return undefined;
    const placed = localTimeToUtc({ ...date, minutes }, zone);
    if (placed?.note) builder.warn(line, placed.note);
    return placed?.ms;
  };

  let start: number | undefined = times?.start;
  let end: number | undefined = times?.end;
  const hasSessionTimes = seminar.sessions.some((session) => session.startMinutes !== undefined);
  if (!structured && (time || hasSessionTimes)) {
    const why = zone ? undefined : unplaceable(zoneReading);
    if (why !== undefined) {
      if (zoneReading?.kind !== 'ambiguous')
        builder.warn(
          zoneLine,
          `${why}, so the time is not placed: the seminar is kept for the whole day until you set its time`,
        );
    } else if (time) {
      start = place(time.reading.startMinutes, time.line);
      checkEquivalents(seminar, zone!, date, start, builder);
      const endMinutes =
        time.reading.endMinutes ??
        (seminar.durationMinutes !== undefined ? time.reading.startMinutes + seminar.durationMinutes : undefined);
      if (endMinutes !== undefined) {
        end = place(endMinutes, time.line);
        if (start !== undefined && end !== undefined && end <= start) {
          end = place(endMinutes + 24 * 60, time.line);
          builder.warn(time.line, 'the end time is not after the start time; the seminar is taken to end the next day');
        }
      }
    }
  }

  const sessionIds = new Set<string>();
  const sessions = seminar.sessions.map((session) => {
    let sessionStart = session.startMinutes === undefined ? undefined : place(session.startMinutes, session.heading);
    let sessionEnd = session.endMinutes === undefined ? undefined : place(session.endMinutes, session.heading);
    if (sessionStart !== undefined && sessionEnd !== undefined && sessionEnd <= sessionStart) {
      builder.warn(session.heading, 'the session ends before it starts; its times are not placed');
      sessionStart = undefined;
      sessionEnd = undefined;
    }
    const startIso = sessionStart === undefined ? undefined : formatInstant(sessionStart);
    const endIso = sessionEnd === undefined ? undefined : formatInstant(sessionEnd);
    if (session.speakers.length === 0) builder.warn(session.heading, words.noSpeakers);
    return {
      id: uniqueSessionId(session.topicId, sessionIds),
      topicId: session.topicId,
      title: session.title,
      ...(startIso !== undefined ? { start: startIso } : {}),
      ...(endIso !== undefined ? { end: endIso } : {}),
      speakers: session.speakers,
    };
  });

  const firstSession = sessions.find((session) => session.start !== undefined)?.start;
  const lastSession = [...sessions].reverse().find((session) => session.end ?? session.start)?.end;
  if (start === undefined && zone && firstSession !== undefined) start = Date.parse(firstSession);
  if (start !== undefined && end === undefined) {
    if (lastSession !== undefined && Date.parse(lastSession) > start) end = Date.parse(lastSession);
    else {
      end = start + DEFAULT_LENGTH_MINUTES * MINUTE;
      builder.warn(
        time?.line ?? seminar.heading,
        'no end time or duration is given; the seminar is taken to last one hour',
      );
    }
  }
  let startIso = start === undefined ? undefined : formatInstant(start);
  let endIso = end === undefined ? undefined : formatInstant(end);
  if ((start !== undefined || end !== undefined) && (startIso === undefined || endIso === undefined)) {
    builder.warn(time?.line ?? seminar.heading, 'the time falls outside the years 1000–9999; not placed');
  }
  if (startIso === undefined || endIso === undefined) {
    if (!time && !hasSessionTimes && !structured) builder.warn(seminar.heading, words.noTime);
    startIso = `${isoDate}T00:00:00Z`;
    endIso = `${isoDate}T23:59:00Z`;
  }
  if (seminar.sessions.length === 0 && !structured) builder.warn(seminar.heading, words.noSessions);
  const announced = zone ? zoneIdFor(zone) : undefined;
  return {
    idDate: times?.idDate ?? isoDate,
    seriesId,
    title: seminar.title,
    language,
    start: startIso,
    end: endIso,
    ...(announced !== undefined && start !== undefined ? { timeZone: announced } : {}),
    ...(seminar.venue !== undefined ? { venue: seminar.venue } : {}),
    ...(seminar.chair ? { chair: seminar.chair } : {}),
    sessions,
    ...(seminar.notes.length > 0
      ? { notes: builder.limit(seminar.heading, seminar.notes.join('\n\n'), LIMITS.longText, 'notes') }
      : {}),
  };
}

/** A zone is recorded on the seminar only when the programme announced a real zone, not plain UTC. */
function zoneIdFor(zone: AnnouncedZone): string | undefined {
  const id = announcedZoneId(zone);
  return id === 'UTC' ? undefined : id;
}

/** "11:00 AM UTC (14:00 EEST)": warns when the time in another zone is not the same moment. */
function checkEquivalents(
  seminar: DraftSeminar,
  zone: AnnouncedZone,
  date: CalendarDate,
  start: number | undefined,
  builder: CatalogueBuilder,
): void {
  const time = seminar.time;
  if (!time || start === undefined) return;
  for (const equivalent of time.reading.equivalents) {
    if (equivalent.zone.kind !== 'zone' || equivalent.zone.zone === zone) continue;
    const other = localTimeToUtc({ ...date, minutes: equivalent.startMinutes }, equivalent.zone.zone);
    if (other && Math.abs(other.ms - start) % (24 * 60 * MINUTE) !== 0)
      builder.warn(
        time.line,
        `"${equivalent.written}" is not the same moment as the time before it; the first time was used`,
      );
  }
}
