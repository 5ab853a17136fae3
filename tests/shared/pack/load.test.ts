import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PACK_MIGRATIONS,
  PACK_VERSION,
  type Pack,
  type PackWarning,
  PackSchema,
  createDefaultPack,
  describePackWarning,
  loadPack,
  serialisePack,
} from '../../../src/shared/pack';
import { smallCatalogue } from '../../fixtures/catalogues/load';

const catalogue = smallCatalogue();
const validPack = (): Pack =>
  createDefaultPack(catalogue, {
    today: '2020-06-20',
    topicBriefs: { legislation: { summary: 'My summary.', pointsToMake: ['Point one.'], background: 'Secret.' } },
    bioOverrides: { 'alexander-seger': { fr: 'Ma bio.' } },
  });
/** A valid pack as plain JSON data, as read from a file. */
const validPackData = (): Record<string, unknown> => JSON.parse(serialisePack(validPack())) as Record<string, unknown>;

function opened(data: unknown): { pack: Pack; warnings: PackWarning[] } {
  const result = loadPack(data, { today: '2026-12-01' });
  if (!result.ok) throw new Error(`expected the pack to open: ${result.message}`);
  expect(PackSchema.safeParse(result.data.pack).success).toBe(true);
  return result.data;
}

describe('loadPack: a sound file', () => {
  it('opens with no warnings and round-trips through serialisePack', () => {
    const pack: Pack = { ...validPack(), timeZones: ['America/New_York', 'Europe/Vienna'] };
    expect(loadPack(JSON.parse(serialisePack(pack)))).toEqual({
      ok: true,
      data: { pack, warnings: [], fromVersion: PACK_VERSION },
    });
  });

  it('accepts free-text markings up to 100 characters', () => {
    expect(opened({ ...validPackData(), marking: 'NATO UNCLASSIFIED // REL TO EU' }).warnings).toEqual([]);
    expect(opened({ ...validPackData(), marking: 'M'.repeat(100) }).warnings).toEqual([]);
  });

  it('leaves the data it was given untouched', () => {
    const data = { ...validPackData(), title: 'x'.repeat(600), extra: 'kept in the source' };
    const before = JSON.stringify(data);
    loadPack(data);
    expect(JSON.stringify(data)).toBe(before);
  });
});

describe('loadPack: what is refused', () => {
  it('refuses data that is not a pack', () => {
    for (const data of [null, 42, 'briefing-pack', [], {}, { format: 'briefing-pack-catalogue', version: 1 }]) {
      const result = loadPack(data);
      expect(result.ok ? 'ok' : result.code).toBe('not-a-pack');
    }
  });

  it('refuses a newer pack with a clear message', () => {
    const result = loadPack({ ...validPackData(), version: 3 });
    expect(result).toEqual({
      ok: false,
      code: 'newer-version',
      message:
        'This pack was saved by a newer version of Briefing Pack Builder (pack format version 3). ' +
        'This version can open format versions up to 2. The file has not been changed.',
    });
  });

  it('refuses a version that is not a whole number, saying so in plain words', () => {
    for (const version of [0, -1, 1.5, '1', null]) {
      const result = loadPack({ ...validPackData(), version });
      expect(result).toMatchObject({ ok: false, code: 'invalid-pack' });
      expect(result.ok ? '' : result.message).toMatch(
        /^This pack cannot be read: The format version must be a whole number/,
      );
    }
  });
});

