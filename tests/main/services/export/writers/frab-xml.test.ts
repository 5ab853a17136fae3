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
    // One event per seminar, its sessions in the abstract (as the product's schedule readers take it back).
    expect(events).toHaveLength(2);
    const french = events[1]!;
    expect(childText(french, 'date')).toBe('2020-07-09T08:00:00+00:00');
    expect(childText(french, 'start')).toBe('08:00');
    expect(childText(french, 'duration')).toBe('01:45');
    expect(childText(french, 'room')).toBe('En ligne (Zoom)');
    expect(childText(french, 'title')).toBe('Seminaire dédié aux pays francophones du continent africain');
    expect(childText(french, 'language')).toBe('fr');
    expect(childText(french, 'abstract')).toContain(
      '09:25–09:45 Formation des Autorités chargées de l’application de la loi\n- Issa Saferiba FAYAMA, Magistrat',
    );
    expect(childText(french, 'description')).toBe(
      'Président de séance: Dr François DELERUE, Chercheur cyberdéfense et droit international à l’Institut de Recherche stratégique de l’École Militaire, France',
    );
    expect(Array.from(french.getElementsByTagName('person')).map((person) => person.textContent)).toEqual([
      'M. Papa Assane TOURE',
      'Alexander SEGER',
      'Sidi RALIOU',
      'Layla EZZOUINE',
      'Issa Saferiba FAYAMA',
    ]);
  });

  it('writes the zone itself when the seminars share one', () => {
    const one = renderFrabXml(scheduleOf(schedulePack({ seminarIds: ['seminar-2020-07-09'] })));
    expect(one).toContain('<time_zone_name>Europe/Paris</time_zone_name>');
    expect(one).toContain('<date>2020-07-09T10:00:00+02:00</date>');
    expect(one).toContain('10:10–10:30 Qu’est-ce que la cybercriminalité?');
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
