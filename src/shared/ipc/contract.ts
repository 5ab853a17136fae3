/**
 * The one source of truth for the renderer ↔ main API: each method's channel,
 * request schema and response schema. The preload object, the main-process
 * handlers and the renderer's `window.api` type are all derived from this.
 */
import { z } from 'zod';
import { CatalogueSchema, LanguageSchema } from '../catalogue/schema';
import type { Result } from '../result';
import { type ApiMethod, IPC_CHANNELS } from './channels';

const SeminarSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  language: LanguageSchema,
  start: z.string(),
  end: z.string(),
  chair: z.object({ name: z.string(), role: z.string() }).optional(),
  speakerCount: z.number().int(),
  tbcCount: z.number().int(),
  topicLabels: z.array(z.string()),
});

/** A request with no parameters is an empty object, so every call has one shape. */
const NoParameters = z.object({}).strict();

export const IPC_CONTRACT = {
  listSeminars: {
    channel: IPC_CHANNELS.listSeminars,
    request: NoParameters,
    response: z.array(SeminarSummarySchema),
  },
  getCatalogue: {
    channel: IPC_CHANNELS.getCatalogue,
    request: NoParameters,
    response: CatalogueSchema,
  },
} as const satisfies Record<ApiMethod, { channel: string; request: z.ZodType; response: z.ZodType }>;

export type IpcContract = typeof IPC_CONTRACT;

/** Codes every handler may return besides its own. */
export type IpcErrorCode = 'invalid-request' | 'forbidden-sender' | 'internal' | 'not-found' | 'invalid-file';

export type ApiRequest<M extends ApiMethod> = z.input<IpcContract[M]['request']>;
export type ApiResponse<M extends ApiMethod> = z.output<IpcContract[M]['response']>;
export type ApiResult<M extends ApiMethod> = Result<ApiResponse<M>, IpcErrorCode>;

/** The shape of `window.api`: one async method per contract entry, errors as values. */
export type BriefingApi = { [M in ApiMethod]: (request: ApiRequest<M>) => Promise<ApiResult<M>> };
