/**
 * The catalogue editor's services: new catalogues, copies, renaming, deleting,
 * and editing with one writer at a time. Editing a catalogue takes its edit
 * lock (pack-locks' registry and lock file, beside the catalogue file), so two
 * windows or two running copies cannot both change it; saving checks the whole
 * catalogue and writes it atomically; the editor's unsaved work is kept as a
 * draft (drafts.ts) until it is saved or dropped. Plain Node, errors as values.
 */
import { resolve } from 'node:path';
import { validateCatalogue } from '../../../shared/catalogue';
import { CATALOGUE_FORMAT, CATALOGUE_VERSION, type Catalogue } from '../../../shared/catalogue/schema';
import type { CatalogueEditorSession, CatalogueEntry, IpcErrorCode } from '../../../shared/ipc/contract';
import { type Result, err, ok } from '../../../shared/result';
import type { CatalogueStore } from '../catalogue-store';
import { describeFsError } from '../files/fs-errors';
import { type PackLockRegistry, createPackLockRegistry, readPackLock } from '../files/pack-locks';
import { type CatalogueDraftStore, createCatalogueDraftStore } from './drafts';
import { newCatalogueId } from './identity';

export const BUILTIN_ID = 'builtin';

let shared: PackLockRegistry | undefined;
/** The edit locks every window of this process shares (a registry of its own: packs and catalogues never mix). */
export function sharedCatalogueLockRegistry(): PackLockRegistry {
  return (shared ??= createPackLockRegistry());
}

export type OpenedForEditing = { inUse: { title: string; message: string } } | CatalogueEditorSession;

export interface CatalogueEditing {
  create(title: string): Promise<Result<CatalogueEntry, IpcErrorCode>>;
  duplicate(catalogueId: string, title: string): Promise<Result<CatalogueEntry, IpcErrorCode>>;
  rename(catalogueId: string, title: string): Promise<Result<CatalogueEntry, IpcErrorCode>>;
  /** Deletes a kept catalogue; refused while another window edits it. */
  remove(catalogueId: string): Promise<Result<{ removed: boolean }, IpcErrorCode>>;
  open(catalogueId: string, takeOver?: boolean): Promise<Result<OpenedForEditing, IpcErrorCode>>;
  save(
    catalogueId: string,
    catalogue: Catalogue,
  ): Promise<Result<{ entry: CatalogueEntry; catalogue: Catalogue }, IpcErrorCode>>;
  writeDraft(catalogueId: string, catalogue: Catalogue): Promise<Result<{ savedAt: string }, IpcErrorCode>>;
  close(catalogueId: string, discardDraft: boolean): Promise<Result<Record<string, never>, IpcErrorCode>>;
  /** The window closed: gives up every edit lock it holds (drafts stay, as after a crash). */
  releaseAll(): Promise<void>;
}

export interface CatalogueEditingOptions {
  store: CatalogueStore;
  now: () => Date;
  /** Identifies this window among the process's sessions. */
  session: string;
  registry?: PackLockRegistry;
  drafts?: CatalogueDraftStore;
}

/** An empty catalogue of the user's own: one series to hang seminars on. */
export function emptyCatalogue(id: string, title: string): Catalogue {
  return {
    format: CATALOGUE_FORMAT,
    version: CATALOGUE_VERSION,
    id,
    title,
    source: { kind: 'manual' },
    series: [{ id: 'series', title, summary: '', focus: [], furtherReadings: [] }],
    topics: [],
    people: [],
    seminars: [],
  };
}

