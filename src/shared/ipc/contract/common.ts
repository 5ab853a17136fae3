import { z } from 'zod';
import type { ApiMethod } from '../channels';

export const FilePath = z.string().min(1).max(4_096);
export const Id = z.string().min(1).max(200);
/** A request with no parameters is an empty object, so every call has one shape. */
export const NoParameters = z.object({}).strict();
export const Cancelled = z.object({ cancelled: z.literal(true) });

export interface MethodContract {
  channel: string;
  request: z.ZodType;
  response: z.ZodType;
}

/** The methods of one feature; `contract.ts` checks that all of them together cover every method once. */
export type MethodGroup = Partial<Record<ApiMethod, MethodContract>>;
