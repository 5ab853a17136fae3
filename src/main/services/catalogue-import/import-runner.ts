/**
 * Where an import runs: in a worker thread in the app (one short-lived worker
 * per import, so the window stays responsive and a runaway import ends with
 * its worker), inline in unit tests and the command line.
 */
import type { Worker } from 'node:worker_threads';
import { err } from '../../../shared/result';
import { type ImportJobResult, type ImportProgress, runImportJob } from './import-job';

export interface ImportRunner {
  run(
    path: string,
    onProgress: (progress: ImportProgress) => void,
    zoneAnswers?: Readonly<Record<string, string>>,
  ): Promise<ImportJobResult>;
}

/** Messages between the import worker and the main thread (structured-clone data only). */
export type ToImportWorker = { type: 'run'; path: string; zoneAnswers?: Readonly<Record<string, string>> };
export type FromImportWorker =
  { type: 'progress'; progress: ImportProgress } | { type: 'result'; result: ImportJobResult };

export function createInlineImportRunner(): ImportRunner {
  return { run: runImportJob };
}

export interface WorkerImportRunnerOptions {
  /** Starts a worker running import-worker: in the app `new Worker(join(__dirname, 'import-worker.js'))`. */
  spawn: () => Worker;
  /** An import still running after this long is stopped and reported as failed. */
  timeoutMs?: number;
}

export function createWorkerImportRunner(options: WorkerImportRunnerOptions): ImportRunner {
  const timeoutMs = options.timeoutMs ?? 5 * 60_000;
  return {
    run(path, onProgress, zoneAnswers) {
      return new Promise<ImportJobResult>((resolve) => {
        let worker: Worker;
        try {
          worker = options.spawn();
        } catch (error) {
          resolve(err('internal', `The import could not start: ${String(error)}.`));
          return;
        }
        let settled = false;
        const finish = (result: ImportJobResult) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(result);
          void worker.terminate().catch(() => undefined);
        };
        const timer = setTimeout(
          () => finish(err('internal', `The import took more than ${Math.round(timeoutMs / 1000)} s and was stopped.`)),
          timeoutMs,
        );
        worker.on('message', (message: FromImportWorker) => {
          if (message.type === 'progress') {
            if (!settled) onProgress(message.progress);
          } else finish(message.result);
        });
        worker.on('error', (error) => finish(err('internal', `The import stopped unexpectedly: ${error.message}.`)));
        worker.on('exit', (code) => finish(err('internal', `The import stopped unexpectedly (exit code ${code}).`)));
        worker.postMessage({ type: 'run', path, ...(zoneAnswers ? { zoneAnswers } : {}) } satisfies ToImportWorker);
      });
    },
  };
}
