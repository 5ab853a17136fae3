/**
 * Export, import with the product's own readers (src/shared/importers), same
 * seminars, times and speakers.
 */
import { describe, expect, it } from 'vitest';
import { renderFrabXml } from '../../../../../src/main/services/export/writers/frab-xml';
import { renderIcs } from '../../../../../src/main/services/export/writers/ics';
import { renderScheduleJson } from '../../../../../src/main/services/export/writers/schedule-json';
import type { Catalogue } from '../../../../../src/shared/catalogue/schema';
import { importFrabXml, importICalendar, importScheduleJson } from '../../../../../src/shared/importers';
import { snapshotAsCatalogue } from '../../../../../src/shared/pack';
import { STAMP, scheduleOf, schedulePack } from './schedule-fixture';

const pack = schedulePack({
  seminarIds: [
    'seminar-2020-06-24',
    'seminar-2020-07-07',
    'seminar-2020-07-09',
    'seminar-2020-07-20',
    'seminar-2020-07-22',
  ],
});
const original = snapshotAsCatalogue(pack.programme);
const schedule = scheduleOf(pack);

/** Per seminar: title, UTC window, and every speaker as "Given FAMILY", in order of appearance. */
function outline(catalogue: Catalogue) {
  const people = new Map(catalogue.people.map((person) => [person.id, person]));
  return catalogue.seminars.map((seminar) => ({
    title: seminar.title,
    start: seminar.start,
    end: seminar.end,
    speakers: [
      ...new Set(
        seminar.sessions.flatMap((session) =>
          session.speakers.map((speaker) => {
            const person = people.get(speaker.personId);
            return `${person?.givenName} ${person?.familyName.toUpperCase()}`;
          }),
        ),
      ),
    ],
  }));
}

function imported(result: ReturnType<typeof importICalendar>): Catalogue {
  if (!result.ok) throw new Error(result.message);
  return result.catalogue;
}

describe('round trip through the importers', () => {
  it('iCalendar: the same seminars, UTC windows and speakers, with their sessions', () => {
    const back = imported(importICalendar(renderIcs(schedule, { stamp: STAMP }), { fileName: 'p.ics' }));
    expect(outline(back)).toEqual(outline(original));
    const french = back.seminars.find((seminar) => seminar.title.startsWith('Seminaire dédié'));
    expect(french?.venue).toBe('En ligne (Zoom)');
    expect(french?.sessions.map((session) => session.title)).toContain(
      'Formation des Autorités chargées de l’application de la loi',
    );
  });

  it('frab XML and schedule.json: the same seminars, UTC windows and speakers', () => {
    const xml = imported(importFrabXml(renderFrabXml(schedule), { fileName: 'schedule.xml' }));
    const text = renderScheduleJson(schedule);
    const json = imported(importScheduleJson(JSON.parse(text) as unknown, text, { fileName: 'schedule.json' }));
    for (const back of [xml, json]) {
      expect(back.seminars.map((seminar) => [seminar.title, seminar.start, seminar.end])).toEqual(
        original.seminars.map((seminar) => [seminar.title, seminar.start, seminar.end]),
      );
      expect(outline(back).map((seminar) => [...seminar.speakers].sort())).toEqual(
        outline(original).map((seminar) => [...seminar.speakers].sort()),
      );
    }
    const seger = json.people.find((person) => person.familyName === 'SEGER');
    expect(seger?.bio.en).toBe('Alexander Seger heads the Cybercrime Division of the Council of Europe.');
  });
});
