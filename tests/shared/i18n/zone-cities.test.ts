import { describe, expect, it } from 'vitest';
import { ZONES_WITH_CITY_NAMES, localisedCity } from '../../../src/shared/i18n/zone-cities';
import { isValidTimeZone } from '../../../src/shared/time/format';

describe('time-zone city names', () => {
  it('name only zones the runtime knows, in each script', () => {
    for (const zone of ZONES_WITH_CITY_NAMES) {
      expect(isValidTimeZone(zone), zone).toBe(true);
      expect(localisedCity(zone, 'ar'), zone).toMatch(/^[\p{Script=Arabic}\p{M} ]+$/u);
      expect(localisedCity(zone, 'zh'), zone).toMatch(/^\p{Script=Han}+$/u);
      expect(localisedCity(zone, 'ru'), zone).toMatch(/^[\p{Script=Cyrillic} -]+$/u);
    }
  });

  it('cover the UN duty stations', () => {
    for (const zone of ['America/New_York', 'Europe/Zurich', 'Europe/Vienna', 'Africa/Nairobi', 'Asia/Bangkok'])
      expect(ZONES_WITH_CITY_NAMES).toContain(zone);
    expect(localisedCity('Europe/Vienna', 'ru')).toBe('Вена');
  });

  it('leave English, French and Spanish to the zone name', () => {
    expect(localisedCity('America/New_York', 'fr')).toBeUndefined();
    expect(localisedCity('Nowhere/Atlantis', 'ar')).toBeUndefined();
  });
});
