import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IPC_CONTRACT } from '../../../src/shared/ipc/contract';
import { type Harness, createHarness } from '../support/harness';

let h: Harness & { dispose(): Promise<void> };
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h.dispose();
});

describe('registerAllIpc', () => {
  it('registers exactly one handler per contract method', () => {
    expect([...h.listeners.keys()].sort()).toEqual(
      Object.values(IPC_CONTRACT)
        .map((entry) => entry.channel)
        .sort(),
    );
  });

  it('refuses every method from an untrusted sender and malformed requests, as values', async () => {
    for (const method of Object.keys(IPC_CONTRACT) as (keyof typeof IPC_CONTRACT)[]) {
      expect(await h.call(method, {}, 'https://evil.example/')).toMatchObject({ ok: false, code: 'forbidden-sender' });
      expect(await h.call(method, { surplus: 1 })).toMatchObject({ ok: false, code: 'invalid-request' });
      expect(await h.call(method, 'not an object')).toMatchObject({ ok: false, code: 'invalid-request' });
    }
  });
});
