/**
 * Registers every main-process handler on a Map, with fake ports and a fresh
 * temporary user-data folder, so feature tests call handlers exactly as the
 * renderer would (raw request in, Result out) without Electron.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { IpcListener } from '../../../src/main/ipc/handler';
import { registerAllIpc } from '../../../src/main/ipc/register-all';
import type { MainContext } from '../../../src/main/ports';
import { createInlineExportRunner } from '../../../src/main/services/export/runner';
import { findResourcesDir } from '../../../src/main/services/resources';
import type { SessionServices } from '../../../src/main/session/services';
import type { ApiMethod } from '../../../src/shared/ipc/channels';
import { type ApiResponse, type ApiResult, IPC_CONTRACT } from '../../../src/shared/ipc/contract';
import {
  type FakeDialogs,
  type FakeShell,
  type RecordingEventSink,
  createFakeDialogs,
  createFakeShell,
  createRecordingEventSink,
} from './fake-ports';

export const TRUSTED_URL = 'app://bundle/index.html';
export const trustedCaller = { senderUrl: TRUSTED_URL };

export interface Harness {
  userDataDir: string;
  context: MainContext;
  dialogs: FakeDialogs;
  shell: FakeShell;
  events: RecordingEventSink;
  services: SessionServices;
  listeners: Map<string, IpcListener>;
  /** Calls a method as the renderer would: the raw request goes through validation. */
  call<M extends ApiMethod>(method: M, request?: unknown, senderUrl?: string): Promise<ApiResult<M>>;
  /** Like call, but throws on an error value and checks the data against the contract's response schema. */
  ok<M extends ApiMethod>(method: M, request?: unknown): Promise<ApiResponse<M>>;
  /** A second session (after a crash or a restart) over the same user-data folder. */
  restart(overrides?: Partial<MainContext>): Harness;
}

export interface HarnessOptions extends Partial<MainContext> {
  userDataDir?: string;
}

function build(userDataDir: string, overrides: Partial<MainContext>): Harness {
  const dialogs = createFakeDialogs();
  const shell = createFakeShell();
  const events = createRecordingEventSink();
  const context: MainContext = {
    resourcesDir: findResourcesDir(__dirname),
    userDataDir,
    systemLocale: 'en-GB',
    now: () => new Date(),
    dialogs,
    shell,
    events,
    exportRunner: createInlineExportRunner(),
    ...overrides,
  };
  const listeners = new Map<string, IpcListener>();
  const services = registerAllIpc(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    context,
    (url) => url === TRUSTED_URL,
  );
  const call = async <M extends ApiMethod>(method: M, request: unknown = {}, senderUrl = TRUSTED_URL) => {
    const listener = listeners.get(IPC_CONTRACT[method].channel);
    if (!listener) throw new Error(`no handler for ${method}`);
    // Round-trip through JSON as IPC's structured clone would: nothing but data crosses.
    return JSON.parse(JSON.stringify(await listener({ senderUrl }, request))) as ApiResult<M>;
  };
  const harness: Harness = {
    userDataDir,
    context,
    dialogs: context.dialogs as FakeDialogs,
    shell: context.shell as FakeShell,
    events: context.events as RecordingEventSink,
    services,
    listeners,
    call,
    async ok(method, request) {
      const result = await call(method, request);
      if (!result.ok) throw new Error(`${method} failed: ${result.code}: ${result.message}`);
      const parsed = IPC_CONTRACT[method].response.safeParse(result.data);
      if (!parsed.success) throw new Error(`${method} returned data outside its schema: ${parsed.error.message}`);
      return result.data as ApiResponse<typeof method>;
    },
    restart: (more = {}) => {
      const { dialogs: _d, shell: _s, events: _e, sessionId: _id, ...kept } = context;
      return build(userDataDir, { ...kept, ...more });
    },
  };
  return harness;
}

/**
 * A harness over a new temporary folder: `userDataDir` (created by the app when it first writes) and
 * `filesDir` (for the test's own pack and programme files). `dispose` removes both.
 */
export async function createHarness(
  options: HarnessOptions = {},
): Promise<Harness & { filesDir: string; dispose(): Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'bpb-main-'));
  const userDataDir = options.userDataDir ?? path.join(root, 'user-data');
  const filesDir = path.join(root, 'files');
  await mkdir(filesDir);
  const harness = build(userDataDir, options);
  return { ...harness, filesDir, dispose: () => rm(root, { recursive: true, force: true }) };
}
