import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { afterAll, describe, expect, it } from 'vitest';
import { renderFrabXml } from '../../../../../src/main/services/export/writers/frab-xml';
import { c3vocDir, hasXmllint, xsdProblems } from '../../../../helpers/c3voc';
import { scheduleOf, schedulePack } from './schedule-fixture';

const text = renderFrabXml(scheduleOf(schedulePack()));
const xml = new DOMParser().parseFromString(text, 'text/xml');
const all = (name: string) => Array.from(xml.getElementsByTagName(name));
const childText = (element: Element, name: string) => element.getElementsByTagName(name)[0]?.textContent ?? '';

describe('renderFrabXml', () => {
  const folder = mkdtemp(join(tmpdir(), 'bpb-frab-'));
  afterAll(async () => rm(await folder, { recursive: true, force: true }));

  it.skipIf(!c3vocDir || !hasXmllint)('validates against the published c3voc XSD (xmllint)', async () => {
    const file = join(await folder, 'schedule.xml');
    await writeFile(file, text);
    expect(xsdProblems(file)).toBe('');
  });

  it('has the conference, one day per seminar date, and times with their UTC offset', () => {
    expect(childText(all('conference')[0]!, 'title')).toBe('Cybercrime and criminal justice in cyberspace');
    // Two announced zones: the file is written in UTC.
    expect(childText(all('conference')[0]!, 'time_zone_name')).toBe('UTC');
    expect(all('day').map((day) => day.getAttribute('date'))).toEqual(['2020-06-24', '2020-07-09']);
    const events = all('event');
    // Every session of both seminars is timed: one event each.
    expect(events).toHaveLength(8);
    const first = events[4]!;
    expect(childText(first, 'date')).toBe('2020-07-09T08:10:00+00:00');
    expect(childText(first, 'start')).toBe('08:10');
    expect(childText(first, 'duration')).toBe('00:20');
    expect(childText(first, 'room')).toBe('En ligne (Zoom)');
    expect(childText(first, 'title')).toBe('Qu’est-ce que la cybercriminalité?');
    expect(childText(first, 'language')).toBe('fr');
    // The track is the standard topic, in the seminar's language; the title stays as the programme writes it.
    expect(childText(first, 'track')).toBe('Qu’est-ce que la cybercriminalité ?');
    expect(Array.from(first.getElementsByTagName('person')).map((person) => person.textContent)).toEqual([
      'M. Papa Assane TOURE',
    ]);
  });

  it('writes the zone itself when the seminars share one', () => {
    const one = renderFrabXml(scheduleOf(schedulePack({ seminarIds: ['seminar-2020-07-09'] })));
    expect(one).toContain('<time_zone_name>Europe/Paris</time_zone_name>');
    expect(one).toContain('<date>2020-07-09T10:10:00+02:00</date>');
  });

  it('keeps guids and ids stable across exports and unique in the file', () => {
    const again = renderFrabXml(scheduleOf(schedulePack()));
    expect(again).toBe(text);
    const guids = all('event').map((event) => event.getAttribute('guid'));
    expect(new Set(guids).size).toBe(guids.length);
    expect(
      guids.every((guid) => /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(guid ?? '')),
    ).toBe(true);
  });

  it('matches the golden file', async () => {
    await expect(text).toMatchFileSnapshot('golden/programme.schedule.xml');
  });
});
