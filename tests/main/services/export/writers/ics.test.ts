import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { renderIcs } from '../../../../../src/main/services/export/writers/ics';
import { refreshedSnapshot } from '../../../../../src/shared/pack';
import { programmeCatalogue } from '../../../../fixtures/catalogues/programme-v2';
import { ASIA, FRENCH, STAMP, scheduleOf, schedulePack } from './schedule-fixture';

/** ical.js, an implementation independent of the writer's (Mozilla's, used by Thunderbird). */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event)) };
}

describe('renderIcs', () => {
  const pack = schedulePack();
  const text = renderIcs(scheduleOf(pack), { stamp: STAMP });

  it('writes one VEVENT per seminar with UTC times, METHOD:PUBLISH and no time zone', () => {
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(events).toHaveLength(2);
    const [asia, french] = events;
    expect(asia?.startDate.toJSDate().toISOString()).toBe('2020-06-24T07:00:00.000Z');
    expect(asia?.endDate.toJSDate().toISOString()).toBe('2020-06-24T08:45:00.000Z');
    expect(french?.startDate.zone.tzid).toBe('UTC');
    expect(french?.startDate.toJSDate().toISOString()).toBe('2020-07-09T08:00:00.000Z');
    expect(text).toMatch(/\r\nDTSTART:20200709T080000Z\r\n/);
    expect(text).toMatch(/\r\nDTSTAMP:20200620T093000Z\r\n/);
    expect(text).not.toMatch(/TZID|VTIMEZONE/);
  });

  it('says who and what: summary, location, chair, sessions with times and speakers', () => {
    const french = parse(text).events[1]!;
    expect(french.summary).toBe('Seminaire dédié aux pays francophones du continent africain');
    expect(french.location).toBe('En ligne (Zoom)');
    const description = french.description;
    expect(description).toContain('Président de séance: Dr François DELERUE');
    expect(description).toContain('11:25–11:45 Formation des Autorités chargées de l’application de la loi');
    expect(description).toContain('- M. Papa Assane TOURE, Magistrat');
  });

  it('keeps UIDs stable across exports, derived from the catalogue and seminar ids', () => {
    const again = parse(renderIcs(scheduleOf(schedulePack()), { stamp: new Date('2021-01-01T00:00:00Z') }));
    const uids = parse(text).events.map((event) => event.uid);
    expect(again.events.map((event) => event.uid)).toEqual(uids);
    expect(uids).toEqual([`${ASIA}.builtin@briefing-pack-builder`, `${FRENCH}.builtin@briefing-pack-builder`]);
  });

  it('raises SEQUENCE for the seminar whose time changed, and only for it', () => {
    const moved = programmeCatalogue();
    const french = moved.seminars.find((seminar) => seminar.id === FRENCH)!;
    french.start = '2020-07-09T09:00:00Z';
    french.end = '2020-07-09T10:45:00Z';
    const updated = { ...pack, programme: refreshedSnapshot(pack.programme, moved, pack.seminarIds) };
    const events = parse(renderIcs(scheduleOf(updated), { stamp: STAMP })).events;
    expect(events.map((event) => event.sequence)).toEqual([0, 1]);
    expect(events[1]?.startDate.toJSDate().toISOString()).toBe('2020-07-09T09:00:00.000Z');
  });

  it('folds lines at 75 octets with CRLF (RFC 5545 §3.1), even in multi-byte text', () => {
    const lines = text.split('\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('matches the golden file', async () => {
    await expect(text).toMatchFileSnapshot('golden/programme.ics');
  });
});
