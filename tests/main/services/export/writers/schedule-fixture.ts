/** The programme the calendar and schedule writer tests share: the Asia-Pacific and French seminars, fully filled in. */
import { buildSchedule } from '../../../../../src/shared/document/schedule';
import { type Pack, createDefaultPack, snapshotAsCatalogue } from '../../../../../src/shared/pack';
import { programmeCatalogue } from '../../../../fixtures/catalogues/programme-v2';

export const FRENCH = 'seminar-2020-07-09';
export const ASIA = 'seminar-2020-06-24';
export const STAMP = new Date('2020-06-20T09:30:00Z');

export function schedulePack(choices: Partial<Pack> = {}): Pack {
  return createDefaultPack(programmeCatalogue(), {
    today: '2020-06-20',
    kind: 'programme',
    seminarIds: [ASIA, FRENCH],
    ...choices,
  });
}

export const scheduleOf = (pack: Pack) => buildSchedule(pack, snapshotAsCatalogue(pack.programme));
