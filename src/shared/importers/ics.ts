import ICAL from 'ical.js';
import { CatalogueBuilder, LIMITS, type SourceLine, formatInstant } from './builder';
import { htmlToText, looksLikeHtml } from './html';
import type { ImportOptions, ImportResult } from './model';
import { type DraftSeminar, newDraftSeminar } from './text/draft';
import { finishDraftSeminar } from './text/seminar-finish';
import { SeminarLineReader } from './text/seminar-lines';
import { cleanLine, slugify, splitLines, truncate } from './text/text';
import { type AnnouncedZone, type ZoneAnswers, localTimeToUtc, readZone } from './zones';

/**
 * iCalendar (.ics) as Indico, Outlook, Google Calendar and Thunderbird write
 * it: each VEVENT a seminar. ical.js (MPL-2.0) parses the file (folded lines,
 * escapes, VTIMEZONE); a TZID is read as an IANA name, a Windows zone id or a
 * zone in words and placed through Intl, falling back to the file's own
 * VTIMEZONE rules. LOCATION is the venue; DESCRIPTION is read with the
 * programme-text rules for chair and speakers.
 */

const MINUTE = 60_000;
/** Where Outlook, Teams, Zoom and Webex start their joining instructions. */
const MEETING_BOILERPLATE =
  /^(?:_{8,}|-{8,}|microsoft teams meeting|réunion microsoft teams|reunión de microsoft teams|join zoom meeting|join the meeting|join microsoft teams meeting|rejoindre la réunion|join webex meeting|cisco webex)/iu;

type IcalTime = InstanceType<typeof ICAL.Time>;

export function importICalendar(text: string, options: ImportOptions = {}): ImportResult {
  const fileName = typeof options.fileName === 'string' ? options.fileName : undefined;
  const name = fileName ?? 'The calendar file';
  let root: InstanceType<typeof ICAL.Component>;
  try {
    const parsed: unknown = ICAL.parse(text);
    const first = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed;
    root = new ICAL.Component(first as unknown[]);
  } catch {
    return {
      ok: false,
      code: 'unreadable',
      message: `${name} looks like a calendar file (.ics) but could not be read: it is damaged or incomplete.`,
      warnings: [],
    };
  }
  try {
    return new CalendarReader(root, splitLines(text), options, fileName).read();
  } catch {
    // ical.js answers some damaged input with a component it cannot walk.
    return {
      ok: false,
      code: 'unreadable',
      message: `${name} looks like a calendar file (.ics) but could not be read: it is damaged or incomplete.`,
      warnings: [],
    };
  }
}

class CalendarReader {
  private readonly builder: CatalogueBuilder;
  private readonly eventLines: number[] = [];
  private readonly answers: ZoneAnswers;
  private readonly seriesTitle: string;
  private readonly seriesId: string;
  private readonly defaultZone: string | undefined;

  constructor(
    private readonly root: InstanceType<typeof ICAL.Component>,
    private readonly rawLines: string[],
    options: ImportOptions,
    fileName: string | undefined,
  ) {
    this.builder = new CatalogueBuilder({
      kind: 'icalendar',
      ...(fileName ? { fileName: truncate(fileName, LIMITS.shortText) } : {}),
    });
    rawLines.forEach((line, index) => {
      if (/^BEGIN:VEVENT\s*$/i.test(line)) this.eventLines.push(index + 1);
    });
    this.answers = options.zoneAnswers ?? {};
    const calendarName = stringProperty(root, 'x-wr-calname');
    const baseName = fileName?.replace(/\.[^.]*$/, '');
    this.seriesTitle = truncate(calendarName || baseName || 'Imported calendar', LIMITS.shortText);
    const requested = typeof options.seriesId === 'string' ? cleanLine(options.seriesId) : '';
    this.seriesId = truncate(requested || slugify(this.seriesTitle) || 'series', LIMITS.id);
    this.defaultZone = stringProperty(root, 'x-wr-timezone') || undefined;
  }

  read(): ImportResult {
    const events = this.root.name === 'vevent' ? [this.root] : this.root.getAllSubcomponents('vevent');
    events.forEach((event, index) => {
      try {
        this.readEvent(event, index);
      } catch {
        this.builder.warn(this.eventLine(index), 'this event could not be read; not placed');
      }
    });
    const warnings = this.builder.sortedWarnings();
    if (this.builder.seminarCount === 0)
      return {
        ok: false,
        code: 'no-seminar',
        message: 'No seminar found: the calendar file has no event (VEVENT) with a start time.',
        warnings,
      };
    const series = { id: this.seriesId, title: this.seriesTitle, summary: '', focus: [], furtherReadings: [] };
    return { ok: true, catalogue: this.builder.finish([series]), warnings, questions: this.builder.questions };
  }

  private eventLine(index: number): SourceLine {
    const number = this.eventLines[index] ?? 0;
    return { number, text: this.rawLines[number - 1] ?? 'BEGIN:VEVENT' };
  }

  /** The line of a property inside the event starting at `from`, for warnings. */
  private propertyLine(from: number, property: string): SourceLine {
    for (let index = Math.max(from - 1, 0); index < this.rawLines.length; index++) {
      const text = this.rawLines[index] ?? '';
      if (new RegExp(`^${property}[;:]`, 'i').test(text)) return { number: index + 1, text };
      if (/^END:VEVENT/i.test(text)) break;
    }
    return { number: from, text: this.rawLines[from - 1] ?? '' };
  }

