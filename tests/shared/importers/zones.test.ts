import { describe, expect, it } from 'vitest';
import {
  type AnnouncedZone,
  canonicalIanaZone,
  localTimeToUtc,
  readLeadingZone,
  readZone,
  windowsZoneToIana,
} from '../../../src/shared/importers/zones';

const ianaOf = (text: string) => {
  const reading = readZone(text);
  return reading.kind === 'zone' && reading.zone.kind === 'iana' ? reading.zone.id : reading.kind;
};

/** "2021-06-17 15:00" in `zone` as a UTC ISO string. */
function utc(date: string, clock: string, zone: AnnouncedZone | string): { iso: string | undefined; note?: string } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  const announced: AnnouncedZone = typeof zone === 'string' ? { kind: 'iana', id: zone, written: zone } : zone;
  const placed = localTimeToUtc({ year, month, day, minutes: hours * 60 + minutes }, announced);
  return {
    iso: placed === undefined ? undefined : new Date(placed.ms).toISOString().replace('.000', ''),
    ...(placed?.note ? { note: placed.note } : {}),
  };
}

describe('readZone', () => {
  it.each([
    ['UTC', 0],
    ['GMT', 0],
    ['Z', 0],
    ['UTC+2', 120],
    ['GMT-3', -180],
    ['UTC−04:00', -240],
    ['UTC+5:30', 330],
    ['(UTC+01:00)', 60],
  ])('reads %s as a fixed offset of %i minutes', (text, minutes) => {
    expect(readZone(text)).toMatchObject({ kind: 'zone', zone: { kind: 'offset', minutes } });
  });

  it('refuses offsets no zone has', () => {
    expect(readZone('UTC+15').kind).toBe('unknown');
    expect(readZone('GMT+3:75').kind).toBe('unknown');
  });

  it.each([
    ['Europe/Vienna', 'Europe/Vienna'],
    ['europe/vienna', 'Europe/Vienna'],
    ['America/New_York', 'America/New_York'],
    ['CET', 'Europe/Brussels'],
    ['CEST', 'Europe/Brussels'],
    ['EET', 'Europe/Athens'],
    ['EEST', 'Europe/Athens'],
    ['WET', 'Europe/Lisbon'],
    ['WEST', 'Europe/Lisbon'],
    ['BST', 'Europe/London'],
    ['EST', 'America/New_York'],
    ['EDT', 'America/New_York'],
    ['CDT', 'America/Chicago'],
    ['PST', 'America/Los_Angeles'],
    ['PDT', 'America/Los_Angeles'],
    ['Central European Time', 'Europe/Brussels'],
    ['central european summer time', 'Europe/Brussels'],
    ['heure de Paris', 'Europe/Paris'],
    ['heure de Genève', 'Europe/Zurich'],
    ["heure d'Europe centrale", 'Europe/Paris'],
    ['hora de Madrid', 'Europe/Madrid'],
    ['hora de Nueva York', 'America/New_York'],
    ['New York time', 'America/New_York'],
    ['Vienna time', 'Europe/Vienna'],
    ['Geneva local time', 'Europe/Zurich'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Romance Standard Time', 'Europe/Paris'],
    ['Eastern Standard Time', 'America/New_York'],
    ['GMT Standard Time', 'Europe/London'],
  ])('reads %s as %s', (text, zone) => {
    expect(ianaOf(text)).toBe(zone);
  });

  it('asks about an abbreviation with several meanings, and takes the answer given', () => {
    expect(readZone('IST')).toEqual({
      kind: 'ambiguous',
      abbreviation: 'IST',
      choices: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'],
    });
    expect(readZone('CST')).toMatchObject({ kind: 'ambiguous', abbreviation: 'CST' });
    expect(readZone('IST', { IST: 'Europe/Dublin' })).toMatchObject({ kind: 'zone', zone: { id: 'Europe/Dublin' } });
    // An answer that is not one of the meanings is no answer.
    expect(readZone('IST', { IST: 'Europe/Paris' }).kind).toBe('ambiguous');
  });

  it('does not take words for zones', () => {
    for (const text of ['Opening', 'Local time', 'Atlantis Time', 'Europe/Atlantis', 'time', '']) {
      expect(readZone(text).kind, text).toBe('unknown');
    }
  });

  it('finds the zone at the start of a text and leaves the rest', () => {
    expect(readLeadingZone('UTC (14:00 EEST)')).toMatchObject({ reading: { kind: 'zone' }, rest: '(14:00 EEST)' });
    expect(readLeadingZone('Central European Time, online')).toMatchObject({
      reading: { zone: { id: 'Europe/Brussels' } },
      rest: 'online',
    });
    expect(readLeadingZone('(heure de Paris)')).toMatchObject({ reading: { zone: { id: 'Europe/Paris' } }, rest: '' });
    expect(readLeadingZone('Opening remarks')).toBeUndefined();
  });
});

describe('canonicalIanaZone and windowsZoneToIana', () => {
  it('spells IANA names with their capitals and refuses unknown ones', () => {
    expect(canonicalIanaZone('asia/tokyo')).toBe('Asia/Tokyo');
    expect(canonicalIanaZone('Mars/Olympus_Mons')).toBeUndefined();
    expect(canonicalIanaZone('../etc/passwd')).toBeUndefined();
  });

  it('maps Windows zone ids to the zone Windows means', () => {
    expect(windowsZoneToIana('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(windowsZoneToIana('Pacific Standard Time')).toBe('America/Los_Angeles');
    expect(windowsZoneToIana('Tokyo Standard Time')).toBe('Asia/Tokyo');
    expect(windowsZoneToIana('Not A Zone Standard Time')).toBeUndefined();
  });
});

describe('localTimeToUtc, daylight saving as in force on the day', () => {
  it('reads "15.00 Central European Time" on 17 June 2021 as 13:00 UTC, and in January as 14:00', () => {
    expect(utc('2021-06-17', '15:00', 'Europe/Brussels').iso).toBe('2021-06-17T13:00:00Z');
    expect(utc('2021-01-14', '15:00', 'Europe/Brussels').iso).toBe('2021-01-14T14:00:00Z');
  });

  it('changes offset on the last Sunday of March and of October in Europe', () => {
    expect(utc('2021-03-27', '15:00', 'Europe/Paris').iso).toBe('2021-03-27T14:00:00Z');
    expect(utc('2021-03-28', '15:00', 'Europe/Paris').iso).toBe('2021-03-28T13:00:00Z');
    expect(utc('2021-10-30', '15:00', 'Europe/Paris').iso).toBe('2021-10-30T13:00:00Z');
    expect(utc('2021-10-31', '15:00', 'Europe/Paris').iso).toBe('2021-10-31T14:00:00Z');
  });

  it('moves a time skipped in spring forward and takes the first of a time repeated in autumn, saying so', () => {
    expect(utc('2021-03-28', '02:30', 'Europe/Paris')).toEqual({
      iso: '2021-03-28T01:30:00Z',
      note: 'this time does not exist on that day (the clocks go forward); it was moved forward by the change',
    });
    expect(utc('2021-10-31', '02:30', 'Europe/Paris')).toEqual({
      iso: '2021-10-31T00:30:00Z',
      note: 'this time happens twice when the clocks go back; the first was taken',
    });
  });

  it('follows the US dates (second Sunday of March, first Sunday of November), not the European ones', () => {
    expect(utc('2021-03-13', '10:00', 'America/New_York').iso).toBe('2021-03-13T15:00:00Z');
    expect(utc('2021-03-14', '10:00', 'America/New_York').iso).toBe('2021-03-14T14:00:00Z');
    // Between the US and the European change, New York is four hours behind UTC and Paris one ahead.
    expect(utc('2021-03-20', '10:00', 'America/New_York').iso).toBe('2021-03-20T14:00:00Z');
    expect(utc('2021-03-20', '10:00', 'Europe/Paris').iso).toBe('2021-03-20T09:00:00Z');
    expect(utc('2021-11-06', '10:00', 'America/New_York').iso).toBe('2021-11-06T14:00:00Z');
    expect(utc('2021-11-07', '10:00', 'America/New_York').iso).toBe('2021-11-07T15:00:00Z');
    expect(utc('2021-11-07', '01:30', 'America/New_York').note).toMatch(/happens twice/);
  });

  it('takes a fixed offset as written, and the southern hemisphere the other way round', () => {
    expect(utc('2021-06-17', '15:00', { kind: 'offset', minutes: 120, written: 'UTC+2' }).iso).toBe(
      '2021-06-17T13:00:00Z',
    );
    expect(utc('2021-01-10', '10:00', 'Australia/Sydney').iso).toBe('2021-01-09T23:00:00Z');
    expect(utc('2021-07-10', '10:00', 'Australia/Sydney').iso).toBe('2021-07-10T00:00:00Z');
  });
});
