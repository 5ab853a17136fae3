/**
 * The catalogue being edited, with undo and redo: a pure reducer, so every
 * edit is a value and "unsaved" is derived (the catalogue differs from the one
 * last saved), never stored.
 */
import type { Catalogue } from '../../../../shared/catalogue/schema';
import { type CatalogueEdit, applyEdit } from './edits';

/** Undo keeps this many steps. */
export const EDITOR_UNDO_LIMIT = 200;

export interface EditorState {
  catalogue: Catalogue;
  /** JSON of the catalogue as last saved; '' when it never was (an import to be kept, a restored draft). */
  savedJson: string;
  past: Catalogue[];
  future: Catalogue[];
  /** Consecutive edits of one field (typing) make one undo step. */
  lastEditKey: string | null;
}

export type EditorAction =
  | { type: 'load'; catalogue: Catalogue; unsaved?: boolean }
  | { type: 'saved'; catalogue: Catalogue }
  | { type: 'edit'; edit: CatalogueEdit }
  | { type: 'undo' }
  | { type: 'redo' };

export const editorActions = {
  load: (catalogue: Catalogue, unsaved = false): EditorAction => ({ type: 'load', catalogue, unsaved }),
  saved: (catalogue: Catalogue): EditorAction => ({ type: 'saved', catalogue }),
  edit: (edit: CatalogueEdit): EditorAction => ({ type: 'edit', edit }),
  undo: (): EditorAction => ({ type: 'undo' }),
  redo: (): EditorAction => ({ type: 'redo' }),
};

export function initialEditorState(catalogue: Catalogue, unsaved = false): EditorState {
  return { catalogue, savedJson: unsaved ? '' : JSON.stringify(catalogue), past: [], future: [], lastEditKey: null };
}

export const isUnsaved = (state: EditorState): boolean => JSON.stringify(state.catalogue) !== state.savedJson;
export const canUndoEdit = (state: EditorState): boolean => state.past.length > 0;
export const canRedoEdit = (state: EditorState): boolean => state.future.length > 0;

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'load':
      return initialEditorState(action.catalogue, action.unsaved);
    case 'saved':
      // What main wrote (its identity and origin) becomes the catalogue, without a step of its own.
      return { ...state, catalogue: action.catalogue, savedJson: JSON.stringify(action.catalogue), lastEditKey: null };
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (!previous) return state;
      return {
        ...state,
        catalogue: previous,
        past: state.past.slice(0, -1),
        future: [state.catalogue, ...state.future],
        lastEditKey: null,
      };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return { ...state, catalogue: next, past: [...state.past, state.catalogue], future: rest, lastEditKey: null };
    }
    case 'edit': {
      const catalogue = applyEdit(state.catalogue, action.edit);
      if (catalogue === state.catalogue) return state;
      const key = mergeKey(action.edit);
      const merge = key !== null && key === state.lastEditKey;
      return {
        ...state,
        catalogue,
        past: merge ? state.past : [...state.past, state.catalogue].slice(-EDITOR_UNDO_LIMIT),
        future: [],
        lastEditKey: key,
      };
    }
  }
}

/** Typing in one text field is one step; everything else is a step of its own. */
function mergeKey(edit: CatalogueEdit): string | null {
  switch (edit.type) {
    case 'setCatalogueTitle':
      return 'catalogue-title';
    case 'setSeminarText':
      return `seminar:${edit.seminarId}:${edit.field}`;
    case 'setChairText':
      return `chair:${edit.seminarId}:${edit.field}`;
    case 'setSessionTitle':
      return `session:${edit.seminarId}:${edit.sessionId}:title`;
    case 'setSpeaker':
      return edit.change.role !== undefined && Object.keys(edit.change).length === 1
        ? `speaker:${edit.seminarId}:${edit.sessionId}:${edit.index}:role`
        : null;
    case 'setPersonText':
      return `person:${edit.personId}:${edit.field}`;
    case 'setBio':
      return `bio:${edit.personId}:${edit.language}`;
    default:
      return null;
  }
}
