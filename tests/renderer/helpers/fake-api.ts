import { vi } from 'vitest';
import type {
  ApiEventPayload,
  ApiRequest,
  ApiResult,
  BriefingApi,
  MenuCommand,
} from '../../../src/shared/ipc/contract';
import type { ApiMethod } from '../../../src/shared/ipc/channels';
import { type Catalogue } from '../../../src/shared/catalogue/schema';
import { opened, samplePack, smallCatalogue } from './fixtures';

type Handlers = { [M in ApiMethod]: (request: ApiRequest<M>) => Promise<ApiResult<M>> | ApiResult<M> };

export interface FakeApi {
  api: BriefingApi;
  /** Every call, in order: [method, request]. */
  calls: [ApiMethod, unknown][];
  callsOf: <M extends ApiMethod>(method: M) => ApiRequest<M>[];
  /** Sends a menu command as the main process would. */
  sendMenuCommand: (command: MenuCommand) => void;
  sendExportProgress: (payload: ApiEventPayload<'exportProgress'>) => void;
  sendImportProgress: (payload: ApiEventPayload<'importProgress'>) => void;
}

const ok = <T>(data: T) => ({ ok: true as const, data });

/** A typed stand-in for window.api: sensible defaults, any method overridden per test. */
export function createFakeApi(overrides: Partial<Handlers> = {}, catalogue: Catalogue = smallCatalogue()): FakeApi {
  const defaults: Handlers = {
    listCatalogues: () =>
      ok([
        { id: 'builtin', title: 'Cybercrime and criminal justice in cyberspace', source: 'builtin', seminarCount: 3 },
      ]),
    getCatalogue: () => ok(catalogue),
    listSeminars: () => ok([]),
    previewCatalogueImport: () => ok({ cancelled: true as const }),
    keepCatalogueImport: () => ok({ id: 'imported-1', title: 'Imported', source: 'imported', seminarCount: 1 }),
    removeCatalogue: () => ok({ removed: true }),
    getCatalogueImport: () => ok({ catalogue, warnings: [] }),
    createCatalogue: (request) => ok({ id: 'imported-new001', title: request.title, source: 'own', seminarCount: 0 }),
    duplicateCatalogue: (request) =>
      ok({ id: 'imported-copy01', title: request.title, source: 'own', seminarCount: catalogue.seminars.length }),
    renameCatalogue: (request) =>
      ok({
        id: request.catalogueId,
        title: request.title,
        source: 'imported',
        seminarCount: catalogue.seminars.length,
      }),
    openCatalogueEditor: (request) =>
      ok({
        entry: {
          id: request.catalogueId,
          title: 'Imported',
          source: 'imported',
          seminarCount: catalogue.seminars.length,
        },
        catalogue: { ...catalogue, id: request.catalogueId },
      }),
    saveCatalogue: (request) =>
      ok({
        entry: {
          id: request.catalogueId,
          title: request.catalogue.title ?? 'Imported',
          source: 'imported',
          seminarCount: request.catalogue.seminars.length,
        },
        catalogue: request.catalogue,
      }),
    writeCatalogueDraft: () => ok({ savedAt: '2020-06-01T10:00:00Z' }),
    closeCatalogueEditor: () => ok({}),
    newPack: () => ok(opened(samplePack({}, catalogue))),
    openPack: () => ok({ cancelled: true as const }),
    savePack: () => ok({ filePath: '/home/officer/pack.briefpack', displayName: 'pack.briefpack' }),
    listRecentPacks: () => ok([]),
    setDocumentState: () => ok({}),
    exportPack: () => ok({ cancelled: true as const }),
    showInFolder: () => ok({}),
    writeRecovery: () => ok({ savedAt: '2020-06-01T10:00:00Z' }),
    listRecovery: () => ok([]),
    restoreRecovery: () => ({ ok: false, code: 'not-found', message: 'No such copy.' }),
    discardRecovery: () => ok({}),
    getSettings: () =>
      ok({
        interfaceLanguage: 'en' as const,
        defaultMarking: 'UNCLASSIFIED',
        defaultTimeZones: [],
        defaultPaper: 'a4' as const,
        systemLocale: 'en-GB',
      }),
    updateSettings: (request) =>
      ok({
        interfaceLanguage: request.interfaceLanguage ?? null,
        defaultMarking: 'UNCLASSIFIED',
        defaultTimeZones: [],
        defaultPaper: 'a4' as const,
      }),
  };
  const handlers = { ...defaults, ...overrides } as Handlers;
  const calls: [ApiMethod, unknown][] = [];
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const progressListeners = new Set<(payload: ApiEventPayload<'exportProgress'>) => void>();
  const importListeners = new Set<(payload: ApiEventPayload<'importProgress'>) => void>();

  const api = Object.fromEntries(
    (Object.keys(handlers) as ApiMethod[]).map((method) => [
      method,
      vi.fn(async (request: unknown) => {
        calls.push([method, request]);
        return (handlers[method] as (request: unknown) => unknown)(request);
      }),
    ]),
  ) as unknown as BriefingApi;
  Object.assign(api, {
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
    onExportProgress: (listener: (payload: ApiEventPayload<'exportProgress'>) => void) => {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },
    onImportProgress: (listener: (payload: ApiEventPayload<'importProgress'>) => void) => {
      importListeners.add(listener);
      return () => importListeners.delete(listener);
    },
  });

  return {
    api,
    calls,
    callsOf: <M extends ApiMethod>(method: M) =>
      calls.filter(([name]) => name === method).map(([, request]) => request as ApiRequest<M>),
    sendMenuCommand: (command) => menuListeners.forEach((listener) => listener(command)),
    sendExportProgress: (payload) => progressListeners.forEach((listener) => listener(payload)),
    sendImportProgress: (payload) => importListeners.forEach((listener) => listener(payload)),
  };
}
