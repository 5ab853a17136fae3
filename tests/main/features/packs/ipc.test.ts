import { readFile, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { windowTitle } from '../../../../src/main/session/document-state';
import type { Catalogue } from '../../../../src/shared/catalogue';
import { type Pack, createDefaultPack, serialisePack, withSeminars } from '../../../../src/shared/pack';
import { type Harness, createHarness } from '../../support/harness';

/** What open and restore add for a sound pack whose catalogue is here and unchanged. */
const OPENED_CLEAN = { sourceAvailable: true, warnings: [], programmeChanges: [] };

const NOW = new Date('2024-03-05T12:00:00Z');
let h: Harness & { filesDir: string; dispose(): Promise<void> };
beforeEach(async () => {
  h = await createHarness({ now: () => NOW });
});
afterEach(async () => {
  await h.dispose();
});

/** The pack with these seminars chosen and its programme snapshot following, as the app keeps it. */
function withChosen(pack: Pack, catalogue: Catalogue, seminarIds: string[]): Pick<Pack, 'seminarIds' | 'programme'> {
  return { seminarIds, programme: withSeminars(pack.programme, catalogue, seminarIds) };
}

async function newPack(): Promise<Pack> {
  return (await h.ok('newPack', {})).pack;
}

async function saveAs(pack: Pack, target: string) {
  h.dialogs.queueSave(target);
  const saved = await h.ok('savePack', { pack, filePath: null, saveAs: false });
  if ('cancelled' in saved) throw new Error('cancelled');
  return saved;
}

describe('newPack', () => {
  it('starts empty (no seminar chosen yet), dated today, with the settings defaults', async () => {
    await h.ok('updateSettings', {
      defaultMarking: 'OFFICIAL',
      defaultTimeZones: ['America/New_York', 'Europe/Vienna'],
      defaultPaper: 'letter',
    });
    const opened = await h.ok('newPack', {});
    expect(opened.filePath).toBeNull();
    expect(opened.displayName).toBe('Untitled');
    expect(opened.pack).toMatchObject({
      date: '2024-03-05',
      marking: 'OFFICIAL',
      timeZones: ['America/New_York', 'Europe/Vienna'],
      paper: 'letter',
      title: 'Cybercrime and criminal justice in cyberspace',
    });
    // A new pack starts empty: choosing its seminars is the first step.
    expect(opened.pack.seminarIds).toEqual([]);
    expect(opened.pack.programme.source).toMatchObject({ catalogueId: 'builtin' });
    expect(opened.sourceAvailable).toBe(true);
  });

  it('records the catalogue of a pack made from an imported catalogue, and refuses unknown ones', async () => {
    h.dialogs.queueOpen(path.resolve(__dirname, '../../../fixtures/programmes/series-es.txt'));
    const preview = await h.ok('previewCatalogueImport', {});
    if ('cancelled' in preview) throw new Error('cancelled');
    const entry = await h.ok('keepCatalogueImport', { token: preview.token });
    const opened = await h.ok('newPack', { catalogueId: entry.id });
    expect(opened.pack.programme.source.catalogueId).toBe(entry.id);
    expect(opened.pack.seminarIds).toEqual([]);
    expect(await h.call('newPack', { catalogueId: 'imported-nothere' })).toMatchObject({
      ok: false,
      code: 'not-found',
    });
  });
});

describe('savePack', () => {
  it('asks where to save a new pack, adds the .briefpack extension and writes atomically', async () => {
    const pack = await newPack();
    const saved = await saveAs(pack, path.join(h.filesDir, 'Vienna brief'));
    const target = path.join(h.filesDir, 'Vienna brief.briefpack');
    expect(saved).toEqual({ filePath: target, displayName: 'Vienna brief.briefpack' });
    expect(await readFile(target, 'utf8')).toBe(serialisePack(pack));
    // The pack and its lock (the pack stays open in this window after saving).
    expect((await readdir(h.filesDir)).sort()).toEqual(['.~lock.Vienna brief.briefpack#', 'Vienna brief.briefpack']);
    expect(h.dialogs.calls[0]).toMatchObject({
      kind: 'save',
      defaultPath: 'Cybercrime and criminal justice in cyberspace.briefpack',
      filters: [{ name: 'Briefing packs', extensions: ['briefpack'] }],
    });
  });

  it('saves to the same file without a dialog, and shows one for Save As', async () => {
    const pack = await newPack();
    const { filePath } = await saveAs(pack, path.join(h.filesDir, 'brief.briefpack'));
    const edited = { ...pack, title: 'Edited' };
    expect(await h.ok('savePack', { pack: edited, filePath, saveAs: false })).toEqual({
      filePath,
      displayName: 'brief.briefpack',
    });
    expect(h.dialogs.calls).toHaveLength(1);
    expect(JSON.parse(await readFile(filePath, 'utf8'))).toMatchObject({ title: 'Edited' });
    h.dialogs.queueSave(path.join(h.filesDir, 'copy.BRIEFPACK'));
    expect(await h.ok('savePack', { pack: edited, filePath, saveAs: true })).toEqual({
      filePath: path.join(h.filesDir, 'copy.BRIEFPACK'),
      displayName: 'copy.BRIEFPACK',
    });
    expect(h.dialogs.calls[1]).toMatchObject({ kind: 'save', defaultPath: filePath });
    // Save As moved the lock to the new file.
    expect((await readdir(h.filesDir)).sort()).toEqual(['.~lock.copy.BRIEFPACK#', 'brief.briefpack', 'copy.BRIEFPACK']);
  });

  it('returns { cancelled: true } when the save dialog is cancelled, writing nothing', async () => {
    h.dialogs.queueSave(null);
    expect(await h.ok('savePack', { pack: await newPack(), filePath: null, saveAs: false })).toEqual({
      cancelled: true,
    });
    expect(await readdir(h.filesDir)).toEqual([]);
  });

  it('does not write to a path the app never offered: it asks instead', async () => {
    const elsewhere = path.join(h.filesDir, 'not-offered.briefpack');
    h.dialogs.queueSave(null);
    expect(await h.ok('savePack', { pack: await newPack(), filePath: elsewhere, saveAs: false })).toEqual({
      cancelled: true,
    });
    expect(h.dialogs.calls).toHaveLength(1);
    expect(await readdir(h.filesDir)).toEqual([]);
  });

  it('reports a failed write as a value naming the file, leaving no temporary file', async () => {
    const result = await (async () => {
      h.dialogs.queueSave(path.join(h.filesDir, 'missing-folder', 'brief.briefpack'));
      return h.call('savePack', { pack: await newPack(), filePath: null, saveAs: false });
    })();
    expect(result).toMatchObject({ ok: false, code: 'write-failed' });
    expect(result.ok ? '' : result.message).toMatch(/brief\.briefpack could not be saved .*the folder does not exist/);
    expect(await readdir(h.filesDir)).toEqual([]);
  });

  it('refuses an invalid pack before touching anything', async () => {
    const pack = { ...(await newPack()), date: 'yesterday' };
    expect(await h.call('savePack', { pack, filePath: null, saveAs: false })).toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
    expect(h.dialogs.calls).toEqual([]);
  });
});

describe('openPack', () => {
  it('opens a pack chosen in the dialog and the same pack again from the recent list', async () => {
    const builtin = await h.ok('getCatalogue', {});
    const base = { ...(await newPack()), title: 'Round trip' };
    const pack = { ...base, ...withChosen(base, builtin, ['seminar-2020-06-24', 'seminar-2020-07-09']) };
    const { filePath } = await saveAs(pack, path.join(h.filesDir, 'round.briefpack'));
    await h.services.packLocks.releaseAll(); // the first run's window closes
    const later = h.restart();
    later.dialogs.queueOpen(filePath);
    expect(await later.ok('openPack', {})).toEqual({ pack, filePath, displayName: 'round.briefpack', ...OPENED_CLEAN });
    expect(await later.ok('openPack', { filePath })).toEqual({
      pack,
      filePath,
      displayName: 'round.briefpack',
      ...OPENED_CLEAN,
    });
    expect(later.dialogs.calls).toHaveLength(1);
  });

  it('returns { cancelled: true } when the open dialog is cancelled', async () => {
    h.dialogs.queueOpen(null);
    expect(await h.ok('openPack', {})).toEqual({ cancelled: true });
  });

  it('refuses a path the app never offered, and relative paths', async () => {
    const file = path.join(h.filesDir, 'planted.briefpack');
    await writeFile(file, serialisePack(await newPack()));
    const planted = await h.call('openPack', { filePath: file });
    expect(planted).toMatchObject({ ok: false, code: 'invalid-request' });
    expect(planted.ok ? '' : planted.message).toContain('planted.briefpack');
    expect(await h.call('openPack', { filePath: 'planted.briefpack' })).toMatchObject({ code: 'invalid-request' });
  });

  it('refuses a pack from a newer version with a clear message, leaving the file untouched', async () => {
    const file = path.join(h.filesDir, 'future.briefpack');
    await writeFile(file, JSON.stringify({ ...(await newPack()), version: 7, newField: true }, null, 2));
    const before = { bytes: await readFile(file), mtimeMs: (await stat(file)).mtimeMs };
    h.dialogs.queueOpen(file);
    const result = await h.call('openPack', {});
    expect(result).toMatchObject({ ok: false, code: 'newer-version' });
    expect(result.ok ? '' : result.message).toMatch(
      /^future\.briefpack: This pack was saved by a newer version .*version 7.*The file has not been changed\.$/,
    );
    expect((await readFile(file)).equals(before.bytes)).toBe(true);
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
    expect(await readdir(h.filesDir)).toEqual(['future.briefpack']);
  });

  it('names the file when it is truncated JSON, not a pack, or gone', async () => {
    const truncated = path.join(h.filesDir, 'cut.briefpack');
    await writeFile(truncated, serialisePack(await newPack()).slice(0, 120));
    const other = path.join(h.filesDir, 'notes.briefpack');
    await writeFile(other, JSON.stringify({ hello: 'world' }));
    const cases: [string, string, RegExp][] = [
      [truncated, 'invalid-file', /^cut\.briefpack is not valid JSON: /],
      [other, 'invalid-file', /^notes\.briefpack: This file is not a Briefing Pack Builder pack\.$/],
      [path.join(h.filesDir, 'gone.briefpack'), 'not-found', /^gone\.briefpack: no such file/],
    ];
    for (const [file, code, message] of cases) {
      h.dialogs.queueOpen(file);
      const result = await h.call('openPack', {});
      expect(result).toMatchObject({ ok: false, code });
      expect(result.ok ? '' : result.message).toMatch(message);
    }
  });

  it('opens a pack that names a seminar nobody has, leaving it out with a warning and the rest in place', async () => {
    const file = path.join(h.filesDir, 'mismatch.briefpack');
    const pack = { ...(await newPack()), seminarIds: ['seminar-2020-06-24', 'seminar-1999-01-01'] };
    await writeFile(file, serialisePack(pack));
    h.dialogs.queueOpen(file);
    const opened = await h.ok('openPack', {});
    if (!('pack' in opened)) throw new Error('not opened');
    expect(opened.pack.seminarIds).toEqual(['seminar-2020-06-24']);
    expect(opened.pack.programme.seminars.map((seminar) => seminar.id)).toEqual(['seminar-2020-06-24']);
    expect(opened.warnings).toEqual([{ kind: 'seminar-dropped', seminarId: 'seminar-1999-01-01' }]);
  });

  it('opens a pack whose catalogue is not in this app, on the programme it carries', async () => {
    const base = await newPack();
    const builtin = await h.ok('getCatalogue', {});
    const pack = createDefaultPack(builtin, {
      today: '2024-03-05',
      seminarIds: ['seminar-2020-07-09'],
      catalogueId: 'imported-gone1234',
      topicBriefs: { 'capacity-building': { summary: 'Mine.', pointsToMake: [], background: '' } },
    });
    const file = path.join(h.filesDir, 'other-catalogue.briefpack');
    await writeFile(file, serialisePack({ ...pack, marking: base.marking }));
    h.dialogs.queueOpen(file);
    const opened = await h.ok('openPack', {});
    if (!('pack' in opened)) throw new Error('not opened');
    expect(opened.sourceAvailable).toBe(false);
    expect(opened.warnings).toEqual([]);
    expect(opened.pack.seminarIds).toEqual(['seminar-2020-07-09']);
    expect(opened.pack.programme).toEqual(pack.programme);
    expect(opened.pack.topicBriefs).toEqual(pack.topicBriefs);
  });
});

describe('recent packs', () => {
  it('keeps at most 10, most recent first, dropping files that no longer exist', async () => {
    let clock = Date.parse('2024-03-05T12:00:00Z');
    const later = h.restart({ now: () => new Date((clock += 1000)) });
    const pack = await newPack();
    const paths: string[] = [];
    for (let i = 0; i < 12; i++) {
      later.dialogs.queueSave(path.join(h.filesDir, `pack-${i}.briefpack`));
      const saved = await later.ok('savePack', { pack, filePath: null, saveAs: false });
      if ('cancelled' in saved) throw new Error('cancelled');
      paths.push(saved.filePath);
    }
    let recent = await later.ok('listRecentPacks', {});
    expect(recent.map((entry) => entry.displayName)).toEqual(
      [11, 10, 9, 8, 7, 6, 5, 4, 3, 2].map((i) => `pack-${i}.briefpack`),
    );
    expect(recent[0]!.openedAt > recent[1]!.openedAt).toBe(true);
    await unlink(paths[10]!);
    // Opening an older one moves it to the top.
    await later.ok('openPack', { filePath: paths[5] });
    recent = await later.ok('listRecentPacks', {});
    expect(recent.map((entry) => entry.displayName).slice(0, 3)).toEqual([
      'pack-5.briefpack',
      'pack-11.briefpack',
      'pack-9.briefpack',
    ]);
    expect(recent).toHaveLength(9);
  });

  it('treats a damaged recent.json as an empty list', async () => {
    await h.ok('updateSettings', {});
    await writeFile(path.join(h.userDataDir, 'recent.json'), '[[[');
    expect(await h.ok('listRecentPacks', {})).toEqual([]);
  });
});

describe('setDocumentState', () => {
  it('keeps the document state for the window title and the close prompt', async () => {
    const seen: string[] = [];
    h.services.documentState.subscribe((state) => seen.push(windowTitle(state)));
    await h.ok('setDocumentState', { displayName: 'brief.briefpack', dirty: true, filePath: null });
    await h.ok('setDocumentState', { displayName: 'brief.briefpack', dirty: false, filePath: null });
    expect(seen).toEqual(['• brief.briefpack — Briefing Pack Builder', 'brief.briefpack — Briefing Pack Builder']);
    expect(await h.call('setDocumentState', { displayName: 'x', dirty: 'yes', filePath: null })).toMatchObject({
      code: 'invalid-request',
    });
  });

  it('keeps a file path only when the app offered it', async () => {
    await h.ok('setDocumentState', { displayName: 'x', dirty: true, filePath: '/etc/passwd' });
    expect(h.services.documentState.get().filePath).toBeNull();
    const { filePath } = await saveAs(await newPack(), path.join(h.filesDir, 'mine.briefpack'));
    await h.ok('setDocumentState', { displayName: 'mine.briefpack', dirty: false, filePath });
    expect(h.services.documentState.get()).toEqual({ displayName: 'mine.briefpack', dirty: false, filePath });
  });
});

describe('names that appear after the save dialog asked (issue 10, item 4)', () => {
  it('asks before replacing the .briefpack a name without an extension turns into, and keeps it when told no', async () => {
    const pack = await newPack();
    const existing = path.join(h.filesDir, 'notes.briefpack');
    await writeFile(existing, 'the user’s other pack');
    h.dialogs.queueSave(path.join(h.filesDir, 'notes'));
    h.dialogs.queueReplace(false);
    expect(await h.ok('savePack', { pack, filePath: null, saveAs: false })).toEqual({ cancelled: true });
    expect(await readFile(existing, 'utf8')).toBe('the user’s other pack');
    expect(h.dialogs.calls[1]).toEqual({
      kind: 'replace',
      language: 'en',
      folder: h.filesDir,
      existing: ['notes.briefpack'],
      writing: ['notes.briefpack'],
      answer: false,
    });

    h.dialogs.queueSave(path.join(h.filesDir, 'notes'));
    h.dialogs.queueReplace(true);
    expect(await h.ok('savePack', { pack, filePath: null, saveAs: false })).toMatchObject({ filePath: existing });
    expect(await readFile(existing, 'utf8')).toBe(serialisePack(pack));
  });

  it('does not ask again when the dialog was given the final name (its own prompt covered it)', async () => {
    const pack = await newPack();
    const existing = path.join(h.filesDir, 'notes.briefpack');
    await writeFile(existing, 'old');
    h.dialogs.queueSave(existing);
    await h.ok('savePack', { pack, filePath: null, saveAs: false });
    expect(h.dialogs.calls.map((call) => call.kind)).toEqual(['save']);
    expect(await readFile(existing, 'utf8')).toBe(serialisePack(pack));
  });

  it('titles the dialogs and names the file type in the interface language', async () => {
    await h.ok('updateSettings', { interfaceLanguage: 'fr' });
    const pack = await newPack();
    h.dialogs.queueSave(null);
    await h.ok('savePack', { pack, filePath: null, saveAs: true });
    await h.ok('openPack', {});
    expect(h.dialogs.calls).toMatchObject([
      {
        kind: 'save',
        title: 'Enregistrer le dossier d’information sous',
        filters: [{ name: 'Dossiers d’information' }],
      },
      { kind: 'open', title: 'Ouvrir un dossier d’information' },
    ]);
  });

  it('tells the app which file failed and why, for a message in the interface language', async () => {
    const truncated = path.join(h.filesDir, 'cut.briefpack');
    await writeFile(truncated, '{ "format": ');
    h.dialogs.queueOpen(truncated);
    expect(await h.call('openPack', {})).toMatchObject({ ok: false, file: 'cut.briefpack', reason: 'not-json' });
    h.dialogs.queueOpen(path.join(h.filesDir, 'gone.briefpack'));
    expect(await h.call('openPack', {})).toMatchObject({ ok: false, file: 'gone.briefpack', reason: 'not-found' });
    h.dialogs.queueSave(path.join(h.filesDir, 'no-such-folder', 'brief'));
    expect(await h.call('savePack', { pack: await newPack(), filePath: null, saveAs: false })).toMatchObject({
      ok: false,
      code: 'write-failed',
      file: 'brief.briefpack',
      reason: 'no-folder',
    });
  });
});
