/**
 * What the renderer last reported about the open document (setDocumentState):
 * its name, whether it has unsaved changes and where it lives. The window
 * adapter shows it in the title bar and asks Save / Don't Save / Cancel on close
 * while it is dirty.
 */
export const APP_NAME = 'Briefing Pack Builder';
export const UNTITLED = 'Untitled';

export interface DocumentState {
  displayName: string;
  dirty: boolean;
  filePath: string | null;
}

/** "• name — Briefing Pack Builder" while there are unsaved changes, "name — Briefing Pack Builder" otherwise. */
export function windowTitle(state: DocumentState): string {
  const name = state.displayName.trim() === '' ? UNTITLED : state.displayName.trim();
  return `${state.dirty ? '• ' : ''}${name} — ${APP_NAME}`;
}

export interface DocumentStateStore {
  get(): DocumentState;
  set(state: DocumentState): void;
  subscribe(listener: (state: DocumentState) => void): () => void;
}

export function createDocumentStateStore(): DocumentStateStore {
  let current: DocumentState = { displayName: UNTITLED, dirty: false, filePath: null };
  const listeners = new Set<(state: DocumentState) => void>();
  return {
    get: () => ({ ...current }),
    set(state) {
      current = { ...state };
      for (const listener of listeners) listener({ ...current });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
