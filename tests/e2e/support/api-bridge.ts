import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Page } from '@playwright/test';
import type { IpcListener } from '../../../src/main/ipc/handler';
import { registerAllIpc } from '../../../src/main/ipc/register-all';
import type { MainContext } from '../../../src/main/ports';
import { type ExportRunner, createInlineExportRunner } from '../../../src/main/services/export/runner';
import { createWorkerExportRunner } from '../../../src/main/services/export/worker-runner';
import type { SessionServices } from '../../../src/main/session/services';
import { type ApiMethod, IPC_CHANNELS, IPC_EVENTS } from '../../../src/shared/ipc/channels';
import type { ApiResult, MenuCommand } from '../../../src/shared/ipc/contract';
import {
  type FakeDialogs,
  type FakeShell,
  type RecordingEventSink,
  createFakeDialogs,
  createFakeShell,
  createRecordingEventSink,
} from '../../main/support/fake-ports';

const BUILT_EXPORT_WORKER = join(__dirname, '../../../out/main/export-worker.js');

export interface BridgeOptions {
  /**
   * 'worker' (default when out/main/export-worker.js is built): exports render in the built worker
   * thread, as in the app. 'inline': in the test process.
   */
  exportRunner?: 'worker' | 'inline';
  /** What the "system language" is for the settings (default en-GB). */
  systemLocale?: string;
  /** The clock main uses (new packs' date, recovery times). */
  now?: () => Date;
}

/**
 * Main's side of a bridged page, for the test to drive and inspect. Dialogs
 * answer from queues (an unqueued dialog is cancelled); the shell records what
 * it was asked to reveal; events main sends reach the page's `window.api.on…`
 * listeners (and are recorded in `events.sent`).
 */
export interface MainBridge {
  /** Fresh per test; removed afterwards. */
  readonly userDataDir: string;
  readonly dialogs: FakeDialogs;
  readonly shell: FakeShell;
  readonly events: RecordingEventSink;
  /** The current session's services (document state, recovery store…). */
  readonly services: SessionServices;
  /** Calls a handler directly, as the page would (validation included). */
  invoke<M extends ApiMethod>(method: M, request?: unknown): Promise<ApiResult<M>>;
  /** Sends a menuCommand event, as the application menu does. */
  menuCommand(command: MenuCommand): Promise<void>;
  /** Resolves once every event sent so far has been dispatched in the page. */
  flushEvents(): Promise<void>;
  /**
   * Starts a new app session over the same user-data folder and reloads the page.
   * `crash: true` leaves this session's recovery copy behind (as a crash would);
   * otherwise the session ends cleanly and its copy is removed.
   */
  restart(options?: { crash?: boolean }): Promise<void>;
}

function exportRunnerFor(choice: BridgeOptions['exportRunner']): ExportRunner {
  const useWorker = choice === 'worker' || (choice === undefined && existsSync(BUILT_EXPORT_WORKER));
  if (choice === 'worker' && !existsSync(BUILT_EXPORT_WORKER))
    throw new Error('Run `npx electron-vite build` first: out/main/export-worker.js is missing.');
  return useWorker
    ? createWorkerExportRunner({ spawn: () => new Worker(BUILT_EXPORT_WORKER) })
    : createInlineExportRunner();
}

/**
 * Gives the page a `window.api` shaped exactly like the preload's, whose calls
 * go to the real main-process handlers (validation, services, errors as
 * values) running in this Node process, with fake dialogs and shell and a
 * user-data folder of the test's own.
 */
