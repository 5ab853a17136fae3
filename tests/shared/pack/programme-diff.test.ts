import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/shared/catalogue';
import {
  type ProgrammeChange,
  createDefaultPack,
  describeProgrammeChange,
  diffProgramme,
} from '../../../src/shared/pack';
import { smallCatalogue } from '../../fixtures/catalogues/load';

const catalogue = smallCatalogue();
const pack = createDefaultPack(catalogue, { today: '2020-06-20' });
const kinds = (changes: ProgrammeChange[]) => changes.map((change) => change.kind);

function changedCatalogue(edit: (copy: Catalogue) => void): Catalogue {
  const copy = structuredClone(catalogue);
  edit(copy);
  return copy;
}

describe('diffProgramme', () => {
  it('finds nothing when the catalogue is as the snapshot', () => {
    expect(diffProgramme(pack.programme, catalogue, pack.seminarIds)).toEqual([]);
  });

  it('names a replaced speaker, a confirmed TBC, a moved seminar and a new role, in plain terms', () => {
    const changed = changedCatalogue((copy) => {
      const asia = copy.seminars[0]!;
      asia.start = '2020-06-24T08:00:00Z';
      asia.end = '2020-06-24T09:45:00Z';
      asia.sessions[0]!.speakers[0]!.personId = 'camino-kavanagh';
      asia.sessions[1]!.speakers[0]!.role = 'Head of the Cybercrime Division';
      const spanish = copy.seminars[2]!;
      const tbc = spanish.sessions.flatMap((session) => session.speakers).find((speaker) => speaker.tbc);
      if (tbc) tbc.tbc = false;
    });
    const changes = diffProgramme(pack.programme, changed, pack.seminarIds);
    expect(kinds(changes)).toEqual(expect.arrayContaining(['seminar-moved', 'speaker-replaced', 'role-changed']));
    const replaced = changes.find((change) => change.kind === 'speaker-replaced');
    expect(replaced).toMatchObject({
      from: 'Jayantha FERNANDO',
      to: 'Camino KAVANAGH',
      session: 'What is cybercrime?',
    });
    expect(describeProgrammeChange(changes.find((change) => change.kind === 'seminar-moved')!)).toBe(
      '2020-06-24 Seminar with Asia-Pacific countries: moved from 2020-06-24 07:00–08:45 UTC to 2020-06-24 08:00–09:45 UTC.',
    );
    if (catalogue.seminars[2]!.sessions.some((session) => session.speakers.some((speaker) => speaker.tbc)))
      expect(kinds(changes)).toContain('speaker-confirmed');
  });

  it('reports a seminar gone from the catalogue, sessions added and removed, a chair changed, a person renamed', () => {
    const changed = changedCatalogue((copy) => {
      copy.seminars = copy.seminars.filter((seminar) => seminar.id !== '2020-07-22-spanish');
      const asia = copy.seminars[0]!;
      asia.sessions.pop();
      asia.sessions.push({ id: 'closing', topicId: 'legislation', title: 'Closing remarks', speakers: [] });
      asia.chair = { personId: 'alexander-seger', role: 'Chair' };
      copy.people.find((person) => person.id === 'francois-delerue')!.familyName = 'DELERUE-CORRECTED';
    });
    const changes = diffProgramme(pack.programme, changed, pack.seminarIds);
    expect(kinds(changes)).toEqual(
      expect.arrayContaining([
        'seminar-removed',
        'session-removed',
        'session-added',
        'chair-changed',
        'person-changed',
      ]),
    );
    expect(changes.find((change) => change.kind === 'chair-changed')).toMatchObject({
      from: 'Patryk PAWLAK',
      to: 'Alexander SEGER',
    });
  });

  it('looks only at the seminars the pack has chosen', () => {
    const changed = changedCatalogue((copy) => {
      copy.seminars[2]!.title = 'Elsewhere';
    });
    expect(diffProgramme(pack.programme, changed, ['2020-06-24-asia-pacific'])).toEqual([]);
  });
});
