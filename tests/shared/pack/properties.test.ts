import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDefaultPack, loadPack, serialisePack } from '../../../src/shared/pack';
import { smallCatalogue } from '../../fixtures/catalogues/load';

const validPackData = JSON.parse(
  serialisePack(
    createDefaultPack(smallCatalogue(), {
      today: '2020-06-20',
      timeZones: ['Europe/Vienna'],
      topicBriefs: { legislation: { summary: 's', pointsToMake: ['p'], background: 'b' } },
      bioOverrides: { 'alexander-seger': { en: 'bio' } },
    }),
  ),
) as Record<string, unknown>;

const KNOWN_CODES = ['invalid-pack', 'newer-version', 'not-a-pack'];

function expectWellFormedResult(data: unknown): void {
  const result = loadPack(data);
  if (result.ok) return;
  expect(KNOWN_CODES).toContain(result.code);
  expect(result.message.length).toBeGreaterThan(0);
}

/** A valid pack with one value replaced (or removed) at the top level or one level down. */
const mutatedPack = fc
  .record({
    key: fc.constantFrom(...Object.keys(validPackData), '__proto__', 'constructor'),
    innerKey: fc.option(fc.constantFrom('cover', 'legislation', 'alexander-seger', 'en', '0', '__proto__'), {
      nil: undefined,
    }),
    value: fc.option(fc.jsonValue(), { nil: undefined }),
  })
  .map(({ key, innerKey, value }) => {
    const data: Record<string, unknown> = structuredClone(validPackData);
    const inner = data[key];
    if (innerKey !== undefined && typeof inner === 'object' && inner !== null) {
      const copy = Array.isArray(inner) ? [...(inner as unknown[])] : { ...(inner as object) };
      (copy as Record<string, unknown>)[innerKey] = value;
      data[key] = copy;
    } else if (value === undefined) {
      delete data[key];
    } else {
      data[key] = value;
    }
    return data;
  });

describe('loadPack properties', () => {
  it('never throws on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), expectWellFormedResult), { numRuns: 2_000 });
  });

  it('never throws on arbitrary objects that claim to be packs', () => {
    const claimsToBePack = fc
      .tuple(fc.dictionary(fc.string(), fc.jsonValue()), fc.option(fc.jsonValue(), { nil: undefined }))
      .map(([rest, version]) => ({ ...rest, format: 'briefing-pack', version }));
    fc.assert(fc.property(claimsToBePack, expectWellFormedResult), { numRuns: 2_000 });
  });

  it('never throws on mutated valid packs, and a pack that loads serialises back to itself', () => {
    fc.assert(
      fc.property(mutatedPack, (data) => {
        expectWellFormedResult(data);
        const result = loadPack(data);
        // Damage is repaired once: what was opened and saved opens again as it is, with nothing more to say.
        if (result.ok)
          expect(loadPack(JSON.parse(serialisePack(result.data.pack)))).toEqual({
            ok: true,
            data: { pack: result.data.pack, warnings: [], fromVersion: 2 },
          });
      }),
      { numRuns: 2_000 },
    );
  });
});
