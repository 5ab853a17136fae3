/**
 * The catalogues a pack can use: the built-in one (read-only resources) and the
 * ones the user imported, kept as userData/catalogues/<id>.catalogue.json with
 * an index (index.json) listing them (catalogue/catalogue-index.ts). Imports are
 * two-step: `preview` reads and checks the file (through an ImportRunner: a
 * worker thread in the app) and keeps the result in memory under a random token
 * (catalogue-import/pending-imports.ts), so the user sees the importer's
 * warnings before `keep` writes anything.
 */
import { rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type Catalogue, catalogueIdentity } from '../../shared/catalogue';
import { type CatalogueChange, diffCatalogues } from '../../shared/catalogue/diff';
import type { ZoneQuestion } from '../../shared/importers';
import type { CatalogueEntry, IpcErrorCode } from '../../shared/ipc/contract';
import { type Result, err, ok } from '../../shared/result';
import { type CatalogueService, createCatalogueService, loadCatalogueFile } from './catalogue';
import type { ImportProgress, ImportWarningView } from './catalogue-import/import-job';
import { type ImportRunner, createInlineImportRunner } from './catalogue-import/import-runner';
import { createPendingImports } from './catalogue-import/pending-imports';
import { IMPORTED_ID, catalogueTitle, openCatalogueFolder } from './catalogue/catalogue-index';
import { storeIdFor } from './catalogue/identity';
import { describeFsError } from './files/fs-errors';
import { createSerialQueue, writeJsonAtomic } from './user-data';

export const BUILTIN_CATALOGUE_ID = 'builtin';
export const CATALOGUES_FOLDER = 'catalogues';
export type { ImportProgress, ImportWarningView } from './catalogue-import/import-job';

export interface ImportPreview {
  token: string;
  fileName: string;
  title: string;
  seminarCount: number;
  peopleCount: number;
  topicCount: number;
  warnings: ImportWarningView[];
  questions: ZoneQuestion[];
  /** The catalogue already here with the same identity: keeping updates it in place. */
  replaces?: { id: string; title: string };
  /** What keeping it would change in `replaces`. */
  changes?: CatalogueChange[];
}

/** How a catalogue the user keeps is listed. */
export interface StoredEntryFields {
  source: 'imported' | 'own';
  fileName?: string;
}

export interface CatalogueStore {
  builtin: CatalogueService;
  list(): Promise<Result<CatalogueEntry[], IpcErrorCode>>;
  /** `undefined` or "builtin": the shipped catalogue. */
  get(catalogueId: string | undefined): Promise<Result<Catalogue, IpcErrorCode>>;
  preview(path: string, onProgress?: (progress: ImportProgress) => void): Promise<Result<ImportPreview, IpcErrorCode>>;
  /**
   * The catalogue a preview read (for the editor), until it is kept or dropped; with the answers to its
   * zone questions, read again with them (and kept so: the editor's catalogue settles the questions).
   */
  pending(
    token: string,
    zoneAnswers?: Readonly<Record<string, string>>,
  ): Promise<Result<{ catalogue: Catalogue; warnings: ImportWarningView[] }, IpcErrorCode>>;
  /**
   * Keeps a previewed import (`edited`: as corrected in the editor, which settles its zone questions
   * too). A catalogue already here with the same identity is updated in place (same id, the user's
   * name for it kept); the same content again changes nothing.
   */
  keep(
    token: string,
    zoneAnswers?: Readonly<Record<string, string>>,
    edited?: Catalogue,
  ): Promise<Result<CatalogueEntry, IpcErrorCode>>;
  remove(catalogueId: string): Promise<Result<{ removed: boolean }, IpcErrorCode>>;
  /** The listing of a kept catalogue (not the built-in one). */
  entry(catalogueId: string): Promise<CatalogueEntry | undefined>;
  /** Writes a catalogue (checked by the caller) under `id`, adding or replacing its listing. */
  put(id: string, catalogue: Catalogue, fields: StoredEntryFields): Promise<Result<CatalogueEntry, IpcErrorCode>>;
  /** The file a kept catalogue lives in (for its edit lock). */
  fileFor(catalogueId: string): string;
  readonly folder: string;
}

