/**
 * Fakes of main's ports (src/main/ports.ts) for unit tests and the end-to-end
 * bridge: dialogs answer from queues the test fills, the shell records what it
 * was asked to show, events are recorded and passed on.
 */
import { type ApiEvent, IPC_EVENTS } from '../../../src/shared/ipc/channels';
import type {
  DialogPort,
  EventSink,
  FileFilter,
  ReplaceQuestion,
  ShellPort,
  UnsavedChangesAnswer,
} from '../../../src/main/ports';
import { createEventSink } from '../../../src/main/ipc/events';

export type DialogCall =
  | { kind: 'open'; title: string; filters: FileFilter[]; answer: string | null }
  | { kind: 'save'; title: string; defaultPath: string; filters: FileFilter[]; answer: string | null }
  | { kind: 'confirmUnsaved'; displayName: string; answer: UnsavedChangesAnswer }
  | ({ kind: 'replace'; answer: boolean } & ReplaceQuestion);

export interface FakeDialogs extends DialogPort {
  /** The next open dialog chooses `path`; null cancels it. An open dialog with nothing queued is cancelled. */
  queueOpen(path: string | null): void;
  /** The next save dialog chooses `path`; null cancels it. A save dialog with nothing queued is cancelled. */
  queueSave(path: string | null): void;
  /** The next Save / Don't Save / Cancel prompt gets this answer (default: cancel). */
  queueConfirm(answer: UnsavedChangesAnswer): void;
  /** The next "already exists: replace?" question gets this answer; one with nothing queued is cancelled. */
  queueReplace(answer: boolean): void;
  /** Every dialog shown, in order, with the answer it got. */
  readonly calls: DialogCall[];
  /** Answers still queued (a test can check that every dialog it expected was shown). */
  pending(): { open: number; save: number; confirm: number; replace: number };
}

export function createFakeDialogs(): FakeDialogs {
  const open: (string | null)[] = [];
  const save: (string | null)[] = [];
  const confirm: UnsavedChangesAnswer[] = [];
  const replace: boolean[] = [];
  const calls: DialogCall[] = [];
  return {
    calls,
    queueOpen: (path) => void open.push(path),
    queueSave: (path) => void save.push(path),
    queueConfirm: (answer) => void confirm.push(answer),
    queueReplace: (answer) => void replace.push(answer),
    pending: () => ({ open: open.length, save: save.length, confirm: confirm.length, replace: replace.length }),
    async chooseFileToOpen({ title, filters }) {
      const answer = open.length > 0 ? open.shift()! : null;
      calls.push({ kind: 'open', title, filters, answer });
      return answer;
    },
    async chooseFileToSave({ title, defaultPath, filters }) {
      const answer = save.length > 0 ? save.shift()! : null;
      calls.push({ kind: 'save', title, defaultPath, filters, answer });
      return answer;
    },
    async confirmUnsaved(displayName) {
      const answer = confirm.length > 0 ? confirm.shift()! : 'cancel';
      calls.push({ kind: 'confirmUnsaved', displayName, answer });
      return answer;
    },
    async confirmReplace(question) {
      const answer = replace.length > 0 ? replace.shift()! : false;
      calls.push({ kind: 'replace', ...question, answer });
      return answer;
    },
  };
}

export interface FakeShell extends ShellPort {
  /** Every path passed to showItemInFolder, in order. */
  readonly shownPaths: string[];
}

export function createFakeShell(): FakeShell {
  const shownPaths: string[] = [];
  return { shownPaths, showItemInFolder: (path) => void shownPaths.push(path) };
}

export interface SentEvent {
  event: ApiEvent;
  channel: string;
  payload: unknown;
}

export interface RecordingEventSink extends EventSink {
  /** Events that passed validation and were delivered, in order. */
  readonly sent: SentEvent[];
  /** Payloads refused by validation. */
  readonly refused: string[];
}

/** A validating event sink (the real createEventSink) that records deliveries and forwards them to `deliver`. */
export function createRecordingEventSink(deliver?: (channel: string, payload: unknown) => void): RecordingEventSink {
  const sent: SentEvent[] = [];
  const refused: string[] = [];
  const eventByChannel = new Map(
    Object.entries(IPC_EVENTS).map(([event, channel]) => [channel as string, event as ApiEvent]),
  );
  const sink = createEventSink(
    (channel, payload) => {
      sent.push({ event: eventByChannel.get(channel)!, channel, payload });
      deliver?.(channel, payload);
    },
    (message) => refused.push(message),
  );
  return { sent, refused, send: sink.send };
}
