import { describe, expect, it } from 'vitest';
import {
  MARKING_PRESETS,
  PACK_MIGRATIONS,
  PACK_VERSION,
  type Pack,
  checkPackAgainstCatalogue,
  createDefaultPack,
  loadPack,
  runMigrations,
  serialisePack,
} from '../../../src/shared/pack';
import { smallCatalogue } from '../../fixtures/catalogues/load';

const catalogue = smallCatalogue();
const validPack = (): Pack => createDefaultPack(catalogue, { today: '2020-06-20' });
/** A valid pack as plain JSON data, as read from a file. */
const validPackData = (): Record<string, unknown> => JSON.parse(serialisePack(validPack())) as Record<string, unknown>;

function expectProblemAt(data: unknown, path: string): void {
  const result = loadPack(data);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.code).toBe('invalid-pack');
  expect(result.problems?.map((problem) => problem.path)).toContain(path);
}

describe('createDefaultPack', () => {
  it('covers the whole catalogue with every section on', () => {
    const pack = validPack();
    expect(pack).toMatchObject({
      format: 'briefing-pack',
      version: 1,
      title: 'Cybercrime and criminal justice in cyberspace',
      language: 'en',
      date: '2020-06-20',
      marking: 'UNCLASSIFIED',
      paper: 'a4',
      external: false,
      timeZones: [],
      topicIds: [],
      delegation: '',
      preparedBy: '',
      reference: '',
    });
    expect(pack.seminarIds).toEqual(catalogue.seminars.map((seminar) => seminar.id));
    expect(Object.values(pack.sections).every((on) => on)).toBe(true);
    expect(loadPack(pack)).toEqual({ ok: true, data: pack });
  });

  it('applies options over the defaults', () => {
    const pack = createDefaultPack(catalogue, { today: '2020-06-20', language: 'fr', marking: MARKING_PRESETS[1] });
    expect(pack.language).toBe('fr');
    expect(pack.marking).toBe('OFFICIAL');
    expect(pack.date).toBe('2020-06-20');
    expect(createDefaultPack(catalogue, { today: '2020-06-20', date: '2020-07-01' }).date).toBe('2020-07-01');
    expect(pack).not.toHaveProperty('today');
  });
});

describe('PackSchema via loadPack', () => {
  it('round-trips through serialisePack', () => {
    const pack: Pack = {
      ...validPack(),
      timeZones: ['America/New_York', 'Europe/Vienna'],
      topicBriefs: { legislation: { summary: 'S', pointsToMake: ['P1'], background: 'B' } },
      bioOverrides: { 'alexander-seger': { fr: 'Bio' } },
    };
    const loaded = loadPack(JSON.parse(serialisePack(pack)));
    expect(loaded).toEqual({ ok: true, data: pack });
  });

  it('rejects bad values with located problems', () => {
    expectProblemAt({ ...validPackData(), language: 'de' }, 'language');
    expectProblemAt({ ...validPackData(), date: '2020-02-30' }, 'date');
    expectProblemAt({ ...validPackData(), marking: 'X'.repeat(101) }, 'marking');
    expectProblemAt({ ...validPackData(), paper: 'a3' }, 'paper');
    expectProblemAt({ ...validPackData(), seminarIds: ['a', 'b', 'a'] }, 'seminarIds[2]');
    expectProblemAt({ ...validPackData(), topicIds: [''] }, 'topicIds[0]');
    expectProblemAt({ ...validPackData(), title: 'x'.repeat(501) }, 'title');
    const sections = { ...(validPackData()['sections'] as object), agenda: 'yes' };
    expectProblemAt({ ...validPackData(), sections }, 'sections.agenda');
    expectProblemAt({ ...validPackData(), bioOverrides: { someone: { de: 'Hallo' } } }, 'bioOverrides.someone');
    expectProblemAt(
      { ...validPackData(), topicBriefs: { legislation: { summary: 'S', pointsToMake: 'P', background: '' } } },
      'topicBriefs.legislation.pointsToMake',
    );
  });

  it('accepts free-text markings up to 100 characters', () => {
    expect(loadPack({ ...validPackData(), marking: 'NATO UNCLASSIFIED // REL TO EU' }).ok).toBe(true);
    expect(loadPack({ ...validPackData(), marking: 'M'.repeat(100) }).ok).toBe(true);
  });

  it('checks time zones: real, unique, at most four, and never UTC', () => {
    expect(loadPack({ ...validPackData(), timeZones: ['Asia/Tokyo', 'Asia/Kolkata'] }).ok).toBe(true);
    expectProblemAt({ ...validPackData(), timeZones: ['Europe/Vienna', 'Mars/Base'] }, 'timeZones[1]');
    expectProblemAt({ ...validPackData(), timeZones: ['UTC'] }, 'timeZones[0]');
    expectProblemAt({ ...validPackData(), timeZones: ['Etc/UTC'] }, 'timeZones[0]');
    expectProblemAt({ ...validPackData(), timeZones: ['Europe/Vienna', 'Europe/Vienna'] }, 'timeZones[1]');
    expectProblemAt(
      { ...validPackData(), timeZones: ['Europe/Vienna', 'Asia/Tokyo', 'Europe/Paris', 'Africa/Dakar', 'Asia/Dubai'] },
      'timeZones',
    );
  });

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
        'This version can open format version 1. The file has not been changed.',
    });
  });

  it('reports a version that is not a whole number', () => {
    for (const version of [0, -1, 1.5, '1', null]) {
      expectProblemAt({ ...validPackData(), version }, 'version');
    }
  });

  it('leaves the data it was given untouched', () => {
    const data = { ...validPackData(), extra: 'kept in the source' };
    const before = JSON.stringify(data);
    loadPack(data);
    expect(JSON.stringify(data)).toBe(before);
  });
});

