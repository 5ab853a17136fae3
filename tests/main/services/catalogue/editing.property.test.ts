/**
 * Any valid catalogue v2 saved from the editor reads back the same, in this
 * session and in a new one over the same folder (the store's cache bypassed),
 * keeping only its identity and origin as the store's own.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalogueEditing } from '../../../../src/main/services/catalogue/editing';
import { createCatalogueStore } from '../../../../src/main/services/catalogue-store';
import { createPackLockRegistry } from '../../../../src/main/services/files/pack-locks';
import { findResourcesDir } from '../../../../src/main/services/resources';
import { validateCatalogue } from '../../../../src/shared/catalogue';
import { validCatalogueArbitrary } from '../../../helpers/catalogue-arbitrary';

const RUNS = { numRuns: process.env['CI'] ? 2_000 : 150 };
let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'bpb-catalogue-round-trip-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('catalogue save and load', () => {
  it('the arbitrary gives valid catalogues', () => {
    fc.assert(
      fc.property(validCatalogueArbitrary(), (catalogue) => {
        const checked = validateCatalogue(catalogue);
        expect(checked.ok ? [] : checked.problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips any valid v2 catalogue through save and load', async () => {
    const resources = findResourcesDir(__dirname);
    const now = () => new Date('2024-05-01T10:00:00Z');
    const store = createCatalogueStore(resources, root, now);
    const editing = createCatalogueEditing({ store, now, session: 'one', registry: createPackLockRegistry() });
    const entry = await store.put('imported-roundtrip01', emptyOwnCatalogue(), { source: 'own' });
    if (!entry.ok) throw new Error(entry.message);
    const opened = await editing.open(entry.data.id);
    expect(opened.ok && !('inUse' in opened.data)).toBe(true);
    await fc.assert(
      fc.asyncProperty(validCatalogueArbitrary(), async (catalogue) => {
        const saved = await editing.save(entry.data.id, catalogue);
        if (!saved.ok) throw new Error(saved.message);
        const expected = { ...catalogue, id: entry.data.id, source: { kind: 'manual' } };
        expect(saved.data.catalogue).toEqual(expected);
        const fresh = createCatalogueStore(resources, root, now);
        const loaded = await fresh.get(entry.data.id);
        expect(loaded).toEqual({ ok: true, data: expected });
      }),
      RUNS,
    );
    await editing.releaseAll();
  }, 600_000);
});

function emptyOwnCatalogue() {
  return {
    format: 'briefing-pack-catalogue' as const,
    version: 2 as const,
    id: 'imported-roundtrip01',
    source: { kind: 'manual' as const },
    series: [],
    topics: [],
    people: [],
    seminars: [],
  };
}
