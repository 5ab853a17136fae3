/**
 * Issue 13 §4: any valid v2 pack round-trips, and any pack with arbitrary
 * damaged parts opens with warnings and keeps every brief, point and bio the
 * user wrote. The damage touches every part that is not the user's own text
 * (fields, lists, the programme snapshot at any depth) and the structure around
 * that text (a point that is a number, a brief under a bad key), never the
 * text itself; the property then finds each original string in the opened pack.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCatalogue } from '../../../../src/shared/catalogue';
import { type Pack, PackSchema, loadPack, serialisePack, settlePack } from '../../../../src/shared/pack';
import {
  builtinCatalogueData,
  hostileText,
  hostileValidPack,
  replaceAt,
  valuePaths,
  wrongTypeValue,
} from '../../../helpers/arbitraries';

const RUNS = { numRuns: process.env['CI'] ? 2_000 : 300 };
const builtin = validateCatalogue(builtinCatalogueData);
if (!builtin.ok) throw new Error(builtin.message);

/** A valid v2 pack: hostile text everywhere the user types, its programme taken from the built-in catalogue. */
const validV2Pack = hostileValidPack({ maxSeminars: 3 }).map((v1) => {
  const loaded = loadPack(v1);
  if (!loaded.ok) throw new Error(loaded.message);
  return settlePack(loaded.data.pack, builtin.data).pack;
});

/** Every string the user wrote: briefs (summary, each point, background) and bios, by where they live. */
function userText(pack: Pack): string[] {
  const texts: string[] = [];
  for (const brief of Object.values(pack.topicBriefs))
    texts.push(brief.summary, ...brief.pointsToMake, brief.background);
  for (const bio of Object.values(pack.bioOverrides)) texts.push(...Object.values(bio).filter((t) => t !== undefined));
  return texts.filter((text) => text !== '');
}

const USER_TEXT_ROOTS = new Set(['topicBriefs', 'bioOverrides']);

/** Paths that may be damaged: anything outside the user's text, plus a brief's or bio's non-text neighbours. */
function damageablePaths(data: unknown): (string | number)[][] {
  return valuePaths(data, 6).filter((path) => !USER_TEXT_ROOTS.has(String(path[0])));
}

const damage = fc.record({
  replacements: fc.array(fc.record({ pick: fc.nat(), value: wrongTypeValue() }), { minLength: 1, maxLength: 4 }),
  extraPoint: fc.option(wrongTypeValue(), { nil: undefined }),
  strayBrief: fc.option(
    fc.record({ key: fc.constantFrom('', 'x'.repeat(300)), text: hostileText({ maxLength: 50 }) }),
    {
      nil: undefined,
    },
  ),
});

describe('packs with damaged parts (issue 13 §4)', () => {
  it('a valid v2 pack round-trips through the file unchanged', () => {
    fc.assert(
      fc.property(validV2Pack, (pack) => {
        const text = serialisePack(pack);
        expect(loadPack(JSON.parse(text))).toEqual({ ok: true, data: { pack, warnings: [], fromVersion: 2 } });
      }),
      RUNS,
    );
  });

  it('opens with warnings and keeps every brief, point and bio the user wrote', () => {
    fc.assert(
      fc.property(validV2Pack, damage, (pack, { replacements, extraPoint, strayBrief }) => {
        const before = userText(pack);
        let data: unknown = JSON.parse(serialisePack(pack));
        const paths = damageablePaths(data);
        for (const { pick, value } of replacements) {
          const path = paths[pick % paths.length]!;
          // format and version decide whether the file is a pack at all: damaging them is the refusal case.
          if (path.length === 1 && (path[0] === 'format' || path[0] === 'version')) continue;
          try {
            data = replaceAt(data, path, value);
          } catch {
            // an earlier replacement took this path's parent away
          }
        }
        const record = data as Record<string, unknown>;
        const briefs = record['topicBriefs'] as Record<string, { pointsToMake: unknown[] }>;
        const firstBrief = Object.values(briefs)[0];
        if (extraPoint !== undefined && firstBrief) firstBrief.pointsToMake.push(extraPoint);
        if (strayBrief) briefs[strayBrief.key] = { pointsToMake: [], summary: strayBrief.text } as never;

        const result = loadPack(data, { today: '2026-12-01' });
        expect(result.ok, result.ok ? '' : result.message).toBe(true);
        if (!result.ok) return;
        expect(PackSchema.safeParse(result.data.pack).success).toBe(true);
        const after = new Set(userText(result.data.pack));
        for (const text of before) expect(after.has(text)).toBe(true);
        // What was opened and saved opens again with nothing more to say.
        const again = loadPack(JSON.parse(serialisePack(result.data.pack)));
        expect(again.ok && again.data.warnings).toEqual([]);
      }),
      RUNS,
    );
  });
});
