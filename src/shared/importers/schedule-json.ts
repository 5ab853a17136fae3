import { CatalogueBuilder, LIMITS, type SourceLine } from './builder';
import type { ImportOptions, ImportResult } from './model';
import {
  type ScheduleEvent,
  type SchedulePerson,
  addScheduleEvent,
  biography,
  localised,
  parseScheduleDuration,
} from './schedule-common';
import { cleanLine, slugify, truncate } from './text/text';

/**
 * schedule.json as pretalx, frab and c3voc write it: version 1
 * (conference.days[].rooms{name: events}, persons with biographies) and
 * version 2 (schedule.events with start and end, participants with roles,
 * schedule.persons, localisable strings such as { "en": …, "de": … }).
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

export function importScheduleJson(data: unknown, text: string, options: ImportOptions = {}): ImportResult {
  const fileName = typeof options.fileName === 'string' ? options.fileName : undefined;
  const schedule = isObject(data) && isObject(data['schedule']) ? data['schedule'] : isObject(data) ? data : undefined;
  const conference = schedule && isObject(schedule['conference']) ? schedule['conference'] : undefined;
  if (!schedule || !conference)
    return {
      ok: false,
      code: 'unreadable',
      message: `${fileName ?? 'The file'} is JSON but not a schedule: it has no "schedule" with a "conference".`,
      warnings: [],
    };
  const builder = new CatalogueBuilder({
    kind: 'schedule-json',
    ...(fileName ? { fileName: truncate(fileName, LIMITS.shortText) } : {}),
  });
  const defaults = isObject(conference['defaults']) ? conference['defaults'] : {};
  const defaultLanguage = asString(defaults['language']);
  const title = cleanLine(localised(conference['title'], defaultLanguage) ?? '') || 'Imported schedule';
  const zone = asString(conference['time_zone_name']);
  const requested = typeof options.seriesId === 'string' ? cleanLine(options.seriesId) : '';
  const seriesId = truncate(requested || slugify(title) || 'series', LIMITS.id);
  const locate = lineLocator(text);
  const tracks = new Map<string, string>();
  for (const track of asArray(conference['tracks'])) {
    if (isObject(track) && typeof track['slug'] === 'string' && typeof track['name'] === 'string')
      tracks.set(track['slug'], track['name']);
  }
  // Version 2 keeps biographies in schedule.persons, found by guid.
  const bios = new Map<string, unknown>();
  for (const person of asArray(schedule['persons'])) {
    if (isObject(person) && typeof person['guid'] === 'string') bios.set(person['guid'], person['biography']);
  }

  const events: Array<{ event: Json; dayDate?: string; room?: string }> = [];
  for (const day of asArray(conference['days'])) {
    if (!isObject(day) || !isObject(day['rooms'])) continue;
    for (const [room, list] of Object.entries(day['rooms'])) {
      for (const event of asArray(list)) {
        if (isObject(event))
          events.push({ event, room, ...(typeof day['date'] === 'string' ? { dayDate: day['date'] } : {}) });
      }
    }
  }
  for (const event of asArray(schedule['events'])) if (isObject(event)) events.push({ event });

  for (const { event, dayDate, room } of events) {
    const language = asString(event['language']) ?? defaultLanguage;
    const at: SourceLine = locate(asString(event['guid']) ?? asString(event['id']) ?? asString(event['title']));
    const entry: ScheduleEvent = {
      at,
      title: localised(event['title'], language) ?? '',
      ...readPeople(event, language, bios, (message) => builder.warn(at, message)),
    };
    const set = <K extends keyof ScheduleEvent>(key: K, value: ScheduleEvent[K] | undefined) => {
      if (value !== undefined) entry[key] = value;
    };
    // v1 writes "date" (with its offset) and "start"; v2 writes "start" and "end" as date-times.
    const startText = asString(event['start']);
    set('date', asString(event['date']) ?? (startText?.includes('T') ? startText : undefined));
    set('start', startText?.includes('T') ? undefined : startText);
    set('end', asString(event['end']));
    set('dayDate', dayDate);
    set('durationMinutes', parseScheduleDuration(asString(event['duration'])));
    const roomValue = event['room'];
    set('room', isObject(roomValue) ? asString(roomValue['name']) : (asString(roomValue) ?? room));
    const trackValue = event['track'];
    set(
      'track',
      isObject(trackValue)
        ? (tracks.get(asString(trackValue['slug']) ?? '') ??
            asString(trackValue['name']) ??
            asString(trackValue['slug']))
        : asString(trackValue),
    );
    set('type', asString(event['type']));
    set('language', language);
    set('abstract', localised(event['abstract'], language));
    set('description', localised(event['description'], language));
    addScheduleEvent(builder, entry, seriesId, zone, defaultLanguage);
  }
  const warnings = builder.sortedWarnings();
  if (builder.seminarCount === 0)
    return {
      ok: false,
      code: 'no-seminar',
      message: 'No seminar found: the schedule has no event with a date.',
      warnings,
    };
  const summary = localised(conference['description'], defaultLanguage)?.trim() ?? '';
  const series = {
    id: seriesId,
    title: truncate(title, LIMITS.shortText),
    summary: truncate(summary, LIMITS.longText),
    focus: [],
    furtherReadings: [],
  };
  return { ok: true, catalogue: builder.finish([series]), warnings, questions: [] };
}

/** v1 "persons" (frab's public_name, pretalx's name and biography) or v2 "participants" with roles. */
function readPeople(
  event: Json,
  language: string | undefined,
  bios: Map<string, unknown>,
  warn: (message: string) => void,
): { speakers: SchedulePerson[]; moderators: SchedulePerson[] } {
  const speakers: SchedulePerson[] = [];
  const moderators: SchedulePerson[] = [];
  for (const person of [...asArray(event['persons']), ...asArray(event['participants'])]) {
    if (!isObject(person)) continue;
    const name = asString(person['name']) ?? asString(person['public_name']) ?? asString(person['full_public_name']);
    if (name === undefined) continue;
    const bioValue = person['biography'] ?? bios.get(asString(person['guid']) ?? '');
    const bio = biography(bioValue, language);
    if (!bio && typeof bioValue === 'string' && bioValue.trim() !== '')
      warn(
        `the biography of ${name} is in a language the catalogue does not hold (${language ?? 'not given'}); not kept`,
      );
    const entry: SchedulePerson = { name, ...(bio ? { bio } : {}) };
    const role = asString(person['role'])?.toUpperCase();
    if (role === 'MODERATOR' || role === 'HOST') moderators.push(entry);
    else if (role === undefined || role === 'SPEAKER' || role === 'GUEST') speakers.push(entry);
    else warn(`${name} takes part as ${role.toLowerCase()}, not as a speaker; not listed`);
  }
  return { speakers, moderators };
}

/** Finds the line where a value (an event's guid) first appears, for warnings. */
function lineLocator(text: string): (needle: string | undefined) => SourceLine {
  const lines = text.split(/\r\n|\r|\n/);
  return (needle) => {
    if (needle !== undefined && needle !== '') {
      const quoted = JSON.stringify(needle);
      const index = lines.findIndex((line) => line.includes(quoted));
      if (index !== -1) return { number: index + 1, text: (lines[index] ?? '').trim() };
    }
    return { number: 0, text: needle ?? '' };
  };
}
