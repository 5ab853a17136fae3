/**
 * Hostile input for every IPC request handler registered by registerAllIpc
 * (fake ports, temporary user-data folder, inline export runner). Each channel's
 * listener is called 2,000 times with hostile values, mutated valid requests and
 * valid requests carrying hostile text, sometimes from an untrusted sender URL.
 * Property: the listener resolves (never rejects) to `{ ok: true, data }` whose
 * data passes the contract's response schema, or `{ ok: false, code, message }`
 * with a non-empty message; an untrusted sender always gets 'forbidden-sender'.
 * Every dialog is cancelled, so nothing is written outside the temporary folder.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiMethod } from '../../../../src/shared/ipc/channels';
import { IPC_CONTRACT } from '../../../../src/shared/ipc/contract';
import {
  hostileJsonValue,
  builtinCatalogueData,
  hostileText,
  hostileValidPack,
  mutatedValid,
  samplePackData,
} from '../../../helpers/arbitraries';
import { TRUSTED_URL, createHarness } from '../../../main/support/harness';

type Harness = Awaited<ReturnType<typeof createHarness>>;
let h: Harness;
const cwdBefore = readdirSync(process.cwd()).sort();
beforeAll(async () => {
  h = await createHarness({ now: () => new Date('2024-03-05T12:00:00Z') });
});
afterAll(async () => {
  // Every dialog was cancelled: the test's own files folder stays empty and nothing appeared in the working folder.
  expect(h.dialogs.calls.every((call) => call.answer === null || call.answer === 'cancel')).toBe(true);
  expect(readdirSync(h.filesDir)).toEqual([]);
  expect(readdirSync(process.cwd()).sort()).toEqual(cwdBefore);
  expect(h.shell.shownPaths).toEqual([]);
  await h.dispose();
});

const pack = samplePackData;
/** One valid request per method, the starting point for the mutated ones. */
const VALID_REQUESTS: Record<ApiMethod, unknown[]> = {
  listCatalogues: [{}],
  getCatalogue: [{}, { catalogueId: 'builtin' }],
  listSeminars: [{}, { catalogueId: 'builtin' }],
  previewCatalogueImport: [{}],
  keepCatalogueImport: [{ token: 'a-token' }],
  removeCatalogue: [{ catalogueId: 'imported-20240305-abc' }],
  getCatalogueImport: [{ token: 'a-token' }],
  createCatalogue: [{ title: 'My programme' }],
  duplicateCatalogue: [{ catalogueId: 'builtin', title: 'A copy' }],
  renameCatalogue: [{ catalogueId: 'imported-abcdef123456', title: 'Renamed' }],
  openCatalogueEditor: [{ catalogueId: 'builtin' }, { catalogueId: 'imported-abcdef123456', takeOver: true }],
  saveCatalogue: [{ catalogueId: 'imported-abcdef123456', catalogue: builtinCatalogueData }],
  writeCatalogueDraft: [{ catalogueId: 'imported-abcdef123456', catalogue: builtinCatalogueData }],
  closeCatalogueEditor: [{ catalogueId: 'imported-abcdef123456', discardDraft: true }],
  newPack: [{}, { catalogueId: 'builtin' }],
  openPack: [{}, { filePath: '/etc/passwd' }],
  savePack: [
    { pack, filePath: null, saveAs: false },
    { pack, filePath: '/tmp/not-handed-out.briefpack', saveAs: false },
  ],
  listRecentPacks: [{}],
  setDocumentState: [{ displayName: 'Untitled', dirty: true, filePath: null }],
  exportPack: [{ pack, formats: ['pdf', 'docx'], jobId: 'job-1', suggestedName: 'pack' }],
  showInFolder: [{ filePath: '/etc/passwd' }],
  writeRecovery: [{ pack, filePath: null, displayName: 'Untitled' }],
  listRecovery: [{}],
  restoreRecovery: [{ id: 'session-1' }],
  discardRecovery: [{}, { id: 'session-1' }],
  getSettings: [{}],
  updateSettings: [{ defaultMarking: 'OFFICIAL', defaultTimeZones: ['Europe/Vienna'], defaultPaper: 'a4' }],
};

