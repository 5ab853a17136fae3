/**
 * iCalendar writer (RFC 5545): one VEVENT per seminar, METHOD:PUBLISH.
 * DTSTART, DTEND and DTSTAMP are written in UTC ("…Z") and the calendar names
 * no time zone: given a calendar time zone and plain Dates, ical-generator
 * would write the machine's wall time under that TZID, which every reader
 * then shifts. UTC is read the same by Outlook, Google Calendar and
 * Thunderbird, and each shows it in its user's own zone.
 */
import { ICalCalendarMethod, default as ical } from 'ical-generator';
import { t } from '../../../../shared/i18n/dictionary';
import { type Schedule, type ScheduleEntry } from '../../../../shared/document/schedule';
import { formatTimeWindow } from '../../../../shared/time/format';

export interface IcsOptions {
  /** DTSTAMP: when the file is made (the caller reads the clock, so tests can fix it). */
  stamp: Date;
}

const PRODUCT = { company: 'Briefing Pack Builder', product: 'Briefing Pack Builder', language: 'EN' };

/**
 * Chair, then each session with its time (in the announced zone), title as
 * written and speakers: laid out as a programme is, so that a person reads it
 * and the programme-text reader takes it back (the event's own times say when).
 */
export function eventDescription(entry: ScheduleEntry): string {
  const lines: string[] = [];
  const zoneOf = (start: string, end: string) => formatTimeWindow(start, end, entry.timeZone, entry.language);
  if (entry.chair) {
    const label = entry.chair.label !== '' ? entry.chair.label : t(entry.language, 'chair');
    lines.push(`${label}: ${[entry.chair.name, entry.chair.details].filter((part) => part !== '').join(', ')}`);
  }
  for (const session of entry.sessions) {
    if (lines.length > 0) lines.push('');
    const time = session.start === undefined ? '' : `${zoneOf(session.start, session.end ?? session.start).range} `;
    lines.push(`${time}${session.title}`);
    for (const speaker of session.speakers) {
      const tbc = speaker.tbc ? ` (${t(entry.language, 'toBeConfirmedShort')})` : '';
      lines.push(`- ${speaker.name}${tbc}${speaker.details === '' ? '' : `, ${speaker.details}`}`);
    }
  }
  return lines.join('\n');
}

export function renderIcs(schedule: Schedule, options: IcsOptions): string {
  const calendar = ical({ prodId: PRODUCT, method: ICalCalendarMethod.PUBLISH, name: schedule.title });
  for (const entry of schedule.entries) {
    calendar.createEvent({
      id: entry.uid,
      sequence: entry.sequence,
      start: new Date(entry.start),
      end: new Date(entry.end),
      stamp: options.stamp,
      summary: entry.title,
      ...(entry.venue !== '' ? { location: entry.venue } : {}),
      description: eventDescription(entry),
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
