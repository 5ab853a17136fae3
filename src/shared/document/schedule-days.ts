/**
 * The c3voc schedule shape (frab XML and schedule.json, as pretalx writes
 * them) of a Schedule: conference, days, rooms and one event per seminar,
 * its sessions in the abstract. Times are written in one zone for the whole file:
 * the seminars' announced zone when they share one, else UTC.
 */
import { utcOffsetMinutes } from '../time/format';
import { localDate } from './programme-agenda';
import { type Schedule, type ScheduleEntry, type ScheduleSpeaker, nameBasedUuid } from './schedule';

export interface LaidOutEvent {
  /** Positive, unique in the file, stable while the guid is (derived from it). */
  id: number;
  guid: string;
  /** ISO date-time with the zone's UTC offset, e.g. 2020-07-09T10:00:00+02:00. */
  date: string;
  /** HH:MM in the file's zone. */
  start: string;
  /** HH:MM. */
  duration: string;
  room: string;
  slug: string;
  title: string;
  type: 'seminar';
  track: string;
  language: string;
  abstract: string;
  description: string;
  persons: ScheduleSpeaker[];
}

export interface LaidOutDay {
  index: number;
  date: string;
  start: string;
  end: string;
  rooms: { name: string; events: LaidOutEvent[] }[];
}

export interface LaidOutSchedule {
  title: string;
  acronym: string;
  version: string;
  timeZone: string;
  start: string;
  end: string;
  rooms: { name: string; guid: string }[];
  days: LaidOutDay[];
}

const pad = (value: number) => String(value).padStart(2, '0');

/** "2020-07-09T10:00:00+02:00" and "10:00" for an instant in a zone. */
function zoned(instant: string, timeZone: string): { iso: string; clock: string; date: string } {
  const at = new Date(instant);
  const offset = utcOffsetMinutes(timeZone, at);
  const local = new Date(at.getTime() + offset * 60_000);
  const date = localDate(instant, timeZone);
  const clock = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const iso = `${date}T${clock}:${pad(local.getUTCSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return { iso, clock, date };
}

function duration(start: string, end: string): string {
  const minutes = Math.max(0, Math.round((Date.parse(end) - Date.parse(start)) / 60_000));
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Lower-case ASCII words joined by "-", for slugs. */
function slugWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

/** "cacjic_2020": the title's initials and the first year, as the c3voc patterns allow. */
function acronymOf(title: string, firstDate: string): string {
  const initials = slugWords(title)
    .split('-')
    .filter((word) => word !== '')
    .map((word) => word[0])
    .join('');
  return `${initials === '' ? 'prog' : initials}_${firstDate.slice(0, 4)}`;
}

function speakerLines(speakers: ScheduleSpeaker[]): string[] {
  return speakers.map((speaker) => [speaker.name, speaker.details].filter((part) => part !== '').join(', '));
}

function chairLine(entry: ScheduleEntry): string {
  if (!entry.chair) return '';
  const label = entry.chair.label !== '' ? entry.chair.label : 'Chair';
  return `${label}: ${[entry.chair.name, entry.chair.details].filter((part) => part !== '').join(', ')}`;
}

/**
 * The event of one seminar, before its id is given out. One event per seminar,
 * as Indico exports and as the product's own schedule readers take them back
 * (an event is a seminar): its sessions, with their times in the file's zone
 * and their speakers, are in the abstract.
 */
function eventOf(entry: ScheduleEntry, timeZone: string, acronym: string): Omit<LaidOutEvent, 'id'> {
  const at = zoned(entry.start, timeZone);
  const abstract = entry.sessions
    .map((session) => {
      const time =
        session.start === undefined
          ? ''
          : `${zoned(session.start, timeZone).clock}${session.end ? `\u2013${zoned(session.end, timeZone).clock}` : ''} `;
      return [`${time}${session.title}`, ...speakerLines(session.speakers).map((line) => `- ${line}`)].join('\n');
    })
    .join('\n\n');
  const persons = [...new Map(entry.sessions.flatMap((s) => s.speakers).map((p) => [p.personId, p])).values()];
  return {
    room: entry.venue !== '' ? entry.venue : entry.title,
    language: entry.seminarLanguage,
    description: chairLine(entry),
    guid: entry.guid,
    date: at.iso,
    start: at.clock,
    duration: duration(entry.start, entry.end),
    slug: `${acronym}-${slugWords(entry.title) || 'seminar'}`,
    title: entry.title,
    type: 'seminar',
    track: entry.seriesTitle,
    abstract,
    persons,
  };
}

export function layOutSchedule(schedule: Schedule): LaidOutSchedule {
  const zones = [...new Set(schedule.entries.map((entry) => entry.timeZone))];
  const timeZone = zones.length === 1 && zones[0] ? zones[0] : 'UTC';
  const sorted = [...schedule.entries].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const firstDate = sorted[0] ? localDate(sorted[0].start, timeZone) : '2000-01-01';
  const lastEntry = sorted[sorted.length - 1];
  const lastDate = lastEntry ? localDate(lastEntry.end, timeZone) : firstDate;
  const acronym = acronymOf(schedule.title, firstDate);

  const usedIds = new Set<number>();
  const usedSlugs = new Set<string>();
  const days = new Map<string, LaidOutDay>();
  for (const entry of sorted) {
    {
      const event = eventOf(entry, timeZone, acronym);
      let id = (parseInt(event.guid.replace(/-/g, '').slice(0, 7), 16) % 9_999_999) + 1;
      while (usedIds.has(id)) id++;
      usedIds.add(id);
      let slug = event.slug;
      for (let n = 2; usedSlugs.has(slug); n++) slug = `${event.slug}-${n}`;
      usedSlugs.add(slug);
      const date = event.date.slice(0, 10);
      let day = days.get(date);
      if (!day) {
        const offset = event.date.slice(19);
        day = {
          index: days.size + 1,
          date,
          start: `${date}T00:00:00${offset}`,
          end: `${date}T23:59:59${offset}`,
          rooms: [],
        };
        days.set(date, day);
      }
      let room = day.rooms.find((candidate) => candidate.name === event.room);
      if (!room) {
        room = { name: event.room, events: [] };
        day.rooms.push(room);
      }
      room.events.push({ ...event, id, slug });
    }
  }
  const roomNames = [...new Set([...days.values()].flatMap((day) => day.rooms.map((room) => room.name)))];
  return {
    title: schedule.title,
    acronym,
    version: schedule.version,
    timeZone,
    start: firstDate,
    end: lastDate,
    rooms: roomNames.map((name) => ({ name, guid: nameBasedUuid(schedule.catalogueId, 'room', name) })),
    days: [...days.values()],
  };
}
