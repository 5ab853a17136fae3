/**
 * The Save / Don't Save / Cancel prompt when a window with unsaved changes is
 * closed (or the app quits), as an electron-free state machine the window
 * adapter drives:
 *
 * - `onCloseRequested()` from the window's `close` event: true lets it close;
 *   false means the adapter must `preventDefault()` and the guard decides later.
 * - "Save": the renderer is asked to save (menuCommand "save"); the window closes
 *   once it reports a clean document. A cancelled or failed save keeps it open.
 * - "Don't Save" closes; "Cancel" keeps the window (and abandons a quit).
 */
import type { UnsavedChangesAnswer } from '../ports';
import type { DocumentState } from './document-state';

export type SaveOutcome = 'saved' | 'cancelled' | 'failed';

export interface CloseGuardDeps {
  getState(): DocumentState;
  confirmUnsaved(displayName: string): Promise<UnsavedChangesAnswer>;
  /** Asks the renderer to save (sends menuCommand "save"). */
  requestSave(): void;
  /** Closes the window again; the guard answers true this time. */
  close(): void;
  /** The close did not happen: the user cancelled, or the save did not complete. */
  onAbandoned(): void;
  /** How long to wait for the renderer to save and report a clean document. */
  saveTimeoutMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface CloseGuard {
  onCloseRequested(): boolean;
  onDocumentState(state: DocumentState): void;
  onSaveOutcome(outcome: SaveOutcome): void;
  readonly phase: 'idle' | 'asking' | 'saving' | 'closing';
}

export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  const timeoutMs = deps.saveTimeoutMs ?? 120_000;
  const setTimer = deps.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = deps.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let phase: CloseGuard['phase'] = 'idle';
  let timer: unknown;

  const stopTimer = () => {
    if (timer !== undefined) clearTimer(timer);
    timer = undefined;
  };
  const abandon = () => {
    stopTimer();
    phase = 'idle';
    deps.onAbandoned();
  };
  const closeNow = () => {
    stopTimer();
    phase = 'closing';
    deps.close();
  };

  async function ask(): Promise<void> {
    let answer: UnsavedChangesAnswer;
    try {
      answer = await deps.confirmUnsaved(deps.getState().displayName);
    } catch {
      answer = 'cancel';
    }
    if (phase !== 'asking') return;
    if (answer === 'discard') closeNow();
    else if (answer === 'cancel') abandon();
    else {
      phase = 'saving';
      timer = setTimer(abandon, timeoutMs);
      deps.requestSave();
    }
  }

  return {
    get phase() {
      return phase;
    },
    onCloseRequested() {
      if (phase === 'closing') return true;
      if (phase === 'asking' || phase === 'saving') return false;
      if (!deps.getState().dirty) return true;
      phase = 'asking';
      void ask();
      return false;
    },
    onDocumentState(state) {
      if (phase === 'saving' && !state.dirty) closeNow();
    },
    onSaveOutcome(outcome) {
      if (phase !== 'saving') return;
      if (outcome === 'saved') {
        if (!deps.getState().dirty) closeNow();
        // Otherwise wait for the renderer to report the clean document.
      } else abandon();
    },
  };
}
