/** Messages between the export worker thread and the main thread (structured-clone data only). */
import type { ExportProgress } from './index';
import type { ExportJob, ExportJobResult } from './runner';

/** Each job has an id, so that a late message of a job given up on is never taken for the next one's. */
export type ToWorker = { type: 'run'; id: number; job: ExportJob };

export type FromWorker =
  { type: 'progress'; id: number; progress: ExportProgress } | { type: 'result'; id: number; result: ExportJobResult };
