import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Harness, createHarness } from '../../support/harness';

let h: Harness & { filesDir: string; dispose(): Promise<void> };
beforeEach(async () => {
  h = await createHarness({ systemLocale: 'fr-FR', now: () => new Date('2024-03-05T12:00:00.000Z') });
});
afterEach(async () => {
  await h.dispose();
  vi.restoreAllMocks();
});

const defaults = {
  interfaceLanguage: null,
  defaultMarking: 'UNCLASSIFIED',
  defaultTimeZones: [],
  defaultPaper: 'a4',
};

describe('settings', () => {
  it('starts from the defaults and the system locale, without writing anything', async () => {
    expect(await h.ok('getSettings', {})).toEqual({ ...defaults, systemLocale: 'fr-FR' });
    await expect(readdir(h.userDataDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('updates part of the settings, writes them atomically and reads them back in a new session', async () => {
    const updated = await h.ok('updateSettings', { interfaceLanguage: 'es', defaultTimeZones: ['Europe/Vienna'] });
    expect(updated).toEqual({ ...defaults, interfaceLanguage: 'es', defaultTimeZones: ['Europe/Vienna'] });
    expect(await readdir(h.userDataDir)).toEqual(['settings.json']);
    expect(JSON.parse(await readFile(path.join(h.userDataDir, 'settings.json'), 'utf8'))).toEqual(updated);
    expect(await h.restart().ok('getSettings', {})).toEqual({ ...updated, systemLocale: 'fr-FR' });
    // Back to following the system language.
    expect(await h.ok('updateSettings', { interfaceLanguage: null })).toMatchObject({ interfaceLanguage: null });
  });

  it('refuses invalid values as values, leaving the settings unchanged', async () => {
    for (const request of [
      { interfaceLanguage: 'de' },
      { defaultPaper: 'a3' },
      { defaultTimeZones: ['Mars/Olympus'] },
      { defaultTimeZones: ['UTC'] },
      { defaultTimeZones: ['Europe/Vienna', 'Europe/Vienna'] },
      { defaultMarking: 'x'.repeat(101) },
      { unknown: true },
    ])
      expect(await h.call('updateSettings', request)).toMatchObject({ ok: false, code: 'invalid-request' });
    expect(await h.ok('getSettings', {})).toEqual({ ...defaults, systemLocale: 'fr-FR' });
  });

  it('falls back to the defaults for a corrupt file, keeping it aside', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await mkdir(h.userDataDir, { recursive: true });
    await writeFile(path.join(h.userDataDir, 'settings.json'), '{"interfaceLanguage": "fr", "defaultMar');
    expect(await h.ok('getSettings', {})).toEqual({ ...defaults, systemLocale: 'fr-FR' });
    const aside = 'settings.json.corrupt-2024-03-05T12-00-00-000Z';
    expect(await readdir(h.userDataDir)).toEqual([aside]);
    expect(await readFile(path.join(h.userDataDir, aside), 'utf8')).toContain('"defaultMar');
    // The next change writes a fresh file.
    await h.ok('updateSettings', { defaultPaper: 'letter' });
    expect((await readdir(h.userDataDir)).sort()).toEqual(['settings.json', aside]);
  });

  it('keeps valid fields, fills missing ones with defaults, and sets aside a file with invalid values', async () => {
    await mkdir(h.userDataDir, { recursive: true });
    await writeFile(path.join(h.userDataDir, 'settings.json'), JSON.stringify({ defaultPaper: 'letter', extra: 1 }));
    expect(await h.ok('getSettings', {})).toEqual({ ...defaults, defaultPaper: 'letter', systemLocale: 'fr-FR' });

    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await writeFile(path.join(h.userDataDir, 'settings.json'), JSON.stringify({ defaultPaper: 'A0' }));
    expect(await h.restart().ok('getSettings', {})).toEqual({ ...defaults, systemLocale: 'fr-FR' });
    expect((await readdir(h.userDataDir)).some((name) => name.startsWith('settings.json.corrupt-'))).toBe(true);
  });
});
