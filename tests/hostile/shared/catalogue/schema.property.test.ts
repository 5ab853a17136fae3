/**
 * Hostile input for the catalogue loader: validateCatalogue answers any JSON
 * value with 'invalid-catalogue' and a non-empty message, or a catalogue that
 * passes the schema and has no integrity problems; it never throws and never
 * changes its input. loadCatalogueFile is run on a subset written to disk.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalogueFile } from '../../../../src/main/services/catalogue';
import { CatalogueSchema, findIntegrityProblems, validateCatalogue } from '../../../../src/shared/catalogue';
import { builtinCatalogueData, hostileJsonValue, mutatedValid } from '../../../helpers/arbitraries';

const RUNS = { numRuns: 2_000 };
const dir = mkdtempSync(path.join(os.tmpdir(), 'bpb-hostile-catalogue-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function checkValidation(data: unknown): ReturnType<typeof validateCatalogue> {
  const before = JSON.stringify(data);
  const result = validateCatalogue(data);
  expect(JSON.stringify(data)).toBe(before);
  if (result.ok) {
    expect(CatalogueSchema.safeParse(result.data).success).toBe(true);
    expect(findIntegrityProblems(result.data)).toEqual([]);
  } else {
    expect(['invalid-catalogue', 'not-a-catalogue', 'newer-version']).toContain(result.code);
    expect(result.message.trim()).not.toBe('');
  }
  return result;
}

const FILE_CODES = [
  'not-found',
  'unreadable',
  'too-large',
  'not-json',
  'not-text',
  'invalid-catalogue',
  'not-a-catalogue',
  'newer-version',
];
let fileCount = 0;

/** Writes `text` to a fresh file and checks loadCatalogueFile's answer names it and leaves it untouched. */
async function checkFile(text: string | Uint8Array): Promise<void> {
  const file = path.join(dir, `c${fileCount++}.catalogue.json`);
  await writeFile(file, text);
  const { mtimeMs } = await stat(file);
  const result = await loadCatalogueFile(file);
  if (result.ok) {
    expect(validateCatalogue(result.data).ok).toBe(true);
  } else {
    expect(FILE_CODES).toContain(result.code);
    expect(result.message).toContain(path.basename(file));
  }
  expect(Buffer.compare(await readFile(file), Buffer.from(text))).toBe(0);
  expect((await stat(file)).mtimeMs).toBe(mtimeMs);
}

describe('validateCatalogue on hostile input', () => {
  it('answers hostile JSON values with a typed error', () => {
    fc.assert(
      fc.property(hostileJsonValue(), (data) => {
        expect(checkValidation(data).ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('never throws on the built-in catalogue with fields at any depth replaced by hostile values or wrong types', () => {
    fc.assert(
      fc.property(mutatedValid(builtinCatalogueData), (data) => {
        checkValidation(data);
      }),
      RUNS,
    );
  });

  it('refuses any newer format version', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: Number.MAX_SAFE_INTEGER }), (version) => {
        const result = checkValidation({ ...builtinCatalogueData, version });
        expect(result.ok).toBe(false);
        expect(result.ok ? '' : result.message).toContain('newer version');
      }),
      { numRuns: 200 },
    );
  });
});

describe('loadCatalogueFile on hostile files', () => {
  it('answers mutated, truncated or non-JSON files with a typed error naming the file (subset: 300 files)', async () => {
    const fileContent = fc.oneof(
      mutatedValid(builtinCatalogueData).map((data) => JSON.stringify(data) ?? 'undefined'),
      fc
        .tuple(fc.constant(JSON.stringify(builtinCatalogueData)), fc.nat())
        .map(([text, cut]) => text.slice(0, cut % text.length)),
      hostileJsonValue().map((data) => JSON.stringify(data) ?? ''),
      fc.uint8Array({ maxLength: 200 }),
      fc.constantFrom('\uFEFF', '\uFEFF{}', '{"format":"briefing-pack-catalogue","version":1e999}', '[', '\u0000'),
    );
    await fc.assert(fc.asyncProperty(fileContent, checkFile), { numRuns: 300 });
  });

  it('refuses a catalogue file from a newer format version and leaves it untouched', async () => {
    const file = path.join(dir, 'newer.catalogue.json');
    const text = `${JSON.stringify({ ...builtinCatalogueData, version: 3, futureField: { x: 1 } }, null, 2)}\n`;
    await writeFile(file, text);
    const before = await stat(file);
    const result = await loadCatalogueFile(file);
    expect(result).toMatchObject({ ok: false, code: 'newer-version' });
    expect(result.ok ? '' : result.message).toMatch(/^newer\.catalogue\.json: .*newer version.*format version 3/);
    expect(await readFile(file, 'utf8')).toBe(text);
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
  });
});
