import { CONTENT_LANGUAGES, type ContentLanguage, type LocalisedText } from '../catalogue/schema';
import { type CatalogueBuilder, LIMITS, type PersonInput, type SourceLine, formatInstant } from './builder';
import { parseName } from './text/people';
import { cleanLine, truncate } from './text/text';
import { type AnnouncedZone, canonicalIanaZone, localTimeToUtc } from './zones';

/**
 * What the frab XML and schedule.json readers share: a conference becomes a
 * series, each event (talk, workshop) a seminar with one session whose topic
 * is the event's track, its persons the speakers (a moderator the chair).
 */

export interface ScheduleEvent {
  at: SourceLine;
  title: string;
  /** ISO date-time with the UTC offset the schedule wrote ("2020-12-14T09:00:00+01:00"). */
  date?: string;
  /** "09:00" and the day's date: what is left when `date` is missing or has no offset. */
  dayDate?: string;
  start?: string;
  durationMinutes?: number;
  /** ISO date-time of the end (schedule.json v2). */
  end?: string;
  room?: string;
  track?: string;
  type?: string;
  language?: string;
  abstract?: string;
  description?: string;
  speakers: SchedulePerson[];
  moderators: SchedulePerson[];
}

export interface SchedulePerson {
  name: string;
  bio?: LocalisedText;
}

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** "00:30", "1:30", "01:30:00" or ISO "PT1H30M": minutes. */
export function parseScheduleDuration(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const clock = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text.trim());
  if (iso && text.trim() !== 'P' && text.trim() !== 'PT')
    return (
      Number(iso[1] ?? 0) * 1440 + Number(iso[2] ?? 0) * 60 + Number(iso[3] ?? 0) + Math.round(Number(iso[4] ?? 0) / 60)
    );
  return undefined;
}

/** The instant of an ISO date-time with an offset, and its date as written (the local date). */
export function parseOffsetDateTime(text: string | undefined): { ms: number; localDate: string } | undefined {
  const match = text === undefined ? null : ISO_WITH_OFFSET.exec(text.trim());
  if (!match) return undefined;
  const ms = Date.parse(text!.trim());
  return Number.isFinite(ms) ? { ms, localDate: `${match[1]}-${match[2]}-${match[3]}` } : undefined;
}

/** The six UN languages; "en-GB" → "en"; anything else undefined. */
export function contentLanguage(code: string | undefined): ContentLanguage | undefined {
  const base = code?.trim().slice(0, 2).toLowerCase();
  return (CONTENT_LANGUAGES as readonly string[]).includes(base ?? '') ? (base as ContentLanguage) : undefined;
}

/** A schedule's localisable string: a plain string, or `{ "en": …, "de": … }` read in `language` first. */
export function localised(value: unknown, language?: string): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const map = value as Record<string, unknown>;
  for (const key of [language, 'en', 'fr', 'es', ...Object.keys(map)]) {
    const text = key === undefined ? undefined : map[key];
    if (typeof text === 'string' && text.trim() !== '') return text;
  }
  return undefined;
}

