/** Messages between the export worker thread and the main thread (structured-clone data only). */
import type { ExportProgress } from './index';
import type { ExportJob, ExportJobResult } from './runner';

export type ToWorker = { type: 'run'; job: ExportJob };

export type FromWorker = { type: 'progress'; progress: ExportProgress } | { type: 'result'; result: ExportJobResult };
