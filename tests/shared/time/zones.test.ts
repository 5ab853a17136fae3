import { describe, expect, it } from 'vitest';
import { lookUpZone, searchZones } from '../../../src/shared/time/zones';

describe('lookUpZone', () => {
  it('takes IANA names in any case and the cities they are named after', () => {
    expect(lookUpZone('america/new_york')).toEqual({ kind: 'zone', id: 'America/New_York' });
    expect(lookUpZone('Vienna')).toEqual({ kind: 'zone', id: 'Europe/Vienna' });
    expect(lookUpZone('utc')).toEqual({ kind: 'utc' });
    expect(lookUpZone('Atlantis').kind).toBe('unknown');
  });

  it('takes the capitals people name that no IANA id carries, as the importer does', () => {
    expect(lookUpZone('Beijing')).toEqual({ kind: 'zone', id: 'Asia/Shanghai' });
    expect(lookUpZone('New Delhi')).toEqual({ kind: 'zone', id: 'Asia/Kolkata' });
    expect(lookUpZone('Washington')).toEqual({ kind: 'zone', id: 'America/New_York' });
    expect(searchZones('beij').map((option) => option.id)).toContain('Asia/Shanghai');
  });
});
