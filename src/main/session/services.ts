/**
 * The state one app session shares between its features: stores over the
 * user-data folder, the paths handed to the renderer, the document state for
 * the title bar and close prompt. Created once by registerAllIpc and returned
 * to the shell (window, menu, quit) so it reads the same state.
 */
import { randomUUID } from 'node:crypto';
import { type CatalogueStore, createCatalogueStore } from '../services/catalogue-store';
import { type CatalogueEditing, createCatalogueEditing } from '../services/catalogue/editing';
import {
  type PackLockRegistry,
  type SessionPackLocks,
  createSessionPackLocks,
  sharedPackLockRegistry,
} from '../services/files/pack-locks';
import { type RecentPacksStore, createRecentPacksStore } from '../services/recent-packs';
import { type RecoveryStore, createRecoveryStore } from '../services/recovery';
import { type SettingsStore, createSettingsStore } from '../services/settings';
import type { MainContext } from '../ports';
import type { SaveOutcome } from './close-guard';
import { type DocumentStateStore, createDocumentStateStore } from './document-state';
import { type SessionFiles, createSessionFiles } from './session-files';

export interface SaveOutcomes {
  emit(outcome: SaveOutcome): void;
  subscribe(listener: (outcome: SaveOutcome) => void): () => void;
}

export interface SessionServices {
  /** This session's recovery id (changes when the renderer crashed and was reloaded). */
  readonly sessionId: string;
  settings: SettingsStore;
  catalogues: CatalogueStore;
  recent: RecentPacksStore;
  recovery: RecoveryStore;
  files: SessionFiles;
  documentState: DocumentStateStore;
  /** Every savePack's outcome, for the close prompt's "Save" path. */
  saveOutcomes: SaveOutcomes;
  /** The pack this session (window) has open and its lock: one writer per pack across windows and instances. */
  packLocks: SessionPackLocks;
  /** The catalogue editor: new, copy, rename, delete, and editing under an edit lock held by this window. */
  catalogueEditing: CatalogueEditing;
}

/** What each feature module is given: the app's context plus the session's shared services. */
export interface FeatureContext extends MainContext {
  services: SessionServices;
}

/** `packLockRegistry` is shared by every session of the process (windows); tests may pass their own. */
export function createSessionServices(
  context: MainContext,
  packLockRegistry: PackLockRegistry = sharedPackLockRegistry(),
): SessionServices {
  const sessionId = context.sessionId ?? randomUUID();
  const listeners = new Set<(outcome: SaveOutcome) => void>();
  const recovery = createRecoveryStore(context.userDataDir, sessionId, context.now);
  const catalogues = createCatalogueStore(
    context.resourcesDir,
    context.userDataDir,
    context.now,
    console.warn,
    context.importRunner,
  );
  return {
    get sessionId() {
      return recovery.sessionId;
    },
    settings: createSettingsStore(context.userDataDir, context.now),
    catalogues,
    catalogueEditing: createCatalogueEditing({ store: catalogues, now: context.now, session: randomUUID() }),
    recent: createRecentPacksStore(context.userDataDir, context.now),
    recovery,
    files: createSessionFiles(),
    documentState: createDocumentStateStore(),
    // Keyed by a session id of its own: the recovery id changes when the page crashes, the window does not.
    packLocks: createSessionPackLocks(packLockRegistry, randomUUID()),
    saveOutcomes: {
      emit: (outcome) => listeners.forEach((listener) => listener(outcome)),
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
  };
}
