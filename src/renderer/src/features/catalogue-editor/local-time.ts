/**
 * Dates and times as typed in a time zone, to and from the UTC instants the
 * catalogue stores. Daylight saving comes from the runtime's zone database
 * (through localTimeToUtc), never from tables of our own.
 */
import { formatInstant } from '../../../../shared/importers/builder';
import { localTimeToUtc } from '../../../../shared/importers/zones';

export interface LocalReading {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour */
  time: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock date and time of `instant` in `timeZone`. */
export function toLocal(instant: string, timeZone: string): LocalReading {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const hour = String(Number(parts['hour']) % 24).padStart(2, '0');
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${hour}:${parts['minute']}` };
}

export type TimeNote = 'skipped' | 'repeated';

export interface PlacedTime {
  instant: string;
  /** The clocks went forward over this time (moved on by the change), or back (the first was taken). */
  note?: TimeNote;
}

/** The UTC instant at which clocks in `timeZone` read `date` `time`; undefined when either cannot be read. */
export function fromLocal(date: string, time: string, timeZone: string): PlacedTime | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{1,2}):(\d{2})$/.exec(time.trim());
  if (!day || !clock) return undefined;
  const hours = Number(clock[1]);
  const minutes = Number(clock[2]);
  if (hours > 23 || minutes > 59) return undefined;
  const placed = localTimeToUtc(
    { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]), minutes: hours * 60 + minutes },
    { kind: 'iana', id: timeZone, written: timeZone },
  );
  const instant = placed ? formatInstant(placed.ms) : undefined;
  if (!placed || !instant) return undefined;
  const note: TimeNote | undefined = placed.note ? (placed.note.includes('twice') ? 'repeated' : 'skipped') : undefined;
  return note ? { instant, note } : { instant };
}