  private readEvent(component: InstanceType<typeof ICAL.Component>, index: number): void {
    const at = this.propertyLine(this.eventLine(index).number, 'SUMMARY');
    const event = new ICAL.Event(component);
    if (stringProperty(component, 'status').toUpperCase() === 'CANCELLED') {
      this.builder.warn(at, 'this event is marked cancelled; not placed');
      return;
    }
    const title = cleanLine(event.summary ?? '');
    const startProperty = component.getFirstProperty('dtstart');
    const startTime = startProperty?.getFirstValue() as IcalTime | undefined;
    if (!startProperty || !startTime || typeof startTime.toUnixTime !== 'function') {
      this.builder.warn(at, `event "${title}" has no start time; not placed`);
      return;
    }
    if (component.getFirstProperty('rrule'))
      this.builder.warn(at, 'this event repeats; only its first occurrence is imported');
    const tzid = stringParameter(startProperty, 'tzid');
    const placed = this.place(startTime, tzid ?? (startTime.zone?.tzid === 'floating' ? this.defaultZone : undefined));
    const draft = newDraftSeminar(at, title === '' ? 'Untitled event' : title, dateOf(startTime));
    if (title === '') this.builder.warn(at, 'event without a title (SUMMARY); called "Untitled event"');
    const language = stringParameter(component.getFirstProperty('summary'), 'language')?.slice(0, 2).toLowerCase();
    if (language === 'en' || language === 'fr' || language === 'es') {
      draft.dateLanguage = language;
      draft.languageVotes[language] += 1;
    }
    const location = cleanLine(event.location ?? '');
    if (location !== '') draft.venue = this.builder.limit(at, location, LIMITS.shortText, 'venue');
    this.readDescription(draft, component, at.number);

    let start: number | undefined;
    let end: number | undefined;
    if (startTime.isDate) {
      this.builder.warn(at, 'all-day event; the seminar is kept for the whole day until you set its time');
    } else if (placed.ms === undefined) {
      this.builder.warn(
        at,
        `${placed.why}, so the time is not placed: the seminar is kept for the whole day until you set its time`,
      );
    } else {
      start = placed.ms;
      const duration = event.duration?.toSeconds();
      end = duration !== undefined && duration > 0 ? start + duration * 1000 : undefined;
      if (end === undefined) {
        end = start + 60 * MINUTE;
        this.builder.warn(at, 'the event has no end time or duration; the seminar is taken to last one hour');
      }
    }
    const idDate =
      placed.localDate ?? `${dateOf(startTime).year}-${pad(dateOf(startTime).month)}-${pad(dateOf(startTime).day)}`;
    const startIso = start === undefined ? undefined : formatInstant(start);
    const endIso = end === undefined ? undefined : formatInstant(end);
    const seminar = finishDraftSeminar(
      draft,
      this.builder,
      this.seriesId,
      startIso && endIso && start !== undefined && end !== undefined
        ? { start, end, ...(placed.zone ? { zone: placed.zone } : {}), idDate }
        : 'unplaced',
    );
    if (seminar) this.builder.addSeminar(at, seminar);
  }

  /** The UTC instant of an event time: UTC as written, the TZID read by Intl, or the file's VTIMEZONE. */
  private place(
    time: IcalTime,
    tzid: string | undefined,
  ): { ms?: number; zone?: AnnouncedZone; why?: string; localDate?: string } {
    const localDate = `${time.year}-${pad(time.month)}-${pad(time.day)}`;
    if (time.zone?.tzid === 'UTC') return { ms: time.toUnixTime() * 1000, localDate };
    if (tzid === undefined) return { why: 'the event time names no time zone', localDate };
    const reading = readZone(outlookCity(tzid) ?? tzid, this.answers);
    if (reading.kind === 'zone') {
      const placed = localTimeToUtc({ ...dateOf(time), minutes: time.hour * 60 + time.minute }, reading.zone);
      if (placed) return { ms: placed.ms + time.second * 1000, zone: reading.zone, localDate };
    }
    if (time.zone && time.zone.tzid !== 'floating') return { ms: time.toUnixTime() * 1000, localDate };
    if (reading.kind === 'ambiguous') return { why: `"${tzid}" can mean more than one time zone`, localDate };
    return { why: `the time zone "${tzid}" is not one the importer knows`, localDate };
  }

  private readDescription(draft: DraftSeminar, component: InstanceType<typeof ICAL.Component>, eventLine: number) {
    const raw = stringProperty(component, 'description');
    if (raw === '') return;
    const at = this.propertyLine(eventLine, 'DESCRIPTION');
    const text = looksLikeHtml(raw) ? htmlToText(raw) : raw;
    const reader = new SeminarLineReader(this.builder, this.answers, 'event-description');
    for (const rawLine of splitLines(text)) {
      const line = { number: at.number, text: cleanLine(rawLine) };
      if (line.text === '') {
        reader.blank(draft);
        continue;
      }
      if (MEETING_BOILERPLATE.test(line.text)) break;
      if (/^https?:\/\/\S+$/iu.test(line.text)) continue;
      reader.read(draft, line);
    }
  }
}

/** Outlook's older TZIDs: "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna" → "Amsterdam time". */
function outlookCity(tzid: string): string | undefined {
  const match = /^\(UTC[^)]*\)\s*([^,]+)/u.exec(tzid.trim());
  return match?.[1] ? `${match[1].trim()} time` : undefined;
}

function dateOf(time: IcalTime): { year: number; month: number; day: number } {
  return { year: time.year, month: time.month, day: time.day };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function stringProperty(component: InstanceType<typeof ICAL.Component>, name: string): string {
  try {
    const value: unknown = component.getFirstPropertyValue(name);
    return typeof value === 'string' ? value : '';
  } catch {
    return '';
  }
}

function stringParameter(property: InstanceType<typeof ICAL.Property> | null | undefined, name: string) {
  const value: unknown = property?.getParameter(name);
  return typeof value === 'string'
    ? value
    : Array.isArray(value) && typeof value[0] === 'string'
      ? value[0]
      : undefined;
}