describe('runMigrations', () => {
  // A fictional history, only for testing the runner: v1 had `name`, v2 renamed it to `title`, v3 added `paper`.
  const testMigrations = {
    1: ({ name, ...rest }: Record<string, unknown>) => ({ ...rest, version: 2, title: name }),
    2: (old: Record<string, unknown>) => ({ ...old, version: 3, paper: 'a4' }),
  };

  it('applies each step in order up to the current version', () => {
    const result = runMigrations({ version: 1, name: 'Pack' }, testMigrations, 3);
    expect(result).toEqual({ ok: true, data: { data: { version: 3, title: 'Pack', paper: 'a4' }, fromVersion: 1 } });
    expect(runMigrations({ version: 2, title: 'T' }, testMigrations, 3)).toMatchObject({
      ok: true,
      data: { data: { version: 3, title: 'T', paper: 'a4' }, fromVersion: 2 },
    });
  });

  it('leaves current data alone', () => {
    const data = { version: 3, title: 'T' };
    expect(runMigrations(data, testMigrations, 3)).toEqual({ ok: true, data: { data, fromVersion: 3 } });
  });

  it('refuses newer data', () => {
    expect(runMigrations({ version: 4 }, testMigrations, 3)).toMatchObject({ ok: false, code: 'newer-version' });
  });

  it('reports a missing, throwing or wrong step', () => {
    expect(runMigrations({ version: 1 }, { 2: testMigrations[2] }, 3)).toMatchObject({
      ok: false,
      code: 'migration-failed',
    });
    const throwing = {
      1: () => {
        throw new Error('boom');
      },
    };
    expect(runMigrations({ version: 1 }, throwing, 2)).toMatchObject({ ok: false, code: 'migration-failed' });
    expect(runMigrations({ version: 1 }, { 1: (old) => ({ ...old, version: 3 }) }, 3)).toMatchObject({
      ok: false,
      code: 'migration-failed',
    });
    expect(runMigrations({ version: 1 }, { 1: () => 'not an object' }, 2)).toMatchObject({
      ok: false,
      code: 'migration-failed',
    });
  });

  it('does not see inherited properties as migrations', () => {
    expect(runMigrations({ version: 1 }, Object.create({ 1: () => ({ version: 2 }) }), 2)).toMatchObject({
      ok: false,
      code: 'migration-failed',
    });
  });

  it('has no real migrations yet, because version 1 is the first pack format', () => {
    expect(PACK_VERSION).toBe(1);
    expect(Object.keys(PACK_MIGRATIONS)).toEqual([]);
  });
});

describe('checkPackAgainstCatalogue', () => {
  it('finds nothing wrong with the default pack', () => {
    expect(checkPackAgainstCatalogue(validPack(), catalogue)).toEqual([]);
  });

  it('reports every unknown id with its path', () => {
    const pack: Pack = {
      ...validPack(),
      seminarIds: ['2020-06-24-asia-pacific', 'gone'],
      topicIds: ['nope', 'legislation'],
      topicBriefs: {
        legislation: { summary: '', pointsToMake: [], background: '' },
        missing: { summary: 'x', pointsToMake: [], background: '' },
      },
      bioOverrides: { 'alexander-seger': { en: 'x' }, stranger: { en: 'x' }, constructor: { en: 'x' } },
    };
    expect(checkPackAgainstCatalogue(pack, catalogue)).toEqual([
      { path: 'seminarIds[1]', message: 'no seminar with id "gone"' },
      { path: 'topicIds[0]', message: 'no topic with id "nope"' },
      { path: 'topicBriefs.missing', message: 'no topic with id "missing"' },
      { path: 'bioOverrides.stranger', message: 'no person with id "stranger"' },
      { path: 'bioOverrides.constructor', message: 'no person with id "constructor"' },
    ]);
  });
});

describe('serialisePack', () => {
  it('writes keys in a stable order, two-space indented, with a final newline', () => {
    const pack = validPack();
    const shuffled = Object.fromEntries(Object.entries(pack).reverse()) as Pack;
    const text = serialisePack({
      ...shuffled,
      topicBriefs: {
        zeta: { background: 'b', pointsToMake: [], summary: 's' },
        alpha: { summary: 's', pointsToMake: ['p'], background: '' },
      },
    });
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith('{\n  "format": "briefing-pack",\n  "version": 1,\n  "title"')).toBe(true);
    expect(text.indexOf('"alpha"')).toBeLessThan(text.indexOf('"zeta"'));
    expect(text).toContain('"zeta": {\n      "summary": "s",\n      "pointsToMake": [],\n      "background": "b"');
    expect(serialisePack(pack)).toBe(serialisePack(shuffled));
  });

  it('keeps a "__proto__" id as data', () => {
    const bioOverrides = JSON.parse('{"__proto__": {"en": "x"}}') as Pack['bioOverrides'];
    const text = serialisePack({ ...validPack(), bioOverrides });
    expect(text).toContain('"__proto__": {');
  });
});
