import type { Page } from '@playwright/test';
import type { IpcListener } from '../../../src/main/ipc/handler';
import { registerAllIpc } from '../../../src/main/ipc/register-all';
import { IPC_CHANNELS } from '../../../src/shared/ipc/channels';

/**
 * Gives the page a `window.api` shaped exactly like the preload's, whose calls
 * go to the real main-process handlers (validation, services, errors as
 * values) running in this Node process.
 */
export async function bridgeApiToMainHandlers(
  page: Page,
  options: { resourcesDir: string; appOrigin: string },
): Promise<void> {
  const listeners = new Map<string, IpcListener>();
  registerAllIpc(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    { resourcesDir: options.resourcesDir },
    (senderUrl) => senderUrl !== undefined && new URL(senderUrl).origin === options.appOrigin,
  );
  await page.exposeBinding('__briefingPackInvoke', async (source, channel: string, request: unknown) => {
    const listener = listeners.get(channel);
    if (!listener) return { ok: false, code: 'internal', message: `no handler for ${channel}` };
    // Round-trip through JSON as Electron's structured clone would, so nothing but data crosses.
    return JSON.parse(JSON.stringify(await listener({ senderUrl: source.frame.url() }, request))) as unknown;
  });
  await page.addInitScript((channels: Record<string, string>) => {
    const invoke = (window as unknown as { __briefingPackInvoke: (c: string, r: unknown) => Promise<unknown> })
      .__briefingPackInvoke;
    const api = Object.fromEntries(
      Object.entries(channels).map(([method, channel]) => [method, (request: unknown) => invoke(channel, request)]),
    );
    Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
  }, IPC_CHANNELS);
}
