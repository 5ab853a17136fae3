import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack, settlePack } from '../../../src/shared/pack';
import { builtinCatalogue } from '../../fixtures/catalogues/load';

const v1Sample = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'fixtures', 'packs', 'sample-v1.briefpack'), 'utf8'),
);

function migratedSample() {
  const loaded = loadPack(v1Sample);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.data.pack;
}

describe('settlePack', () => {
  it('fills the programme of a v1 pack from its catalogue, so that it then opens anywhere', () => {
    const catalogue = builtinCatalogue();
    const { pack, warnings } = settlePack(migratedSample(), catalogue);
    expect(warnings).toEqual([]);
    expect(pack.programme.seminars.map((seminar) => seminar.id)).toEqual(pack.seminarIds);
    expect(pack.programme.people.length).toBeGreaterThan(0);
    expect(pack.programme.source.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // Nothing left to fill: settling again changes nothing.
    expect(settlePack(pack, undefined)).toEqual({ pack, warnings: [] });
  });

  it('drops chosen seminars that neither the snapshot nor a catalogue here has, one warning each', () => {
    const pack = migratedSample();
    const { pack: settled, warnings } = settlePack(pack, undefined);
    expect(settled.seminarIds).toEqual([]);
    expect(warnings).toEqual(pack.seminarIds.map((seminarId) => ({ kind: 'seminar-dropped', seminarId })));
    // The user's text stays, to print again when the seminars are chosen again.
    expect(settled.topicBriefs).toEqual(pack.topicBriefs);
    expect(settled.bioOverrides).toEqual(pack.bioOverrides);
  });

  it('keeps the chosen topics as they are, even when no seminar has them', () => {
    const pack = { ...migratedSample(), topicIds: ['legislation-no-longer-there'] };
    expect(settlePack(pack, builtinCatalogue()).pack.topicIds).toEqual(['legislation-no-longer-there']);
  });
});
