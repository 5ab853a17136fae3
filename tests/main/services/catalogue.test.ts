import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCatalogueService, loadCatalogueFile } from '../../../src/main/services/catalogue';
import { findResourcesDir } from '../../../src/main/services/resources';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bpb-catalogue-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('catalogue service', () => {
  it('loads and validates the built-in catalogue', async () => {
    const result = await createCatalogueService(findResourcesDir()).loadBuiltin();
    if (!result.ok) throw new Error(result.message);
    expect(result.data.seminars).toHaveLength(5);
    expect(result.data.people).toHaveLength(25);
  });

  it('prefixes validation problems with the file name and keeps their paths', async () => {
    const path = join(dir, 'broken.json');
    await writeFile(
      path,
      JSON.stringify({
        format: 'briefing-pack-catalogue',
        version: 1,
        series: [],
        topics: [],
        people: [],
        seminars: [{}],
      }),
    );
    const result = await loadCatalogueFile(path);
    expect(result).toMatchObject({ ok: false, code: 'invalid-catalogue' });
    if (result.ok) return;
    expect(result.message).toMatch(
      /^broken\.json: This catalogue is damaged: seminar 1: the id is missing \(and \d+ more problems\)\.$/,
    );
    expect(result.problems?.every((problem) => problem.path.startsWith('seminars[0]'))).toBe(true);
  });
});
