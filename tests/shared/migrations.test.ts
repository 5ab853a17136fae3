import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../src/shared/migrations';

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

  it('reports a version that is not a whole number of at least 1', () => {
    for (const version of [0, -1, 1.5, '1', null]) {
      expect(runMigrations({ version }, testMigrations, 3)).toMatchObject({ ok: false, code: 'invalid-version' });
    }
  });
});
