import { describe, expect, it } from 'vitest';
import {
  cityOfTimeZone,
  formatDate,
  formatShortDate,
  formatTimeWindow,
  formatUtcOffset,
  isUtcAlias,
  isValidTimeZone,
  listTimeZones,
} from '../../../src/shared/time/format';

describe('formatDate', () => {
  it('prints the UTC calendar date in each language', () => {
    expect(formatDate('2020-06-24T07:00:00Z', 'en')).toBe('24 June 2020');
    expect(formatDate('2020-06-24T07:00:00Z', 'fr')).toBe('24 juin 2020');
    expect(formatDate('2020-06-24T07:00:00Z', 'es')).toBe('24 de junio de 2020');
    expect(formatDate('2020-06-24T07:00:00Z', 'zh')).toBe('2020年6月24日');
    expect(formatDate('2020-06-24T07:00:00Z', 'ru')).toBe('24 июня 2020 г.');
  });

  it('prints Arabic dates as UN documents do: both month names, Western digits', () => {
    expect(formatDate('2020-06-24T07:00:00Z', 'ar')).toBe('24 حزيران/يونيه 2020');
    expect(formatDate('2020-07-09', 'ar')).toBe('9 تموز/يوليه 2020');
    expect(formatDate('2021-01-20', 'ar')).toBe('20 كانون الثاني/يناير 2021');
    // Arabic has no short month names: lists take the same form.
    expect(formatShortDate('2020-12-01', 'ar')).toBe('1 كانون الأول/ديسمبر 2020');
  });

  it('reads a calendar date as that day, whatever the machine zone', () => {
    expect(formatDate('2020-07-09', 'fr')).toBe('9 juillet 2020');
    // Late in the UTC day is still that UTC day, even though it is the next day in Tokyo.
    expect(formatDate('2020-06-24T23:30:00Z', 'en')).toBe('24 June 2020');
  });

  it('has a short form for lists', () => {
    expect(formatShortDate('2020-06-24T07:00:00Z', 'en')).toBe('24 Jun 2020');
    expect(formatShortDate('2020-07-22T15:00:00Z', 'es')).toMatch(/^22 jul\.? 2020$/);
  });

  it('has a short Russian form and the same form in Chinese', () => {
    expect(formatShortDate('2020-12-01', 'ru')).toBe('1 дек. 2020 г.');
    expect(formatShortDate('2020-12-01', 'zh')).toBe('2020年12月1日');
  });

  it('returns unparsable input unchanged instead of throwing', () => {
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
});

describe('formatTimeWindow', () => {
  const june = ['2020-06-24T07:00:00Z', '2020-06-24T08:45:00Z'] as const;
  const january = ['2021-01-20T07:00:00Z', '2021-01-20T08:45:00Z'] as const;

  it('gives the seed example in New York and Vienna in summer', () => {
    expect(formatTimeWindow(...june, 'America/New_York', 'en')).toEqual({
      zoneLabel: 'New York (UTC−4)',
      range: '03:00–04:45',
      dayShift: '',
      dayOffset: 0,
    });
    expect(formatTimeWindow(...june, 'Europe/Vienna', 'en')).toMatchObject({
      zoneLabel: 'Vienna (UTC+2)',
      range: '09:00–10:45',
    });
    expect(formatTimeWindow(...june, 'UTC', 'en')).toMatchObject({ range: '07:00–08:45', dayShift: '' });
  });

  it('names the zone in Arabic, Chinese and Russian packs', () => {
    expect(formatTimeWindow(...june, 'America/New_York', 'ar').zoneLabel).toBe('نيويورك (UTC−4)');
    expect(formatTimeWindow(...june, 'Europe/Vienna', 'zh').zoneLabel).toBe('维也纳 (UTC+2)');
    expect(formatTimeWindow(...june, 'Africa/Nairobi', 'ru').zoneLabel).toBe('Найроби (UTC+3)');
    // A zone the list does not name takes Intl's name for it, in that language, never the English city.
    expect(formatTimeWindow(...june, 'Asia/Kathmandu', 'zh').zoneLabel).toBe('尼泊尔时间 (UTC+5:45)');
    expect(formatTimeWindow(...june, 'Asia/Kathmandu', 'en').zoneLabel).toBe('Kathmandu (UTC+5:45)');
    expect(formatTimeWindow('2020-06-24T22:00:00Z', '2020-06-24T23:45:00Z', 'Asia/Tokyo', 'ru').dayShift).toBe(
      '(+1 день)',
    );
  });

  it('follows standard time in winter', () => {
    expect(formatTimeWindow(...january, 'America/New_York', 'en')).toMatchObject({
      zoneLabel: 'New York (UTC−5)',
      range: '02:00–03:45',
    });
    expect(formatTimeWindow(...january, 'Europe/Vienna', 'en')).toMatchObject({
      zoneLabel: 'Vienna (UTC+1)',
      range: '08:00–09:45',
    });
  });

  it('shows both offsets when the window crosses a daylight saving change', () => {
    // 8 March 2020: New York springs forward at 02:00 EST, so 06:00 UTC is 01:00 EST and 08:00 UTC is 04:00 EDT.
    expect(formatTimeWindow('2020-03-08T06:00:00Z', '2020-03-08T08:00:00Z', 'America/New_York', 'en')).toMatchObject({
      zoneLabel: 'New York (UTC−5/UTC−4)',
      range: '01:00–04:00',
      dayShift: '',
    });
  });

  it('handles the southern hemisphere, where June is winter', () => {
    expect(formatTimeWindow(...june, 'Australia/Sydney', 'en')).toMatchObject({
      zoneLabel: 'Sydney (UTC+10)',
      range: '17:00–18:45',
    });
    expect(formatTimeWindow(...january, 'Australia/Sydney', 'en')).toMatchObject({
      zoneLabel: 'Sydney (UTC+11)',
      range: '18:00–19:45',
    });
  });

  it('handles half- and quarter-hour zones', () => {
    expect(formatTimeWindow(...june, 'Asia/Kolkata', 'en')).toMatchObject({
      zoneLabel: 'Kolkata (UTC+5:30)',
      range: '12:30–14:15',
    });
    expect(formatTimeWindow(...june, 'Asia/Kathmandu', 'en').zoneLabel).toBe('Kathmandu (UTC+5:45)');
    expect(formatTimeWindow(...june, 'America/St_Johns', 'en').zoneLabel).toBe('St Johns (UTC−2:30)');
  });

  it('marks a day shift in the pack language', () => {
    const tokyo = ['2020-07-20T15:00:00Z', '2020-07-20T16:45:00Z'] as const;
    expect(formatTimeWindow(...tokyo, 'Asia/Tokyo', 'en')).toEqual({
      zoneLabel: 'Tokyo (UTC+9)',
      range: '00:00–01:45',
      dayShift: '(+1 day)',
      dayOffset: 1,
    });
    expect(formatTimeWindow(...tokyo, 'Asia/Tokyo', 'fr').dayShift).toBe('(+1 jour)');
    expect(formatTimeWindow(...tokyo, 'Asia/Tokyo', 'es').dayShift).toBe('(+1 día)');
    expect(formatTimeWindow(...tokyo, 'Pacific/Tongatapu', 'en')).toMatchObject({
      zoneLabel: 'Tongatapu (UTC+13)',
      range: '04:00–05:45',
      dayShift: '(+1 day)',
    });
    expect(formatTimeWindow(...june, 'Pacific/Honolulu', 'en')).toMatchObject({
      zoneLabel: 'Honolulu (UTC−10)',
      range: '21:00–22:45',
      dayShift: '(−1 day)',
      dayOffset: -1,
    });
  });

  it('measures the day shift from the start, so a window crossing local midnight is not shifted', () => {
    expect(formatTimeWindow('2020-06-24T14:00:00Z', '2020-06-24T15:45:00Z', 'Asia/Tokyo', 'en')).toMatchObject({
      range: '23:00–00:45',
      dayShift: '',
    });
  });
});

describe('offsets and names', () => {
  it('normalises offsets with a true minus sign', () => {
    expect(formatUtcOffset(120)).toBe('UTC+2');
    expect(formatUtcOffset(-240)).toBe('UTC−4');
    expect(formatUtcOffset(330)).toBe('UTC+5:30');
    expect(formatUtcOffset(-150)).toBe('UTC−2:30');
    expect(formatUtcOffset(0)).toBe('UTC+0');
  });

  it('takes the city from the last segment of the zone name', () => {
    expect(cityOfTimeZone('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(cityOfTimeZone('Europe/Vienna')).toBe('Vienna');
  });

  it('recognises real zone names only', () => {
    expect(isValidTimeZone('Europe/Vienna')).toBe(true);
    expect(isValidTimeZone('Asia/Kolkata')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('+05:00')).toBe(false);
    expect(isValidTimeZone('america/new_york')).toBe(false);
  });

  it('knows the aliases of UTC', () => {
    for (const name of ['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Zulu']) expect(isUtcAlias(name)).toBe(true);
    expect(isUtcAlias('Europe/London')).toBe(false);
    expect(isUtcAlias('nowhere')).toBe(false);
  });

  it('lists the runtime zones, sorted', () => {
    const zones = listTimeZones();
    expect(zones.length).toBeGreaterThan(300);
    expect(zones).toContain('Europe/Vienna');
    expect([...zones].sort()).toEqual(zones);
  });
});