/** Biographies kept in the six UN languages the catalogue holds. */
export function biography(value: unknown, language: string | undefined): LocalisedText | undefined {
  if (typeof value === 'string') {
    const lang = contentLanguage(language);
    return value.trim() === '' || !lang ? undefined : { [lang]: value.trim() };
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const bio: LocalisedText = {};
  for (const [key, text] of Object.entries(value as Record<string, unknown>)) {
    const lang = contentLanguage(key);
    if (lang && typeof text === 'string' && text.trim() !== '') bio[lang] = text.trim();
  }
  return Object.keys(bio).length > 0 ? bio : undefined;
}

/** A schedule's display name ("Brian Robinson", "KIM Jae-won", "Dr. Ana PÉREZ", "Senficon") as a person. */
export function personFromDisplayName(person: SchedulePerson): PersonInput | undefined {
  const name = cleanLine(person.name);
  if (name === '') return undefined;
  const parsed = parseName(name, { mixedCase: true });
  const base: PersonInput = parsed
    ? {
        givenName: parsed.givenName,
        familyName: parsed.familyName,
        ...(parsed.honorific ? { honorific: parsed.honorific } : {}),
        ...(parsed.nameOrder ? { nameOrder: parsed.nameOrder } : {}),
      }
    : { givenName: '', familyName: name };
  return person.bio ? { ...base, bio: person.bio } : base;
}

/** Places an event: the offset written in its date, else its day and start in the conference's zone. */
export function eventInstants(
  event: ScheduleEvent,
  conferenceZone: string | undefined,
): { start: number; end: number; localDate: string; zone?: AnnouncedZone } | { why: string } {
  const zoneId = conferenceZone === undefined ? undefined : canonicalIanaZone(conferenceZone);
  const zone: AnnouncedZone | undefined = zoneId ? { kind: 'iana', id: zoneId, written: zoneId } : undefined;
  let start = parseOffsetDateTime(event.date);
  if (!start && event.dayDate && event.start) {
    const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(event.dayDate);
    const clock = /^(\d{1,2}):(\d{2})/.exec(event.start);
    if (day && clock && zone) {
      const placed = localTimeToUtc(
        {
          year: Number(day[1]),
          month: Number(day[2]),
          day: Number(day[3]),
          minutes: Number(clock[1]) * 60 + Number(clock[2]),
        },
        zone,
      );
      if (placed) start = { ms: placed.ms, localDate: `${day[1]}-${day[2]}-${day[3]}` };
    } else if (day && clock)
      return { why: 'the event gives its start without a UTC offset and the schedule names no time zone' };
  }
  if (!start) return { why: 'the event has no start date and time that can be read' };
  const end =
    parseOffsetDateTime(event.end)?.ms ??
    (event.durationMinutes ? start.ms + event.durationMinutes * 60_000 : undefined);
  if (end === undefined || end <= start.ms) return { why: 'the event has no duration or end after its start' };
  return { start: start.ms, end, localDate: start.localDate, ...(zone && zoneId !== 'UTC' ? { zone } : {}) };
}

/** Adds one schedule event to the catalogue as a seminar. */
export function addScheduleEvent(
  builder: CatalogueBuilder,
  event: ScheduleEvent,
  seriesId: string,
  conferenceZone: string | undefined,
  defaultLanguage: string | undefined,
): void {
  const at = event.at;
  const title = builder.limit(at, cleanLine(event.title) || 'Untitled event', LIMITS.shortText, 'title');
  const placed = eventInstants(event, conferenceZone);
  if ('why' in placed) {
    builder.warn(at, `${placed.why}; the event "${truncate(title, 80)}" is not placed`);
    return;
  }
  const startIso = formatInstant(placed.start);
  const endIso = formatInstant(placed.end);
  if (!startIso || !endIso) {
    builder.warn(at, 'the event falls outside the years 1000–9999; not placed');
    return;
  }
  const written = event.language ?? defaultLanguage;
  let language = contentLanguage(written);
  if (!language) {
    if (written) builder.warn(at, `language "${written}" is not one of the six UN languages; English recorded`);
    language = 'en';
  }
  const topicHeading = cleanLine(event.track ?? '') || cleanLine(event.type ?? '') || title;
  // A track is named once for the whole conference, in its language rather than the event's.
  const topicId = builder.topicFor(truncate(topicHeading, LIMITS.shortText), contentLanguage(defaultLanguage) ?? 'en');
  const people = (list: SchedulePerson[]) =>
    list.flatMap((person) => {
      const input = personFromDisplayName(person);
      const id = input ? builder.person(at, input) : undefined;
      return id ? [id] : [];
    });
  // The first moderator chairs; any other moderator is listed with the speakers.
  const [chair, ...otherModerators] = people(event.moderators);
  const speakers = [...otherModerators, ...people(event.speakers)];
  const notes = [event.abstract, event.description]
    .map((text) => text?.trim() ?? '')
    .filter((text) => text !== '')
    .join('\n\n');
  builder.addSeminar(at, {
    idDate: placed.localDate,
    seriesId,
    title,
    language,
    start: startIso,
    end: endIso,
    ...(placed.zone?.kind === 'iana' ? { timeZone: placed.zone.id } : {}),
    ...(event.room && cleanLine(event.room) !== ''
      ? { venue: builder.limit(at, cleanLine(event.room), LIMITS.shortText, 'room') }
      : {}),
    ...(chair ? { chair: { personId: chair, role: '', label: 'Moderator' } } : {}),
    sessions:
      topicId === undefined
        ? []
        : [
            {
              id: topicId,
              topicId,
              title,
              start: startIso,
              end: endIso,
              speakers: [...new Set(speakers)]
                .slice(0, LIMITS.speakers)
                .map((personId) => ({ personId, role: '', tbc: false })),
            },
          ],
    ...(notes !== '' ? { notes: builder.limit(at, notes, LIMITS.longText, 'abstract') } : {}),
  });
}