export async function bridgeApiToMainHandlers(
  page: Page,
  options: { resourcesDir: string; appOrigin: string; userDataDir: string } & BridgeOptions,
): Promise<MainBridge> {
  // Events reach the page in the order they were sent, and before the reply of the call that sent them
  // (as with Electron, where both travel over one pipe).
  let eventQueue: Promise<unknown> = Promise.resolve();
  const deliver = (channel: string, payload: unknown) => {
    eventQueue = eventQueue
      .then(() =>
        page.evaluate(
          ([c, p]) =>
            (window as unknown as { __briefingPackDispatch(c: string, p: unknown): void }).__briefingPackDispatch(c, p),
          [channel, payload] as const,
        ),
      )
      .catch(() => undefined); // the page may be reloading or closed
  };
  const context: MainContext = {
    resourcesDir: options.resourcesDir,
    userDataDir: options.userDataDir,
    systemLocale: options.systemLocale ?? 'en-GB',
    now: options.now ?? (() => new Date()),
    dialogs: createFakeDialogs(),
    shell: createFakeShell(),
    events: createRecordingEventSink(deliver),
    exportRunner: exportRunnerFor(options.exportRunner),
  };
  const isTrustedSender = (senderUrl: string | undefined) => {
    try {
      return senderUrl !== undefined && new URL(senderUrl).origin === options.appOrigin;
    } catch {
      return false;
    }
  };

  let listeners = new Map<string, IpcListener>();
  const startSession = () => {
    listeners = new Map();
    const registrar = { handle: (channel: string, listener: IpcListener) => void listeners.set(channel, listener) };
    return registerAllIpc(registrar, context, isTrustedSender);
  };
  let services = startSession();

  const call = async (channel: string, request: unknown, senderUrl: string): Promise<unknown> => {
    const listener = listeners.get(channel);
    if (!listener) return { ok: false, code: 'internal', message: `no handler for ${channel}` };
    // Round-trip through JSON as Electron's structured clone would, so nothing but data crosses.
    const result = JSON.parse(JSON.stringify(await listener({ senderUrl }, request))) as unknown;
    await eventQueue;
    return result;
  };

  await page.exposeBinding('__briefingPackInvoke', (source, channel: string, request: unknown) =>
    call(channel, request, source.frame.url()),
  );
  await page.addInitScript(
    ({ channels, events }: { channels: Record<string, string>; events: Record<string, string> }) => {
      const invoke = (window as unknown as { __briefingPackInvoke: (c: string, r: unknown) => Promise<unknown> })
        .__briefingPackInvoke;
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      const dispatch = (channel: string, payload: unknown) => {
        for (const listener of [...(listeners.get(channel) ?? [])]) {
          try {
            listener(payload);
          } catch (error) {
            console.error(error);
          }
        }
      };
      Object.defineProperty(window, '__briefingPackDispatch', { value: dispatch, writable: false });
      const subscribe = (channel: string, listener: (payload: unknown) => void) => {
        let set = listeners.get(channel);
        if (!set) listeners.set(channel, (set = new Set()));
        set.add(listener);
        return () => void set.delete(listener);
      };
      const api = {
        ...Object.fromEntries(
          Object.entries(channels).map(([method, channel]) => [method, (request: unknown) => invoke(channel, request)]),
        ),
        ...Object.fromEntries(
          Object.entries(events).map(([event, channel]) => [
            `on${event.charAt(0).toUpperCase()}${event.slice(1)}`,
            (listener: (payload: unknown) => void) => subscribe(channel, listener),
          ]),
        ),
      };
      Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
    },
    { channels: IPC_CHANNELS as Record<string, string>, events: IPC_EVENTS as Record<string, string> },
  );

  return {
    userDataDir: options.userDataDir,
    dialogs: context.dialogs as FakeDialogs,
    shell: context.shell as FakeShell,
    events: context.events as RecordingEventSink,
    get services() {
      return services;
    },
    invoke: <M extends ApiMethod>(method: M, request: unknown = {}) =>
      call(IPC_CHANNELS[method], request, `${options.appOrigin}/index.html`) as Promise<ApiResult<M>>,
    async menuCommand(command) {
      context.events.send('menuCommand', command);
      await eventQueue;
    },
    flushEvents: async () => {
      await eventQueue;
    },
    async restart({ crash = false } = {}) {
      await eventQueue;
      if (!crash) services.recovery.discardOwnSync();
      services = startSession();
      await page.reload();
    },
  };
}
