import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../../src/shared/catalogue/schema';
import { IPC_CONTRACT } from '../../../../src/shared/ipc/contract';
import { withSeminars } from '../../../../src/shared/pack/programme';
import { type Harness, createHarness } from '../../support/harness';

const programmes = path.resolve(__dirname, '../../../fixtures/programmes');
const editorMethods = [
  'getCatalogueImport',
  'createCatalogue',
  'duplicateCatalogue',
  'renameCatalogue',
  'openCatalogueEditor',
  'saveCatalogue',
  'writeCatalogueDraft',
  'closeCatalogueEditor',
] as const;

let h: Harness & { filesDir: string; dispose(): Promise<void> };
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.services.catalogueEditing.releaseAll();
  await h.dispose();
});

async function importFile(harness: Harness, file: string) {
  harness.dialogs.queueOpen(file);
  const preview = await harness.ok('previewCatalogueImport', {});
  if ('cancelled' in preview) throw new Error('cancelled');
  return preview;
}

async function openForEditing(harness: Harness, catalogueId: string) {
  const session = await harness.ok('openCatalogueEditor', { catalogueId });
  if ('inUse' in session) throw new Error('in use');
  return session;
}

const cataloguesDir = () => path.join(h.userDataDir, 'catalogues');

describe('catalogue editor IPC: new, copy, rename, delete', () => {
  it('registers every editor method of the contract', () => {
    for (const method of editorMethods) expect(h.listeners.has(IPC_CONTRACT[method].channel)).toBe(true);
  });

  it('makes a new, empty catalogue of the user’s own, listed and editable', async () => {
    const entry = await h.ok('createCatalogue', { title: '  Vienna workshops  ' });
    expect(entry).toMatchObject({ title: 'Vienna workshops', source: 'own', seminarCount: 0 });
    expect((await h.ok('listCatalogues', {})).map((e) => e.id)).toEqual(['builtin', entry.id]);
    const session = await openForEditing(h, entry.id);
    expect(session.catalogue).toMatchObject({ id: entry.id, title: 'Vienna workshops', seminars: [], people: [] });
    expect(session.catalogue.series).toHaveLength(1);
    expect(await h.call('createCatalogue', { title: '   ' })).toMatchObject({ ok: false, code: 'invalid-request' });
  });

  it('duplicates the built-in catalogue under an identity of its own; the built-in one stays read-only', async () => {
    const builtin = await h.ok('getCatalogue', {});
    const copy = await h.ok('duplicateCatalogue', { catalogueId: 'builtin', title: 'Our copy' });
    expect(copy).toMatchObject({ title: 'Our copy', source: 'own', seminarCount: builtin.seminars.length });
    const copied = await h.ok('getCatalogue', { catalogueId: copy.id });
    expect(copied.seminars).toEqual(builtin.seminars);
    expect(copied.id).toBe(copy.id);
    for (const [method, request] of [
      ['openCatalogueEditor', { catalogueId: 'builtin' }],
      ['renameCatalogue', { catalogueId: 'builtin', title: 'Mine' }],
      ['saveCatalogue', { catalogueId: 'builtin', catalogue: builtin }],
      ['removeCatalogue', { catalogueId: 'builtin' }],
    ] as const)
      expect(await h.call(method, request)).toMatchObject({ ok: false, code: 'read-only' });
    expect(await h.ok('getCatalogue', {})).toEqual(builtin);
  });

  it('renames a catalogue (kept across sessions) and deletes it; a pack made from it still opens', async () => {
    const entry = await h.ok('keepCatalogueImport', {
      token: (await importFile(h, path.join(programmes, 'series-es.txt'))).token,
    });
    const renamed = await h.ok('renameCatalogue', { catalogueId: entry.id, title: 'Seminarios 2020' });
    expect(renamed).toMatchObject({ id: entry.id, title: 'Seminarios 2020' });
    expect((await h.restart().ok('listCatalogues', {}))[1]).toMatchObject({ id: entry.id, title: 'Seminarios 2020' });

    // A pack built on it, saved.
    const opened = await h.ok('newPack', { catalogueId: entry.id });
    const catalogue = await h.ok('getCatalogue', { catalogueId: entry.id });
    const seminarIds = [catalogue.seminars[0]!.id];
    const pack = { ...opened.pack, seminarIds, programme: withSeminars(opened.pack.programme, catalogue, seminarIds) };
    const packPath = path.join(h.filesDir, 'pack.briefpack');
    h.dialogs.queueSave(packPath);
    await h.ok('savePack', { pack, filePath: null, saveAs: false });

    expect(await h.ok('removeCatalogue', { catalogueId: entry.id })).toEqual({ removed: true });
    expect((await h.ok('listCatalogues', {})).map((e) => e.id)).toEqual(['builtin']);
    const reopened = await h.ok('openPack', { filePath: packPath });
    if ('cancelled' in reopened || 'inUse' in reopened) throw new Error('not opened');
    expect(reopened.sourceAvailable).toBe(false);
    expect(reopened.pack.programme.seminars.map((s) => s.title)).toEqual([catalogue.seminars[0]!.title]);
  });
});

