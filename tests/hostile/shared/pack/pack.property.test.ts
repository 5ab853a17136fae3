/**
 * Hostile input for the pack loader: whatever JSON a .briefpack holds, loadPack
 * answers with a typed error (a known code and a non-empty message) or a pack
 * that passes the schema, never throws, and never changes the data it was given.
 * A pack that loads survives serialise → parse → load unchanged.
 * (tests/shared/pack/properties.test.ts covers plain fc.jsonValue and top-level mutations.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PackSchema, loadPack, serialisePack } from '../../../../src/shared/pack';
import { hostileJsonValue, hostileValidPack, mutatedValid, samplePackData } from '../../../helpers/arbitraries';

const RUNS = { numRuns: 2_000 };
const KNOWN_CODES = ['invalid-pack', 'newer-version', 'not-a-pack'];

function checkLoad(data: unknown): ReturnType<typeof loadPack> {
  const before = JSON.stringify(data);
  const result = loadPack(data);
  expect(JSON.stringify(data)).toBe(before); // the input is left untouched
  if (result.ok) {
    expect(PackSchema.safeParse(result.data.pack).success).toBe(true);
  } else {
    expect(KNOWN_CODES).toContain(result.code);
    expect(typeof result.message).toBe('string');
    expect(result.message.trim()).not.toBe('');
    for (const problem of result.problems ?? []) {
      expect(typeof problem.path).toBe('string');
      expect(typeof problem.message).toBe('string');
    }
  }
  return result;
}

function checkRoundTrip(result: ReturnType<typeof loadPack>): void {
  if (!result.ok) return;
  const text = serialisePack(result.data.pack);
  expect(loadPack(JSON.parse(text))).toEqual({
    ok: true,
    data: { pack: result.data.pack, warnings: [], fromVersion: 2 },
  });
  expect(serialisePack(result.data.pack)).toBe(text);
}

describe('loadPack on hostile input', () => {
  it('answers hostile JSON values (deep nesting, odd keys and characters) with a typed error', () => {
    fc.assert(
      fc.property(hostileJsonValue(), (data) => {
        checkLoad(data);
      }),
      RUNS,
    );
  });

  it('answers a hostile value that claims to be a pack of any version with a typed error', () => {
    const claims = fc
      .record({
        rest: fc.dictionary(fc.string({ maxLength: 12 }), hostileJsonValue(2), { maxKeys: 5 }),
        version: hostileJsonValue(1),
      })
      .map(({ rest, version }) => ({ ...rest, format: 'briefing-pack', version }));
    fc.assert(
      fc.property(claims, (data) => {
        const result = checkLoad(data);
        if (typeof data.version === 'number' && Number.isInteger(data.version) && data.version > 2) {
          expect(result).toMatchObject({ ok: false, code: 'newer-version' });
        }
      }),
      RUNS,
    );
  });

  it('never throws on the sample pack with fields at any depth replaced by hostile values or wrong types', () => {
    fc.assert(
      fc.property(mutatedValid(samplePackData), (data) => {
        checkRoundTrip(checkLoad(data));
      }),
      RUNS,
    );
  });

  it('loads every valid pack with hostile text, and it round-trips through the file format unchanged', () => {
    fc.assert(
      fc.property(hostileValidPack({ huge: true, maxSeminars: 3 }), (data) => {
        const result = checkLoad(data);
        expect(result.ok, result.ok ? '' : result.message).toBe(true);
        checkRoundTrip(result);
      }),
      RUNS,
    );
  });
});