describe('loadPack: a damaged file opens, with warnings, keeping the user’s text', () => {
  it('resets or cuts each bad field and names it', () => {
    const { pack, warnings } = opened({
      ...validPackData(),
      language: 'de',
      date: '2020-02-30',
      paper: 'a3',
      title: 'T'.repeat(600),
      marking: { text: 'SECRET' },
      timeZones: ['Europe/Vienna', 'Mars/Base', 'UTC'],
      seminarIds: ['2020-06-24-asia-pacific', 42, '2020-06-24-asia-pacific'],
      sections: { ...(validPackData()['sections'] as object), agenda: 'yes' },
    });
    expect(pack).toMatchObject({
      language: 'en',
      date: '2026-12-01',
      paper: 'a4',
      marking: '',
      timeZones: ['Europe/Vienna'],
      seminarIds: ['2020-06-24-asia-pacific'],
    });
    expect(pack.title).toBe('T'.repeat(500));
    expect(pack.sections.agenda).toBe(true);
    expect(warnings).toEqual(
      expect.arrayContaining([
        { kind: 'field-reset', field: 'language' },
        { kind: 'field-reset', field: 'date' },
        { kind: 'field-reset', field: 'paper' },
        { kind: 'field-reset', field: 'marking' },
        { kind: 'field-cut', field: 'title', kept: 500 },
        { kind: 'time-zone-dropped', zone: 'Mars/Base' },
        { kind: 'time-zone-dropped', zone: 'UTC' },
        { kind: 'field-reset', field: 'seminarIds' },
        { kind: 'field-reset', field: 'sections' },
      ]),
    );
    expect(describePackWarning({ kind: 'field-reset', field: 'marking' })).toMatch(/set it again before you export/);
  });

  it('keeps every brief, point and bio that is still text, dropping only what is not', () => {
    const { pack, warnings } = opened({
      ...validPackData(),
      topicBriefs: {
        legislation: { summary: 'Kept summary.', pointsToMake: ['Kept point.', 7, { x: 1 }], background: 12 },
        'capacity-building': 'not a brief',
        'international-cooperation': { pointsToMake: 'one point as a string' },
      },
      bioOverrides: { 'alexander-seger': { fr: 'Gardée.', de: 'Weg.', en: 5 }, 'markk-perete': null },
    });
    expect(pack.topicBriefs['legislation']).toEqual({
      summary: 'Kept summary.',
      pointsToMake: ['Kept point.'],
      background: '',
    });
    expect(pack.topicBriefs['international-cooperation']).toEqual({ summary: '', pointsToMake: [], background: '' });
    expect(pack.bioOverrides).toEqual({ 'alexander-seger': { fr: 'Gardée.' } });
    expect(warnings).toEqual(
      expect.arrayContaining([
        { kind: 'brief-part-dropped', topic: 'Status of global cybercrime legislation', part: 'point' },
        { kind: 'brief-part-dropped', topic: 'Status of global cybercrime legislation', part: 'background' },
        { kind: 'brief-part-dropped', topic: 'Capacity building', part: 'brief' },
        { kind: 'brief-part-dropped', topic: 'International cooperation', part: 'points' },
        { kind: 'bio-part-dropped', person: 'Alexander SEGER', language: 'de' },
        { kind: 'bio-part-dropped', person: 'Alexander SEGER', language: 'en' },
        { kind: 'bio-part-dropped', person: 'Markk PERETE' },
      ]),
    );
  });

  it('cuts an over-long brief at the limit, and joins points past the 500th onto the last rather than lose them', () => {
    const points = Array.from({ length: 502 }, (_, index) => `Point ${index + 1}`);
    const { pack, warnings } = opened({
      ...validPackData(),
      topicBriefs: { legislation: { summary: 'S'.repeat(100_010), pointsToMake: points, background: '' } },
    });
    const brief = pack.topicBriefs['legislation']!;
    expect(brief.summary).toHaveLength(100_000);
    expect(brief.pointsToMake).toHaveLength(500);
    expect(brief.pointsToMake[499]).toBe('Point 500\nPoint 501\nPoint 502');
    expect(warnings).toContainEqual({
      kind: 'brief-cut',
      topic: 'Status of global cybercrime legislation',
      part: 'summary',
      kept: 100_000,
    });
  });

  it('drops a damaged seminar of the programme and the references that no longer resolve, nothing more', () => {
    const data = validPackData();
    const programme = data['programme'] as { seminars: Record<string, unknown>[]; people: Record<string, unknown>[] };
    programme.seminars[2] = { ...programme.seminars[2], start: 'not a time' };
    programme.people = programme.people.filter((person) => person['id'] !== 'markk-perete');
    const { pack, warnings } = opened(data);
    expect(pack.programme.seminars.map((seminar) => seminar.id)).toEqual([
      '2020-06-24-asia-pacific',
      '2020-07-09-francophone',
    ]);
    const cooperation = pack.programme.seminars[0]!.sessions.find(
      (session) => session.id === 'international-cooperation',
    );
    expect(cooperation?.speakers).toEqual([]);
    expect(warnings).toEqual(
      expect.arrayContaining([
        {
          kind: 'programme-item-dropped',
          item: 'seminar',
          name: 'Ciberdelincuencia y Justicia Penal en el Ciberespacio',
        },
        { kind: 'programme-item-dropped', item: 'speaker', name: 'markk-perete, Seminar with Asia-Pacific countries' },
      ]),
    );
    // The seminar that was damaged is still chosen: settlePack takes it from the catalogue, or reports it.
    expect(pack.seminarIds).toContain('2020-07-22-spanish');
  });
});

describe('pack format v1', () => {
  it('migrates: the catalogue id becomes the programme source, the snapshot is to be filled, the edition goes', () => {
    const v1 = JSON.parse(
      readFileSync(join(__dirname, '..', '..', 'fixtures', 'packs', 'sample-v1.briefpack'), 'utf8'),
    ) as Record<string, unknown>;
    const result = loadPack({ ...v1, catalogueId: 'imported-abc123' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.fromVersion).toBe(1);
    expect(result.data.warnings).toEqual([]);
    const { pack } = result.data;
    expect(pack).not.toHaveProperty('external');
    expect(pack).not.toHaveProperty('catalogueId');
    expect(pack.programme).toEqual({
      source: { catalogueId: 'imported-abc123', title: '', contentHash: '' },
      series: [],
      topics: [],
      people: [],
      seminars: [],
    });
    expect(pack.seminarIds).toEqual(v1['seminarIds']);
    expect(pack.topicBriefs).toEqual(v1['topicBriefs']);
    expect(Object.keys(PACK_MIGRATIONS)).toEqual(['1']);
  });

  it('a v1 pack of the built-in catalogue names it as its source', () => {
    const v1 = JSON.parse(
      readFileSync(join(__dirname, '..', '..', 'fixtures', 'packs', 'sample-v1.briefpack'), 'utf8'),
    );
    const result = loadPack(v1);
    expect(result.ok && result.data.pack.programme.source.catalogueId).toBe('builtin');
  });
});

describe('loadPack: values that break String()', () => {
  it('names a time zone that is an object without a prototype instead of throwing', () => {
    const { pack, warnings } = opened({ ...validPackData(), timeZones: [Object.create(null), 'Europe/Vienna', 7] });
    expect(pack.timeZones).toEqual(['Europe/Vienna']);
    expect(warnings).toEqual([
      { kind: 'time-zone-dropped', zone: '{…}' },
      { kind: 'time-zone-dropped', zone: '7' },
    ]);
  });
});