describe('catalogue editor IPC: editing', () => {
  it('saves an edited catalogue atomically, keeping its identity, and refuses one with problems', async () => {
    const copy = await h.ok('duplicateCatalogue', { catalogueId: 'builtin', title: 'Edited' });
    const { catalogue } = await openForEditing(h, copy.id);
    const edited: Catalogue = structuredClone(catalogue);
    edited.people[0]!.givenName = 'Patrick';
    edited.seminars[0]!.start = '2020-06-24T08:00:00Z';
    const saved = await h.ok('saveCatalogue', {
      catalogueId: copy.id,
      catalogue: { ...edited, id: 'imported-other1' },
    });
    expect(saved.catalogue.id).toBe(copy.id);
    const file = JSON.parse(await readFile(path.join(cataloguesDir(), `${copy.id}.catalogue.json`), 'utf8'));
    expect(file.people[0].givenName).toBe('Patrick');
    expect((await h.ok('getCatalogue', { catalogueId: copy.id })).seminars[0]!.start).toBe('2020-06-24T08:00:00Z');
    // No temporary file is left beside it.
    expect((await readdir(cataloguesDir())).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    for (const [breakIt, path] of [
      [(c: Catalogue) => (c.seminars[0]!.end = c.seminars[0]!.start), 'seminars[0].end'],
      [(c: Catalogue) => (c.people[1]!.familyName = ''), 'people[1].familyName'],
    ] as const) {
      const broken = structuredClone(edited);
      breakIt(broken);
      const refused = await h.call('saveCatalogue', { catalogueId: copy.id, catalogue: broken });
      expect(refused).toMatchObject({ ok: false, code: 'invalid-catalogue' });
      expect(refused.ok ? [] : refused.problems?.map((problem) => problem.path)).toEqual([path]);
    }
    expect(JSON.parse(await readFile(path.join(cataloguesDir(), `${copy.id}.catalogue.json`), 'utf8'))).toEqual(file);
    // Not a catalogue's shape at all: refused by the contract.
    expect(await h.call('saveCatalogue', { catalogueId: copy.id, catalogue: { format: 'x' } })).toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
  });

  it('lets one window edit a catalogue at a time; another may take it over, and then the first cannot save', async () => {
    const copy = await h.ok('duplicateCatalogue', { catalogueId: 'builtin', title: 'Shared' });
    const { catalogue } = await openForEditing(h, copy.id);
    const other = h.restart();
    const refused = await other.ok('openCatalogueEditor', { catalogueId: copy.id });
    expect(refused).toEqual({ inUse: { title: 'Shared', message: expect.stringMatching(/another window/) } });
    expect(await other.call('renameCatalogue', { catalogueId: copy.id, title: 'X' })).toMatchObject({
      code: 'catalogue-in-use',
    });
    expect(await other.call('removeCatalogue', { catalogueId: copy.id })).toMatchObject({ code: 'catalogue-in-use' });
    expect(await other.call('saveCatalogue', { catalogueId: copy.id, catalogue })).toMatchObject({
      code: 'catalogue-in-use',
    });

    const taken = await other.ok('openCatalogueEditor', { catalogueId: copy.id, takeOver: true });
    expect('inUse' in taken).toBe(false);
    expect(await h.call('saveCatalogue', { catalogueId: copy.id, catalogue })).toMatchObject({
      ok: false,
      code: 'catalogue-in-use',
    });
    await other.ok('closeCatalogueEditor', { catalogueId: copy.id, discardDraft: true });
    expect('inUse' in (await h.ok('openCatalogueEditor', { catalogueId: copy.id }))).toBe(false);
  });

  it('keeps the editor’s unsaved work as a draft, offered when the editor opens after a crash', async () => {
    const copy = await h.ok('createCatalogue', { title: 'Draft test' });
    const { catalogue } = await openForEditing(h, copy.id);
    // Still being typed: an empty family name is allowed in a draft.
    const draft: Catalogue = {
      ...catalogue,
      people: [{ id: 'person-1', givenName: 'Ana', familyName: '', bio: {} }],
    };
    const { savedAt } = await h.ok('writeCatalogueDraft', { catalogueId: copy.id, catalogue: draft });
    // The window goes away without closing the editor (the shell releases its locks).
    await h.services.catalogueEditing.releaseAll();
    const later = h.restart();
    const reopened = await openForEditing(later, copy.id);
    expect(reopened.draft).toEqual({ catalogue: draft, savedAt });
    expect(reopened.catalogue.people).toEqual([]);

    // Saving removes the draft; so does closing without keeping the changes.
    await later.ok('saveCatalogue', {
      catalogueId: copy.id,
      catalogue: { ...draft, people: [{ ...draft.people[0]!, familyName: 'GARCÍA' }] },
    });
    await later.ok('closeCatalogueEditor', { catalogueId: copy.id, discardDraft: false });
    expect((await openForEditing(later, copy.id)).draft).toBeUndefined();
    await later.ok('writeCatalogueDraft', { catalogueId: copy.id, catalogue: draft });
    await later.ok('closeCatalogueEditor', { catalogueId: copy.id, discardDraft: true });
    expect((await openForEditing(later, copy.id)).draft).toBeUndefined();
    await later.services.catalogueEditing.releaseAll();
    // A draft is written only by the window holding the catalogue.
    expect(await h.call('writeCatalogueDraft', { catalogueId: copy.id, catalogue: draft })).toMatchObject({
      code: 'catalogue-in-use',
    });
  });
});

describe('catalogue editor IPC: re-import and imports corrected before keeping', () => {
  it('updates a re-imported programme in place, says what changed, and changes nothing for the same file', async () => {
    const source = await readFile(path.join(programmes, 'series-fr.txt'), 'utf8');
    const file = path.join(h.filesDir, 'programme.txt');
    await writeFile(file, source);
    const first = await importFile(h, file);
    expect(first.replaces).toBeUndefined();
    const entry = await h.ok('keepCatalogueImport', { token: first.token });
    await h.ok('renameCatalogue', { catalogueId: entry.id, title: 'Nos séminaires' });
    const written = await readFile(path.join(cataloguesDir(), `${entry.id}.catalogue.json`), 'utf8');

    const again = await importFile(h, file);
    expect(again.replaces).toEqual({ id: entry.id, title: 'Nos séminaires' });
    expect(again.changes).toEqual([]);
    expect(await h.ok('keepCatalogueImport', { token: again.token })).toMatchObject({ id: entry.id });
    expect(await readFile(path.join(cataloguesDir(), `${entry.id}.catalogue.json`), 'utf8')).toBe(written);
    expect(await h.ok('listCatalogues', {})).toHaveLength(2);

    const catalogue = await h.ok('getCatalogue', { catalogueId: entry.id });
    const speaker = catalogue.people.find((person) => person.familyName === catalogue.people[1]!.familyName)!;
    await writeFile(file, source.replace(`${speaker.givenName} ${speaker.familyName}`, `Zoé ${speaker.familyName}`));
    const corrected = await importFile(h, file);
    expect(corrected.replaces?.id).toBe(entry.id);
    expect(corrected.changes!.length).toBeGreaterThan(0);
    const kept = await h.ok('keepCatalogueImport', { token: corrected.token });
    expect(kept.id).toBe(entry.id);
    const updated = await h.ok('getCatalogue', { catalogueId: entry.id });
    expect(updated.title).toBe('Nos séminaires');
    expect(updated.seminars.map((s) => s.id)).toEqual(catalogue.seminars.map((s) => s.id));
    expect(updated.people.some((person) => person.givenName === 'Zoé')).toBe(true);
    expect(await h.ok('listCatalogues', {})).toHaveLength(2);
  });

  it('gives the same programme the same catalogue id in a fresh user-data folder', async () => {
    const file = path.join(programmes, 'series-es.txt');
    const here = await h.ok('keepCatalogueImport', { token: (await importFile(h, file)).token });
    const elsewhere = await createHarness();
    try {
      const there = await elsewhere.ok('keepCatalogueImport', { token: (await importFile(elsewhere, file)).token });
      expect(there.id).toBe(here.id);
    } finally {
      await elsewhere.dispose();
    }
  });

  it('reads an import with zone questions again with their answers for the editor; unanswered, it says so', async () => {
    const preview = await importFile(h, path.join(programmes, 'layouts-es.txt'));
    expect(preview.questions.map((question) => question.id)).toEqual(['IST']);
    expect(await h.call('getCatalogueImport', { token: preview.token })).toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
    const answered = await h.ok('getCatalogueImport', { token: preview.token, zoneAnswers: { IST: 'Asia/Kolkata' } });
    const seminar = answered.catalogue.seminars.find((candidate) => candidate.id === 'seminar-2022-04-05')!;
    expect(seminar).toMatchObject({ start: '2022-04-05T03:30:00Z', timeZone: 'Asia/Kolkata' });
    const entry = await h.ok('keepCatalogueImport', { token: preview.token, catalogue: answered.catalogue });
    const kept = await h.ok('getCatalogue', { catalogueId: entry.id });
    expect(kept.seminars.find((candidate) => candidate.id === 'seminar-2022-04-05')?.start).toBe(
      '2022-04-05T03:30:00Z',
    );
  });

  it('hands the previewed catalogue to the editor and keeps it as corrected there', async () => {
    const preview = await importFile(h, path.join(programmes, 'series-es.txt'));
    const pending = await h.ok('getCatalogueImport', { token: preview.token });
    expect(pending.catalogue.seminars).toHaveLength(preview.seminarCount);
    const corrected = structuredClone(pending.catalogue);
    corrected.seminars[0]!.title = 'Título corregido';
    const broken = structuredClone(corrected);
    broken.seminars[0]!.end = broken.seminars[0]!.start;
    expect(await h.call('keepCatalogueImport', { token: preview.token, catalogue: broken })).toMatchObject({
      ok: false,
      code: 'invalid-catalogue',
    });
    const entry = await h.ok('keepCatalogueImport', { token: preview.token, catalogue: corrected });
    expect((await h.ok('getCatalogue', { catalogueId: entry.id })).seminars[0]!.title).toBe('Título corregido');
    expect(await h.call('getCatalogueImport', { token: preview.token })).toMatchObject({
      ok: false,
      code: 'not-found',
    });
  });
});
