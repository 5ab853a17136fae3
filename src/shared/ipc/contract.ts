/**
 * The one source of truth for the renderer ↔ main API: each method's channel,
 * request schema and response schema, and each event's payload. The preload
 * object, the main-process handlers and the renderer's `window.api` type are
 * all derived from this.
 *
 * Conventions:
 * - Every request is an object (`{}` when there is nothing to say).
 * - Every response is `Result`: `{ ok: true, data }` or `{ ok: false, code, message }`.
 * - Methods that show a dialog return `{ cancelled: true }` when the user cancels:
 *   cancelling is not an error.
 * - File paths only travel renderer → main when they came from main before
 *   (recent files, a previous save); main checks them like any other input.
 */
import type { z } from 'zod';
import { MAX_EXTRA_TIME_ZONES } from '../pack/schema';
import type { Result } from '../result';
import { type ApiEvent, type ApiMethod, IPC_EVENTS } from './channels';
import { CATALOGUE_METHODS } from './contract/catalogue';
import { CATALOGUE_EDITOR_METHODS } from './contract/catalogue-editor';
import { CATALOGUE_IMPORT_METHODS, ImportProgressSchema } from './contract/catalogue-import';
import type { MethodContract } from './contract/common';
import { EXPORT_METHODS, ExportProgressSchema } from './contract/export';
import { MenuCommandSchema } from './contract/menu';
import { PACK_FILE_METHODS } from './contract/packs';
import { RECOVERY_METHODS } from './contract/recovery';
import { SETTINGS_METHODS } from './contract/settings';

export {
  type CatalogueEntry,
  CatalogueEntrySchema,
  EditedCatalogueSchema,
  SeminarSummarySchema,
} from './contract/catalogue';
export {
  CatalogueDraftSchema,
  type CatalogueEditorSession,
  CatalogueEditorSessionSchema,
  CatalogueInUseSchema,
} from './contract/catalogue-editor';
export {
  CatalogueImportPreviewSchema,
  type ImportProgress,
  ImportProgressSchema,
  ImportWarningSchema,
  ZoneAnswersSchema,
  ZoneQuestionSchema,
} from './contract/catalogue-import';
export {
  type ExportFormat,
  ExportFormatSchema,
  type ExportProgress,
  ExportProgressSchema,
  type ExportResult,
  ExportResultSchema,
} from './contract/export';
export { type MenuCommand, MenuCommandSchema } from './contract/menu';
export {
  type OpenedPack,
  OpenedPackSchema,
  type PackInUse,
  PackInUseSchema,
  RecentPackSchema,
  type WhenInUse,
  WhenInUseSchema,
} from './contract/packs';
export { type RecoveryEntry, RecoveryEntrySchema } from './contract/recovery';
export { type Settings, SettingsSchema } from './contract/settings';

/** Each feature's methods live in `contract/<feature>.ts`; together they must name every method. */
export const IPC_CONTRACT = {
  ...CATALOGUE_METHODS,
  ...CATALOGUE_IMPORT_METHODS,
  ...CATALOGUE_EDITOR_METHODS,
  ...PACK_FILE_METHODS,
  ...EXPORT_METHODS,
  ...RECOVERY_METHODS,
  ...SETTINGS_METHODS,
} as const satisfies Record<ApiMethod, MethodContract>;

export const IPC_EVENT_CONTRACT = {
  exportProgress: { channel: IPC_EVENTS.exportProgress, payload: ExportProgressSchema },
  importProgress: { channel: IPC_EVENTS.importProgress, payload: ImportProgressSchema },
  menuCommand: { channel: IPC_EVENTS.menuCommand, payload: MenuCommandSchema },
} as const satisfies Record<ApiEvent, { channel: string; payload: z.ZodType }>;

export type IpcContract = typeof IPC_CONTRACT;

/** Codes every handler may return besides its own. */
export type IpcErrorCode =
  | 'invalid-request'
  | 'forbidden-sender'
  | 'internal'
  | 'not-found'
  | 'invalid-file'
  | 'newer-version'
  | 'too-large'
  | 'write-failed'
  | 'export-failed'
  | 'pack-catalogue-mismatch'
  /** Every part of the pack is switched off or empty: nothing would be printed. */
  | 'nothing-to-print'
  /** The pack is open in another window or another running copy of the app. */
  | 'pack-in-use'
  /** A catalogue to be saved or kept has problems (`problems` locate each, for the editor). */
  | 'invalid-catalogue'
  /** The built-in catalogue is part of the app: it is read, duplicated, never changed. */
  | 'read-only'
  /** The catalogue is open in the editor of another window or another running copy of the app. */
  | 'catalogue-in-use';

export type ApiRequest<M extends ApiMethod> = z.input<IpcContract[M]['request']>;
export type ApiResponse<M extends ApiMethod> = z.output<IpcContract[M]['response']>;
export type ApiResult<M extends ApiMethod> = Result<ApiResponse<M>, IpcErrorCode>;
export type ApiEventPayload<E extends ApiEvent> = z.output<(typeof IPC_EVENT_CONTRACT)[E]['payload']>;

/** Subscribe methods are named `on` + the event ('onExportProgress'); each returns its unsubscribe function. */
type EventSubscriptions = {
  [E in ApiEvent as `on${Capitalize<E>}`]: (listener: (payload: ApiEventPayload<E>) => void) => () => void;
};

/** The shape of `window.api`: one async method per contract entry (errors as values), one subscribe per event. */
export type BriefingApi = { [M in ApiMethod]: (request: ApiRequest<M>) => Promise<ApiResult<M>> } & EventSubscriptions;

export { MAX_EXTRA_TIME_ZONES };
