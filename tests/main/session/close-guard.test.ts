import { describe, expect, it } from 'vitest';
import type { UnsavedChangesAnswer } from '../../../src/main/ports';
import { type CloseGuardDeps, createCloseGuard } from '../../../src/main/session/close-guard';
import type { DocumentState } from '../../../src/main/session/document-state';

function setup(answer: UnsavedChangesAnswer, dirty = true) {
  const log: string[] = [];
  let state: DocumentState = { displayName: 'brief.briefpack', dirty, filePath: null };
  let timer: (() => void) | undefined;
  const deps: CloseGuardDeps = {
    getState: () => state,
    confirmUnsaved: async (name) => {
      log.push(`ask ${name}`);
      return answer;
    },
    requestSave: () => log.push('save'),
    close: () => log.push('close'),
    onAbandoned: () => log.push('abandoned'),
    setTimer: (callback) => {
      timer = callback;
      return 1;
    },
    clearTimer: () => {
      timer = undefined;
    },
  };
  const guard = createCloseGuard(deps);
  return {
    guard,
    log,
    setState: (next: Partial<DocumentState>) => {
      state = { ...state, ...next };
      guard.onDocumentState(state);
    },
    fireTimer: () => timer?.(),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('close guard', () => {
  it('lets a clean window close without asking', () => {
    const { guard, log } = setup('cancel', false);
    expect(guard.onCloseRequested()).toBe(true);
    expect(log).toEqual([]);
  });

  it("Don't Save closes the window", async () => {
    const { guard, log } = setup('discard');
    expect(guard.onCloseRequested()).toBe(false);
    await settle();
    expect(log).toEqual(['ask brief.briefpack', 'close']);
    expect(guard.onCloseRequested()).toBe(true);
  });

  it('Cancel keeps the window and abandons the quit', async () => {
    const { guard, log } = setup('cancel');
    expect(guard.onCloseRequested()).toBe(false);
    await settle();
    expect(log).toEqual(['ask brief.briefpack', 'abandoned']);
    expect(guard.phase).toBe('idle');
  });

  it('Save asks the renderer to save and closes once it reports a clean document', async () => {
    const { guard, log, setState } = setup('save');
    guard.onCloseRequested();
    await settle();
    expect(log).toEqual(['ask brief.briefpack', 'save']);
    // Repeated close requests while saving do not ask again.
    expect(guard.onCloseRequested()).toBe(false);
    guard.onSaveOutcome('saved');
    expect(log).not.toContain('close');
    setState({ dirty: false });
    expect(log).toEqual(['ask brief.briefpack', 'save', 'close']);
    expect(guard.onCloseRequested()).toBe(true);
  });

  it('a cancelled or failed save keeps the window open', async () => {
    for (const outcome of ['cancelled', 'failed'] as const) {
      const { guard, log } = setup('save');
      guard.onCloseRequested();
      await settle();
      guard.onSaveOutcome(outcome);
      expect(log).toEqual(['ask brief.briefpack', 'save', 'abandoned']);
      expect(guard.phase).toBe('idle');
    }
  });

  it('gives up when the renderer never answers the save request', async () => {
    const { guard, log, fireTimer } = setup('save');
    guard.onCloseRequested();
    await settle();
    fireTimer();
    expect(log).toEqual(['ask brief.briefpack', 'save', 'abandoned']);
  });

  it('ignores save outcomes and clean states when no close is pending', () => {
    const { guard, log, setState } = setup('save');
    guard.onSaveOutcome('saved');
    setState({ dirty: false });
    expect(log).toEqual([]);
  });
});
