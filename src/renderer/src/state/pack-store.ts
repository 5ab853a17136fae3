/**
 * The open document: the pack being edited, where it lives, the catalogue its
 * ids refer to and what was last saved. A pure reducer, so every edit is a
 * value and `dirty` is derived (never stored): the pack differs from the
 * serialised pack at the last save or open.
 */
import type { Catalogue } from '../../../shared/catalogue/schema';
import { serialisePack } from '../../../shared/pack/pack';
import type { Pack } from '../../../shared/pack/schema';
import type { EditAction, PackAction } from './pack-actions';
import { editPack } from './pack-edits';

export { type PackAction, type PackField, packActions } from './pack-actions';

/** Undo keeps this many steps; older ones are dropped. */
export const UNDO_LIMIT = 100;

export interface OpenDocument {
  pack: Pack;
  /** Null until the pack is first saved. */
  filePath: string | null;
  /** File name for the title bar ("Untitled" when never saved). */
  displayName: string;
  /** The catalogue the pack chooses from: the one its programme came from, or its own programme when that is not here. */
  catalogue: Catalogue;
  /** True when `catalogue` is the pack's own programme (its source catalogue is not on this computer). */
  catalogueFromPack: boolean;
  /** serialisePack(pack) at the last save or open; '' when the content was never saved (a restored copy). */
  savedSnapshot: string;
  /** Grows with every change of the pack (edits, undo, redo, loading): effects key on it. */
  revision: number;
  /** Grows each time a pack is loaded (New, Open, a restored copy): what belongs to one pack keys on it. */
  loadCount: number;
  /** Packs before (`past`, oldest first) and after (`future`, next first) the current one. */
  past: Pack[];
  future: Pack[];
  /** Consecutive edits with the same key (typing in one field) make one undo step. */
  lastEditKey: string | null;
}

export type PackStoreState = OpenDocument | null;

export function isDirty(document: OpenDocument): boolean {
  return serialisePack(document.pack) !== document.savedSnapshot;
}

export const canUndo = (document: PackStoreState): boolean => (document?.past.length ?? 0) > 0;
export const canRedo = (document: PackStoreState): boolean => (document?.future.length ?? 0) > 0;

/** Whether a topic is in the pack: an empty `topicIds` means every topic. */
export function isTopicChosen(pack: Pack, topicId: string): boolean {
  return pack.topicIds.length === 0 || pack.topicIds.includes(topicId);
}

/** The chosen topics that the catalogue knows, in catalogue order. */
export function chosenTopicIds(pack: Pack, catalogue: Catalogue): string[] {
  return catalogue.topics.map((topic) => topic.id).filter((id) => isTopicChosen(pack, id));
}

export function packStoreReducer(state: PackStoreState, action: PackAction): PackStoreState {
  if (action.type === 'loaded') {
    const { pack, filePath, displayName } = action.opened;
    return {
      pack,
      filePath,
      displayName,
      catalogue: action.catalogue,
      catalogueFromPack: action.catalogueFromPack ?? false,
      savedSnapshot: action.unsaved ? '' : serialisePack(pack),
      revision: (state?.revision ?? 0) + 1,
      loadCount: (state?.loadCount ?? 0) + 1,
      past: [],
      future: [],
      lastEditKey: null,
    };
  }
  if (!state) return state;
  switch (action.type) {
    case 'catalogueChanged':
      return {
        ...state,
        catalogue: action.catalogue,
        catalogueFromPack: action.catalogueFromPack,
        revision: state.revision + 1,
      };
    case 'saved':
      return {
        ...state,
        filePath: action.filePath,
        displayName: action.displayName,
        savedSnapshot: serialisePack(action.pack ?? state.pack),
        // A save ends the current undo step, so typing after it starts a new one.
        lastEditKey: null,
      };
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (!previous) return state;
      return {
        ...state,
        pack: previous,
        past: state.past.slice(0, -1),
        future: [state.pack, ...state.future],
        revision: state.revision + 1,
        lastEditKey: null,
      };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return {
        ...state,
        pack: next,
        past: [...state.past, state.pack],
        future: rest,
        revision: state.revision + 1,
        lastEditKey: null,
      };
    }
    default: {
      const pack = editPack(state.pack, state.catalogue, action);
      if (pack === state.pack) return state;
      return withEdit(state, pack, editKey(action));
    }
  }
}

/** Key for merging consecutive edits into one undo step; null: never merged. */
function editKey(action: EditAction): string | null {
  switch (action.type) {
    case 'setField':
      return action.field === 'language' || action.field === 'languageMode' || action.field === 'paper'
        ? null
        : `field:${action.field}`;
    case 'setTopicBrief':
      return `brief:${action.topicId}`;
    case 'setBio':
      return `bio:${action.personId}:${action.language}`;
    default:
      return null;
  }
}

function withEdit(state: OpenDocument, pack: Pack, key: string | null): OpenDocument {
  const merge = key !== null && key === state.lastEditKey;
  return {
    ...state,
    pack,
    past: merge ? state.past : [...state.past, state.pack].slice(-UNDO_LIMIT),
    future: [],
    revision: state.revision + 1,
    lastEditKey: key,
  };
}
