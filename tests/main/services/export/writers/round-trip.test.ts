/**
 * Export, read back, same seminars, times and speakers. The importers for
 * iCalendar, frab XML and schedule.json (src/shared/importers) have not landed
 * yet, so the files are read with independent parsers (ical.js, xmldom, JSON);
 * once they land, this is the place to read them with the product's own.
 */
import { DOMParser } from '@xmldom/xmldom';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { renderFrabXml } from '../../../../../src/main/services/export/writers/frab-xml';
import { renderIcs } from '../../../../../src/main/services/export/writers/ics';
import { renderScheduleJson } from '../../../../../src/main/services/export/writers/schedule-json';
import { personName } from '../../../../../src/shared/document/programme-agenda';
import { snapshotAsCatalogue } from '../../../../../src/shared/pack';
import { STAMP, scheduleOf, schedulePack } from './schedule-fixture';

const all = schedulePack({
  seminarIds: [
    'seminar-2020-06-24',
    'seminar-2020-07-07',
    'seminar-2020-07-09',
    'seminar-2020-07-20',
    'seminar-2020-07-22',
  ],
});
const catalogue = snapshotAsCatalogue(all.programme);
const people = new Map(catalogue.people.map((person) => [person.id, person]));
const speakersOf = (seminarId: string) =>
  catalogue.seminars
    .find((seminar) => seminar.id === seminarId)!
    .sessions.flatMap((session) =>
      session.speakers.map((speaker) => personName(people.get(speaker.personId), speaker.personId, 'en')),
    );

describe('round trip of the calendar and schedule files', () => {
  const schedule = scheduleOf(all);

  it('iCalendar: every seminar comes back with its UTC window and every speaker', () => {
    const events = new ICAL.Component(ICAL.parse(renderIcs(schedule, { stamp: STAMP })))
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    expect(
      events.map((event) => [
        event.summary,
        event.startDate.toJSDate().toISOString().replace('.000', ''),
        event.endDate.toJSDate().toISOString().replace('.000', ''),
      ]),
    ).toEqual(catalogue.seminars.map((seminar) => [seminar.title, seminar.start, seminar.end]));
    for (const [index, seminar] of catalogue.seminars.entries())
      for (const name of speakersOf(seminar.id)) expect(events[index]?.description).toContain(name);
  });

  it('frab XML and schedule.json: every session (or seminar) with its time and speakers', () => {
    const xml = new DOMParser().parseFromString(renderFrabXml(schedule), 'text/xml');
    const xmlPersons = Array.from(xml.getElementsByTagName('person')).map((person) => person.textContent);
    const json = JSON.parse(renderScheduleJson(schedule)) as {
      schedule: {
        conference: {
          days: { rooms: Record<string, { date: string; duration: string; persons: { name: string }[] }[]> }[];
        };
      };
    };
    const jsonEvents = json.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());
    const jsonPersons = jsonEvents.flatMap((event) => event.persons.map((person) => person.name));
    const expected = catalogue.seminars.flatMap((seminar) => speakersOf(seminar.id));
    expect(xmlPersons.sort()).toEqual([...expected].sort());
    expect(jsonPersons.sort()).toEqual([...expected].sort());
    // Start and end of every event fall inside their seminar's window.
    const windows = catalogue.seminars.map((seminar) => [Date.parse(seminar.start), Date.parse(seminar.end)] as const);
    for (const event of jsonEvents) {
      const start = Date.parse(event.date);
      const [hours, minutes] = event.duration.split(':').map(Number);
      const end = start + ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000;
      expect(windows.some(([from, to]) => start >= from && end <= to)).toBe(true);
    }
  });
});
