/**
 * What tests/main/services/files.test.ts and the packs feature tests leave out:
 * a pack over 20 MB opened through the openPack handler is refused before it is
 * parsed, with a message naming the file, and the file is left as it was.
 */
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_INPUT_FILE_BYTES } from '../../../../src/main/services/files/read';
import { createHarness } from '../../../main/support/harness';

let h: Awaited<ReturnType<typeof createHarness>>;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.dispose();
});

describe('openPack on a file over 20 MB', () => {
  it('refuses it before parsing, naming the file, and leaves it untouched', async () => {
    const file = path.join(h.filesDir, 'huge.briefpack');
    // Not even JSON: if it were parsed, the answer would be a JSON error instead.
    await writeFile(file, Buffer.alloc(MAX_INPUT_FILE_BYTES + 1, 0x7b));
    const before = await stat(file);
    h.dialogs.queueOpen(file);
    const result = await h.call('openPack', {});
    expect(result).toMatchObject({ ok: false, code: 'too-large' });
    expect(result.ok ? '' : result.message).toMatch(/huge\.briefpack.*20 MB/);
    const after = await stat(file);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
  });
});
