import { describe, expect, it, vi } from 'vitest';
import { IPC_CONTRACT } from '../../src/shared/ipc/contract';

const exposed: Record<string, unknown> = {};
const invoked: { channel: string; request: unknown }[] = [];

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => {
      exposed[key] = value;
    },
  },
  ipcRenderer: {
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
    expect(Object.keys(api).sort()).toEqual(Object.keys(IPC_CONTRACT).sort());
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
});
