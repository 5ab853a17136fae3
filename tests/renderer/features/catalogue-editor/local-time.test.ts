import { describe, expect, it } from 'vitest';
import { fromLocal, toLocal } from '../../../../src/renderer/src/features/catalogue-editor/local-time';

describe('times typed in a zone', () => {
  it('reads a local time as the UTC instant, daylight saving right', () => {
    expect(fromLocal('2020-06-24', '09:00', 'Europe/Vienna')).toEqual({ instant: '2020-06-24T07:00:00Z' });
    expect(fromLocal('2020-12-24', '09:00', 'Europe/Vienna')).toEqual({ instant: '2020-12-24T08:00:00Z' });
    expect(fromLocal('2020-06-24', '03:00', 'America/New_York')).toEqual({ instant: '2020-06-24T07:00:00Z' });
    expect(fromLocal('2020-06-24', '12:30', 'Asia/Kolkata')).toEqual({ instant: '2020-06-24T07:00:00Z' });
  });

  it('says when the clocks skip or repeat the time typed', () => {
    expect(fromLocal('2020-03-29', '02:30', 'Europe/Vienna')).toEqual({
      instant: '2020-03-29T01:30:00Z',
      note: 'skipped',
    });
    expect(fromLocal('2020-10-25', '02:30', 'Europe/Vienna')).toEqual({
      instant: '2020-10-25T00:30:00Z',
      note: 'repeated',
    });
  });

  it('refuses what is not a date and a time', () => {
    expect(fromLocal('2020-06-24', '25:00', 'UTC')).toBeUndefined();
    expect(fromLocal('24/06/2020', '09:00', 'UTC')).toBeUndefined();
    expect(fromLocal('2020-06-24', '', 'UTC')).toBeUndefined();
  });

  it('shows a UTC instant as the date and time in a zone', () => {
    expect(toLocal('2020-06-24T07:00:00Z', 'Europe/Vienna')).toEqual({ date: '2020-06-24', time: '09:00' });
    expect(toLocal('2020-06-24T23:30:00Z', 'Asia/Tokyo')).toEqual({ date: '2020-06-25', time: '08:30' });
    expect(toLocal('2020-06-24T00:05:00Z', 'UTC')).toEqual({ date: '2020-06-24', time: '00:05' });
  });
});
