/**
 * schedule.json writer: the c3voc schedule JSON (schema v1, as pretalx writes
 * it), with the same days, rooms, events and guids as the frab XML. Persons are
 * written as pretalx writes them (name, biography), so that the schema's
 * frab-or-pretalx person rule holds.
 */
import type { Schedule } from '../../../../shared/document/schedule';
import { type LaidOutEvent, layOutSchedule } from '../../../../shared/document/schedule-days';
import { GENERATOR } from './frab-xml';

function eventJson(event: LaidOutEvent) {
  return {
    id: event.id,
    guid: event.guid,
    logo: '',
    date: event.date,
    start: event.start,
    duration: event.duration,
    room: event.room,
    slug: event.slug,
    // No web page stands behind a seminar here; a URN names the event without pointing anywhere.
    url: `urn:uuid:${event.guid}`,
    title: event.title,
    subtitle: '',
    track: event.track,
    type: event.type,
    language: event.language,
    abstract: event.abstract,
    description: event.description,
    do_not_record: false,
    persons: event.persons.map((person) => ({
      guid: person.guid,
      name: person.name,
      biography: person.biography === '' ? null : person.biography,
    })),
    links: [],
    attachments: [],
  };
}

export function renderScheduleJson(schedule: Schedule): string {
  const laid = layOutSchedule(schedule);
  const document = {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: GENERATOR.name, version: GENERATOR.version },
    schedule: {
      version: laid.version,
      conference: {
        acronym: laid.acronym,
        title: laid.title,
        start: laid.start,
        end: laid.end,
        daysCount: laid.days.length,
        timeslot_duration: '00:05',
        time_zone_name: laid.timeZone,
        rooms: laid.rooms.map((room) => ({ name: room.name, guid: room.guid })),
        days: laid.days.map((day) => ({
          index: day.index,
          date: day.date,
          day_start: day.start,
          day_end: day.end,
          rooms: Object.fromEntries(day.rooms.map((room) => [room.name, room.events.map(eventJson)])),
        })),
      },
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
