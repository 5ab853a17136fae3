import { describe, expect, it } from 'vitest';
import { registerCatalogueIpc } from '../../../../src/main/features/catalogue/ipc';
import type { IpcListener } from '../../../../src/main/ipc/handler';
import { createCatalogueService } from '../../../../src/main/services/catalogue';
import { findResourcesDir } from '../../../../src/main/services/resources';
import { IPC_CONTRACT } from '../../../../src/shared/ipc/contract';

function registerAll(resourcesDir: string) {
  const listeners = new Map<string, IpcListener>();
  registerCatalogueIpc(
    { handle: (channel, listener) => listeners.set(channel, listener) },
    createCatalogueService(resourcesDir),
    (url) => url === 'app://bundle/index.html',
  );
  return listeners;
}
const caller = { senderUrl: 'app://bundle/index.html' };

describe('catalogue IPC', () => {
  it('lists the built-in seminars with chair, language and TBC counts, matching the response schema', async () => {
    const listSeminars = registerAll(findResourcesDir()).get(IPC_CONTRACT.listSeminars.channel)!;
    const result = await listSeminars(caller, {});
    if (!result.ok) throw new Error(result.message);
    expect(IPC_CONTRACT.listSeminars.response.safeParse(result.data).success).toBe(true);
    const seminars = IPC_CONTRACT.listSeminars.response.parse(result.data);
    expect(seminars.map((seminar) => seminar.language)).toEqual(['en', 'en', 'fr', 'en', 'es']);
    expect(seminars[0]).toMatchObject({
      title: 'Seminar with Asia-Pacific countries',
      start: '2020-06-24T07:00:00Z',
      chair: { name: 'Patryk PAWLAK', role: 'Brussels Executive Officer, EUISS' },
    });
    expect(seminars.reduce((sum, seminar) => sum + seminar.tbcCount, 0)).toBe(2);
  });

  it('returns a broken catalogue as an error value', async () => {
    const listSeminars = registerAll('/nonexistent-resources').get(IPC_CONTRACT.listSeminars.channel)!;
    await expect(listSeminars(caller, {})).resolves.toMatchObject({ ok: false, code: 'invalid-file' });
  });

  it('registers every catalogue method of the contract', () => {
    const channels = [...registerAll(findResourcesDir()).keys()].sort();
    expect(channels).toEqual([IPC_CONTRACT.getCatalogue.channel, IPC_CONTRACT.listSeminars.channel].sort());
  });
});
