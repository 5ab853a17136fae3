import { describe, expect, it } from 'vitest';
import { IPC_CONTRACT } from '../../../src/shared/ipc/contract';
import { createIpcListener, type IpcListener, registerApiMethod } from '../../../src/main/ipc/handler';
import { ok } from '../../../src/shared/result';

const trusted = { senderUrl: 'app://bundle/index.html' };
const alwaysTrusted = () => true;

describe('createIpcListener', () => {
  it('passes a valid request to the implementation and returns its value', async () => {
    const listener = createIpcListener('listSeminars', async () => ok([]), alwaysTrusted);
    await expect(listener(trusted, {})).resolves.toEqual({ ok: true, data: [] });
  });

  it('treats a missing request as an empty one', async () => {
    const listener = createIpcListener('listSeminars', async () => ok([]), alwaysTrusted);
    await expect(listener(trusted, undefined)).resolves.toMatchObject({ ok: true });
  });

  it('refuses a request that does not match the contract, without calling the implementation', async () => {
    let called = false;
    const listener = createIpcListener(
      'listSeminars',
      async () => {
        called = true;
        return ok([]);
      },
      alwaysTrusted,
    );
    const result = await listener(trusted, { unexpected: true });
    expect(result).toMatchObject({ ok: false, code: 'invalid-request' });
    expect(called).toBe(false);
  });

  it('returns a thrown error as a value instead of rejecting', async () => {
    const listener = createIpcListener(
      'getCatalogue',
      async () => {
        throw new Error('disk on fire');
      },
      alwaysTrusted,
    );
    const originalError = console.error;
    console.error = () => {};
    try {
      const result = await listener(trusted, {});
      expect(result).toMatchObject({ ok: false, code: 'internal' });
      expect(result.ok ? '' : result.message).not.toContain('disk on fire');
    } finally {
      console.error = originalError;
    }
  });

  it('refuses a request from an untrusted sender', async () => {
    const listener = createIpcListener(
      'listSeminars',
      async () => ok([]),
      (url) => url === trusted.senderUrl,
    );
    await expect(listener({ senderUrl: 'https://evil.example/' }, {})).resolves.toMatchObject({
      ok: false,
      code: 'forbidden-sender',
    });
  });
});

describe('registerApiMethod', () => {
  it('registers on the channel named by the contract', () => {
    const registered = new Map<string, IpcListener>();
    registerApiMethod(
      { handle: (channel, listener) => registered.set(channel, listener) },
      'getCatalogue',
      async () => ok({}),
      alwaysTrusted,
    );
    expect([...registered.keys()]).toEqual([IPC_CONTRACT.getCatalogue.channel]);
  });
});
