import { describe, expect, it, vi } from 'vitest';
import { IPC_CONTRACT, IPC_EVENT_CONTRACT } from '../../src/shared/ipc/contract';

const exposed: Record<string, unknown> = {};
const invoked: { channel: string; request: unknown }[] = [];
const listeners = new Map<string, Set<(event: unknown, payload: unknown) => void>>();

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => {
      exposed[key] = value;
    },
  },
  ipcRenderer: {
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      listeners.get(channel)?.delete(listener);
    },
    invoke: (channel: string, request: unknown) => {
      invoked.push({ channel, request });
      return Promise.resolve({ ok: true, data: null });
    },
  },
}));

describe('preload', () => {
  it('exposes exactly one window.api whose keys are the contract methods', async () => {
    await import('../../src/preload/index');
    expect(Object.keys(exposed)).toEqual(['api']);
    const api = exposed['api'] as Record<string, unknown>;
    const subscribeMethods = Object.keys(IPC_EVENT_CONTRACT).map(
      (event) => `on${event[0]!.toUpperCase()}${event.slice(1)}`,
    );
    expect(Object.keys(api).sort()).toEqual([...Object.keys(IPC_CONTRACT), ...subscribeMethods].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('sends each method on its contract channel', async () => {
    await import('../../src/preload/index');
    const api = exposed['api'] as Record<string, (request: unknown) => Promise<unknown>>;
    for (const [method, entry] of Object.entries(IPC_CONTRACT)) {
      invoked.length = 0;
      await api[method]!({});
      expect(invoked).toEqual([{ channel: entry.channel, request: {} }]);
    }
  });

  it('delivers each event to its subscriber without the IPC event object, and unsubscribes', async () => {
    await import('../../src/preload/index');
    const api = exposed['api'] as Record<string, (listener: (payload: unknown) => void) => () => void>;
    for (const [event, entry] of Object.entries(IPC_EVENT_CONTRACT)) {
      const received: unknown[] = [];
      const unsubscribe = api[`on${event[0]!.toUpperCase()}${event.slice(1)}`]!((payload) => received.push(payload));
      for (const listener of listeners.get(entry.channel) ?? []) listener({ sender: 'secret' }, { value: 1 });
      expect(received).toEqual([{ value: 1 }]);
      unsubscribe();
      expect(listeners.get(entry.channel)?.size ?? 0).toBe(0);
    }
  });
});