export function createCatalogueEditing(options: CatalogueEditingOptions): CatalogueEditing {
  const { store, now, session } = options;
  const registry = options.registry ?? sharedCatalogueLockRegistry();
  const drafts = options.drafts ?? createCatalogueDraftStore(store.folder, now);
  const lockPath = (id: string) => resolve(store.fileFor(id));

  const readOnly = () =>
    err(
      'read-only' as const,
      'The built-in catalogue is part of the app and cannot be changed. Duplicate it to edit a copy.',
    );
  const missing = (id: string) => err('not-found' as const, `There is no catalogue "${id}": it may have been removed.`);
  const inUseMessage = (title: string) =>
    `"${title}" is being edited in another window or another copy of Briefing Pack Builder. Close it there first.`;

  /** Held by another window of this process: the caller must not change the catalogue under it. */
  const heldElsewhere = (id: string) => {
    const holder = registry.holderOf(lockPath(id));
    return holder !== undefined && holder !== session;
  };

  async function kept(id: string): Promise<Result<{ entry: CatalogueEntry; catalogue: Catalogue }, IpcErrorCode>> {
    if (id === BUILTIN_ID) return readOnly();
    const entry = await store.entry(id);
    if (!entry) return missing(id);
    const catalogue = await store.get(id);
    return catalogue.ok ? ok({ entry, catalogue: catalogue.data }) : catalogue;
  }

  async function holdsLock(id: string): Promise<boolean> {
    if (registry.holderOf(lockPath(id)) !== session) return false;
    // Another running copy may have taken the lock over ("Edit anyway"): then its window is the writer.
    const owner = await readPackLock(lockPath(id));
    return owner === undefined || owner.pid === process.pid;
  }

  const fields = (entry: CatalogueEntry) => ({
    source: entry.source === 'own' ? ('own' as const) : ('imported' as const),
    ...(entry.fileName !== undefined ? { fileName: entry.fileName } : {}),
  });

  return {
    create(title) {
      const id = newCatalogueId(now());
      return store.put(id, emptyCatalogue(id, title), { source: 'own' });
    },

    async duplicate(catalogueId, title) {
      const original = await store.get(catalogueId === BUILTIN_ID ? undefined : catalogueId);
      if (!original.ok) return original;
      const id = newCatalogueId(now());
      // A copy has an identity of its own: re-importing the original's source never lands on it.
      return store.put(id, { ...original.data, id, title, source: { kind: 'manual' } }, { source: 'own' });
    },

    async rename(catalogueId, title) {
      const found = await kept(catalogueId);
      if (!found.ok) return found;
      if (heldElsewhere(catalogueId)) return err('catalogue-in-use', inUseMessage(found.data.entry.title));
      return store.put(catalogueId, { ...found.data.catalogue, title }, fields(found.data.entry));
    },

    async remove(catalogueId) {
      if (catalogueId === BUILTIN_ID) return readOnly();
      const entry = await store.entry(catalogueId);
      if (entry && heldElsewhere(catalogueId)) return err('catalogue-in-use', inUseMessage(entry.title));
      const removed = await store.remove(catalogueId);
      if (removed.ok) {
        await drafts.discard(catalogueId).catch(() => undefined);
        await registry.release(session, lockPath(catalogueId));
      }
      return removed;
    },

    async open(catalogueId, takeOver = false) {
      const found = await kept(catalogueId);
      if (!found.ok) return found;
      const claimed = await registry.claim(session, lockPath(catalogueId), takeOver ? 'takeOver' : 'normal');
      if (!claimed.ok) {
        const title = found.data.entry.title;
        return ok({ inUse: { title, message: inUseMessage(title) } });
      }
      const draft = await drafts.read(catalogueId);
      return ok({ ...found.data, ...(draft ? { draft } : {}) });
    },

    async save(catalogueId, edited) {
      const found = await kept(catalogueId);
      if (!found.ok) return found;
      if (!(await holdsLock(catalogueId))) return err('catalogue-in-use', inUseMessage(found.data.entry.title));
      // The identity and origin stay the catalogue's own, whatever the editor sent.
      const checked = validateCatalogue({ ...edited, id: catalogueId, source: found.data.catalogue.source });
      if (!checked.ok) return err('invalid-catalogue', checked.message, checked.problems);
      const written = await store.put(catalogueId, checked.data, fields(found.data.entry));
      if (!written.ok) return written;
      await drafts.discard(catalogueId).catch(() => undefined);
      return ok({ entry: written.data, catalogue: checked.data });
    },

    async writeDraft(catalogueId, catalogue) {
      if (catalogueId === BUILTIN_ID) return readOnly();
      if (!(await holdsLock(catalogueId)))
        return err('catalogue-in-use', inUseMessage((await store.entry(catalogueId))?.title ?? catalogueId));
      try {
        return ok(await drafts.write(catalogueId, catalogue));
      } catch (error) {
        return err('write-failed', `The editor's recovery copy could not be written: ${describeFsError(error)}.`);
      }
    },

    async close(catalogueId, discardDraft) {
      if (catalogueId === BUILTIN_ID) return ok({});
      if (discardDraft && (await holdsLock(catalogueId))) await drafts.discard(catalogueId).catch(() => undefined);
      await registry.release(session, lockPath(catalogueId));
      return ok({});
    },

    async releaseAll() {
      await Promise.all(registry.packsOf(session).map((path) => registry.release(session, path)));
    },
  };
}
