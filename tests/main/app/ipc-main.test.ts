/**
 * The ipcMain adapter (src/main/app/ipc-main.ts) with electron mocked: it passes the
 * sending frame's URL to the listener, so a request from a foreign frame is refused
 * by the real handler with the real sender check.
 */
import { describe, expect, it, vi } from 'vitest';
import { IPC_CONTRACT } from '../../../src/shared/ipc/contract';
import { ok } from '../../../src/shared/result';

type MainHandler = (event: { senderFrame?: { url: string } | null }, request: unknown) => Promise<unknown>;
const handlers = new Map<string, MainHandler>();
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: MainHandler) => handlers.set(channel, handler) },
}));

const { ipcMainRegistrar } = await import('../../../src/main/app/ipc-main');
const { registerApiMethod } = await import('../../../src/main/ipc/handler');
const { createSenderCheck } = await import('../../../src/main/app/protocol-path');

function register(devServerUrl?: string) {
  handlers.clear();
  const calls: unknown[] = [];
  registerApiMethod(
    ipcMainRegistrar,
    'listSeminars',
    async (request) => {
      calls.push(request);
      return ok([]);
    },
    createSenderCheck(devServerUrl),
  );
  const handler = handlers.get(IPC_CONTRACT.listSeminars.channel);
  if (!handler) throw new Error('not registered on the contract channel');
  return { handler, calls };
}

describe('ipcMainRegistrar with the sender check', () => {
  it('passes senderFrame.url: a request from the app bundle is served', async () => {
    const { handler, calls } = register();
    await expect(handler({ senderFrame: { url: 'app://bundle/index.html' } }, {})).resolves.toEqual(ok([]));
    expect(calls).toHaveLength(1);
  });

  it.each([
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///tmp/index.html',
    'app://other/index.html',
    'about:blank',
    'data:text/html,hi',
  ])('refuses a request from the foreign frame %s without calling the feature', async (url) => {
    const { handler, calls } = register();
    await expect(handler({ senderFrame: { url } }, {})).resolves.toMatchObject({
      ok: false,
      code: 'forbidden-sender',
    });
    expect(calls).toHaveLength(0);
  });

  it('refuses a request whose frame is gone (senderFrame null)', async () => {
    const { handler, calls } = register();
    await expect(handler({ senderFrame: null }, {})).resolves.toMatchObject({ ok: false, code: 'forbidden-sender' });
    expect(calls).toHaveLength(0);
  });

  it('trusts the dev server origin only in development', async () => {
    const { handler } = register('http://localhost:5173/');
    await expect(handler({ senderFrame: { url: 'http://localhost:5173/' } }, {})).resolves.toEqual(ok([]));
    await expect(handler({ senderFrame: { url: 'http://localhost:5174/' } }, {})).resolves.toMatchObject({
      ok: false,
    });
  });
});
