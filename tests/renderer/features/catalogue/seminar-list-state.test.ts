import { describe, expect, it } from 'vitest';
import {
  formatSeminarWhen,
  initialSeminarListState,
  seminarListReducer,
} from '../../../../src/renderer/src/features/catalogue/seminar-list-state';

describe('seminarListReducer', () => {
  it('goes loading → failed → loading (new attempt) → loaded', () => {
    const failed = seminarListReducer(initialSeminarListState, { type: 'failed', message: 'broken' });
    expect(failed).toEqual({ attempt: 0, status: 'failed', message: 'broken' });
    const retry = seminarListReducer(failed, { type: 'reload' });
    expect(retry).toEqual({ attempt: 1, status: 'loading' });
    expect(seminarListReducer(retry, { type: 'loaded', seminars: [] })).toEqual({
      attempt: 1,
      status: 'loaded',
      seminars: [],
    });
  });
});

describe('formatSeminarWhen', () => {
  it('formats the date and UTC window in the given locale', () => {
    expect(formatSeminarWhen('2020-07-22T15:00:00Z', '2020-07-22T16:45:00Z', 'es-ES')).toBe(
      '22 de julio de 2020, 15:00–16:45 UTC',
    );
    expect(formatSeminarWhen('2020-06-24T07:00:00Z', '2020-06-24T08:45:00Z', 'en-GB')).toBe(
      '24 June 2020, 07:00–08:45 UTC',
    );
  });
});