/** The same programme, whatever it is called or where it came from. */
function sameProgramme(a: Catalogue, b: Catalogue): boolean {
  const content = (c: Catalogue) => JSON.stringify([c.series, c.topics, c.people, c.seminars]);
  return content(a) === content(b);
}

export function createCatalogueStore(
  resourcesDir: string,
  userDataDir: string,
  now: () => Date,
  log: (message: string) => void = console.warn,
  importRunner: ImportRunner = createInlineImportRunner(),
): CatalogueStore {
  const builtin = createCatalogueService(resourcesDir);
  const { folder, indexPath, fileFor, readIndex, findEntry } = openCatalogueFolder(
    join(userDataDir, CATALOGUES_FOLDER),
    log,
  );
  const serial = createSerialQueue();
  const pending = createPendingImports(importRunner);
  const loaded = new Map<string, Catalogue>();

  async function loadBuiltin(): Promise<Result<Catalogue, IpcErrorCode>> {
    const result = await builtin.loadBuiltin();
    if (!result.ok) return err('invalid-file', `The built-in catalogue could not be loaded: ${result.message}`);
    return result;
  }

  /** The catalogue here that a previewed import would update in place, with what would change. */
  async function replaced(catalogue: Catalogue): Promise<{ id: string; catalogue?: Catalogue }> {
    const id = storeIdFor(catalogueIdentity(catalogue));
    if (!(await findEntry(id))) return { id };
    const existing = await store.get(id);
    return existing.ok ? { id, catalogue: existing.data } : { id };
  }

  const store: CatalogueStore = {
    builtin,

    async list() {
      const base = await loadBuiltin();
      if (!base.ok) return base;
      const entries: CatalogueEntry[] = [
        {
          id: BUILTIN_CATALOGUE_ID,
          title: catalogueTitle(base.data, 'Built-in catalogue'),
          source: 'builtin',
          seminarCount: base.data.seminars.length,
        },
      ];
      for (const entry of (await readIndex()).entries) {
        // A file deleted behind the app's back is simply not listed.
        const exists = await stat(fileFor(entry.id)).then(
          (info) => info.isFile(),
          () => false,
        );
        if (exists) entries.push(entry);
      }
      return ok(entries);
    },

    async get(catalogueId) {
      if (catalogueId === undefined || catalogueId === BUILTIN_CATALOGUE_ID) return loadBuiltin();
      const cached = loaded.get(catalogueId);
      if (cached) return ok(cached);
      const entry = await findEntry(catalogueId);
      if (!entry)
        return err('not-found', `There is no catalogue "${catalogueId}": it may have been removed. Import it again.`);
      const result = await loadCatalogueFile(fileFor(entry.id));
      if (!result.ok) {
        return err(
          result.code === 'not-found' ? 'not-found' : 'invalid-file',
          `The catalogue "${entry.title}" could not be loaded: ${result.message}`,
          result.problems,
        );
      }
      loaded.set(entry.id, result.data);
      return ok(result.data);
    },

    async preview(path, onProgress = () => undefined) {
      const fileName = basename(path);
      const imported = await importRunner.run(path, onProgress);
      if (!imported.ok) return imported;
      const { catalogue, warnings, questions } = imported.data;
      const token = pending.hold({
        catalogue,
        fileName,
        warnings,
        ...(questions.length > 0 ? { path, questions } : {}),
      });
      const existing = await replaced(catalogue);
      return ok({
        ...(existing.catalogue
          ? {
              replaces: { id: existing.id, title: catalogueTitle(existing.catalogue, existing.id) },
              changes: diffCatalogues(existing.catalogue, catalogue),
            }
          : {}),
        token,
        fileName,
        title: catalogueTitle(catalogue, fileName),
        seminarCount: catalogue.seminars.length,
        peopleCount: catalogue.people.length,
        topicCount: catalogue.topics.length,
        warnings,
        questions,
      });
    },

    async pending(token, zoneAnswers = {}) {
      const found = pending.waiting(token);
      if (!found.ok) return found;
      const waiting = found.data;
      const answered = await pending.answer(waiting, zoneAnswers);
      if (!answered.ok) return answered;
      return ok({ catalogue: answered.data.catalogue, warnings: waiting.warnings ?? [] });
    },

    async keep(token, zoneAnswers = {}, edited) {
      const found = pending.waiting(token);
      if (!found.ok) return found;
      const waiting = found.data;
      const answered = edited ? ok({ ...waiting, catalogue: edited }) : await pending.answer(waiting, zoneAnswers);
      if (!answered.ok) return answered;
      const incoming = answered.data.catalogue;
      const existing = await replaced(waiting.catalogue);
      if (existing.catalogue && sameProgramme(existing.catalogue, incoming)) {
        pending.drop(token);
        return ok((await findEntry(existing.id))!);
      }
      // The user's name for a catalogue survives a re-import; the identity is written into the file.
      const title = existing.catalogue?.title;
      const catalogue: Catalogue = {
        ...incoming,
        id: existing.id,
        ...(title !== undefined && incoming.title === undefined ? { title } : {}),
        source: { kind: incoming.source?.kind ?? 'programme-text', fileName: waiting.fileName },
      };
      const kept = await store.put(existing.id, catalogue, { source: 'imported', fileName: waiting.fileName });
      if (kept.ok) pending.drop(token);
      return kept;
    },

    entry: (catalogueId) => findEntry(catalogueId),
    fileFor,
    folder,

    put: (id, catalogue, fields) =>
      serial(async () => {
        if (!IMPORTED_ID.test(id)) return err('invalid-request', `"${id}" is not a catalogue id this app makes.`);
        const index = await readIndex();
        const before = index.entries.find((entry) => entry.id === id);
        const fileName = fields.fileName ?? before?.fileName;
        const entry: CatalogueEntry & StoredEntryFields = {
          id,
          title: catalogueTitle(catalogue, id),
          source: fields.source,
          seminarCount: catalogue.seminars.length,
          importedAt: before?.importedAt ?? now().toISOString(),
          ...(fileName !== undefined ? { fileName } : {}),
        };
        const entries = before
          ? index.entries.map((candidate) => (candidate.id === id ? entry : candidate))
          : [...index.entries, entry];
        try {
          await writeJsonAtomic(fileFor(id), catalogue);
          await writeJsonAtomic(indexPath, { ...index, entries });
        } catch (error) {
          if (!before) await rm(fileFor(id), { force: true }).catch(() => undefined);
          return err(
            'write-failed',
            `The catalogue "${entry.title}" could not be written in ${folder}: ${describeFsError(error)}.`,
          );
        }
        loaded.set(id, catalogue);
        return ok(entry);
      }),

    remove: (catalogueId) =>
      serial(async () => {
        if (catalogueId === BUILTIN_CATALOGUE_ID)
          return err('invalid-request', 'The built-in catalogue is part of the app and cannot be removed.');
        const index = await readIndex();
        const entry = index.entries.find((candidate) => candidate.id === catalogueId);
        if (!entry || !IMPORTED_ID.test(entry.id)) return ok({ removed: false });
        try {
          await writeJsonAtomic(indexPath, { ...index, entries: index.entries.filter((e) => e.id !== entry.id) });
          await rm(fileFor(entry.id), { force: true });
        } catch (error) {
          return err('write-failed', `The catalogue "${entry.title}" could not be removed: ${describeFsError(error)}.`);
        }
        loaded.delete(entry.id);
        return ok({ removed: true });
      }),
  };
  return store;
}