/** Requests whose `pack` is a valid pack with hostile text (so handlers get past validation). */
function withHostilePack(method: ApiMethod): fc.Arbitrary<unknown> | undefined {
  const base = VALID_REQUESTS[method][0] as Record<string, unknown>;
  if (!('pack' in base)) return undefined;
  return fc
    .record({ pack: hostileValidPack(), name: hostileText({ maxLength: 150 }) })
    .map(({ pack: hostile, name }) => ({
      ...base,
      pack: hostile,
      ...('displayName' in base ? { displayName: name } : {}),
      ...('suggestedName' in base ? { suggestedName: name } : {}),
    }));
}

/** Strings as ids, tokens and paths: hostile text, traversal, absolute paths, very long. */
const hostileIdOrPath = fc.oneof(
  hostileText({ maxLength: 300 }),
  fc.constantFrom('..', '../../etc/passwd', '/etc/passwd', 'C:\\Windows\\win.ini', 'builtin/../x', 'a'.repeat(4_096)),
);

function requestFor(method: ApiMethod): fc.Arbitrary<unknown> {
  const valid = VALID_REQUESTS[method];
  const keys = [...new Set(valid.flatMap((request) => Object.keys(request as object)))];
  const arbitraries: fc.WeightedArbitrary<unknown>[] = [
    { weight: 3, arbitrary: hostileJsonValue(3) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 4, withNullPrototype: true, withMap: true }) },
    { weight: 1, arbitrary: fc.constantFrom(...valid) },
    { weight: 3, arbitrary: fc.constantFrom(...valid).chain((request) => mutatedValid(request, 2)) },
  ];
  if (keys.length > 0) {
    // Valid shape, hostile strings in the id/path/token fields.
    arbitraries.push({
      weight: 3,
      arbitrary: fc
        .record({ request: fc.constantFrom(...valid), key: fc.constantFrom(...keys), value: hostileIdOrPath })
        .map(({ request, key, value }) => ({ ...(request as object), [key]: value })),
    });
  }
  const hostilePack = withHostilePack(method);
  if (hostilePack) arbitraries.push({ weight: 3, arbitrary: hostilePack });
  return fc.oneof(...arbitraries);
}

const senderUrl = fc.oneof(
  { weight: 9, arbitrary: fc.constant(TRUSTED_URL) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      undefined,
      '',
      'https://evil.example/',
      'app://bundle.evil/index.html',
      'file:///etc/passwd',
      'http://127.0.0.1:1/index.html',
      'javascript:alert(1)',
      `${TRUSTED_URL}\u0000`,
      'APP://BUNDLE/index.html',
    ),
  },
);

const METHODS = Object.keys(IPC_CONTRACT) as ApiMethod[];

describe('every IPC handler on hostile requests', () => {
  it('registers a listener for every method of the contract', () => {
    for (const method of METHODS) expect(h.listeners.has(IPC_CONTRACT[method].channel), method).toBe(true);
  });

  it.each(METHODS)('%s answers every request with a contract response or a typed error', async (method) => {
    const listener = h.listeners.get(IPC_CONTRACT[method].channel)!;
    await fc.assert(
      fc.asyncProperty(requestFor(method), senderUrl, async (request, url) => {
        let result: unknown;
        try {
          result = await listener({ senderUrl: url }, request);
        } catch (error) {
          throw new Error(`${method} rejected: ${String(error)}`, { cause: error });
        }
        // Whatever comes back must cross IPC (structured clone) as it is.
        expect(structuredClone(result)).toEqual(result);
        const answer = result as { ok: boolean; data?: unknown; code?: unknown; message?: unknown };
        if (url !== TRUSTED_URL) {
          expect(answer).toMatchObject({ ok: false, code: 'forbidden-sender' });
          return;
        }
        if (answer.ok) {
          const parsed = IPC_CONTRACT[method].response.safeParse(answer.data);
          expect(parsed.success, parsed.success ? '' : `${method}: ${parsed.error.message}`).toBe(true);
        } else {
          expect(answer.ok).toBe(false);
          expect(typeof answer.code).toBe('string');
          expect(typeof answer.message).toBe('string');
          expect((answer.message as string).trim()).not.toBe('');
          expect(answer.code, `${method}: ${String(answer.message)}`).not.toBe('internal');
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
