import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/shared/catalogue';
import {
  createDefaultPack,
  emptySnapshot,
  programmeContentHash,
  programmeWithSource,
  refreshedSnapshot,
  snapshotAsCatalogue,
  withSeminars,
} from '../../../src/shared/pack';
import { smallCatalogue } from '../../fixtures/catalogues/load';

const catalogue = smallCatalogue();
const source = { catalogueId: 'builtin', title: 'Cybercrime' };
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('withSeminars', () => {
  it('copies the chosen seminars with exactly the people, topics and series they name, in catalogue order', () => {
    const snapshot = withSeminars(emptySnapshot(source), catalogue, ['2020-07-09-francophone']);
    expect(ids(snapshot.seminars)).toEqual(['2020-07-09-francophone']);
    expect(ids(snapshot.people)).toEqual(['alexander-seger', 'francois-delerue', 'papa-assane-toure', 'sidi-raliou']);
    expect(ids(snapshot.topics)).toEqual(['what-is-cybercrime', 'legislation', 'capacity-building']);
    expect(ids(snapshot.series)).toEqual([catalogue.seminars[1]!.seriesId]);
    expect(snapshot.source.contentHash).toBe(programmeContentHash(snapshot));
  });

  it('keeps a seminar it already holds as it was, even when the catalogue has changed since', () => {
    const before = withSeminars(emptySnapshot(source), catalogue, ['2020-06-24-asia-pacific']);
    const changed: Catalogue = structuredClone(catalogue);
    changed.seminars[0]!.title = 'Renamed since';
    changed.people.find((person) => person.id === 'patryk-pawlak')!.familyName = 'CHANGED';
    const after = withSeminars(before, changed, ['2020-06-24-asia-pacific', '2020-07-22-spanish']);
    expect(after.seminars[0]!.title).toBe('Seminar with Asia-Pacific countries');
    expect(after.people.find((person) => person.id === 'patryk-pawlak')!.familyName).toBe('PAWLAK');
    expect(ids(after.seminars)).toEqual(['2020-06-24-asia-pacific', '2020-07-22-spanish']);
  });

  it('drops a seminar no longer chosen, with the people only it had, and works with no catalogue at hand', () => {
    const full = withSeminars(emptySnapshot(source), catalogue, ids(catalogue.seminars));
    const one = withSeminars(full, undefined, ['2020-07-22-spanish']);
    expect(ids(one.seminars)).toEqual(['2020-07-22-spanish']);
    expect(one.people.some((person) => person.id === 'patryk-pawlak')).toBe(false);
    expect(one.people.length).toBeGreaterThan(0);
  });

  it('returns the same object when nothing changes, so the pack store sees no edit', () => {
    const snapshot = withSeminars(emptySnapshot(source), catalogue, ['2020-06-24-asia-pacific']);
    expect(withSeminars(snapshot, catalogue, ['2020-06-24-asia-pacific'])).toBe(snapshot);
  });

  it('leaves out an id that neither the snapshot nor the catalogue has', () => {
    expect(ids(withSeminars(emptySnapshot(source), catalogue, ['nowhere']).seminars)).toEqual([]);
  });
});

describe('refreshedSnapshot and programmeWithSource', () => {
  it('takes the catalogue’s current version of every chosen seminar, and its new title', () => {
    const pack = createDefaultPack(catalogue, { today: '2020-06-20' });
    const changed: Catalogue = structuredClone(catalogue);
    changed.seminars[0]!.title = 'Renamed since';
    changed.title = 'Renamed catalogue';
    const refreshed = refreshedSnapshot(pack.programme, changed, pack.seminarIds);
    expect(refreshed.seminars[0]!.title).toBe('Renamed since');
    expect(refreshed.source.title).toBe('Renamed catalogue');
    expect(refreshed.source.contentHash).not.toBe(pack.programme.source.contentHash);
  });

  it('offers the catalogue’s seminars with the snapshot’s own copies in their place, and the snapshot’s others', () => {
    const snapshot = withSeminars(emptySnapshot(source), catalogue, ['2020-06-24-asia-pacific']);
    const changed: Catalogue = structuredClone(catalogue);
    changed.seminars[0]!.title = 'Renamed since';
    const gone: Catalogue = { ...changed, seminars: changed.seminars.slice(1) };
    const offered = programmeWithSource(snapshot, gone);
    expect(ids(offered.seminars)).toEqual(['2020-07-09-francophone', '2020-07-22-spanish', '2020-06-24-asia-pacific']);
    expect(programmeWithSource(snapshot, changed).seminars[0]!.title).toBe('Seminar with Asia-Pacific countries');
    expect(programmeWithSource(snapshot, undefined)).toEqual(snapshotAsCatalogue(snapshot));
  });
});
