/**
 * An ExportRunner that renders in a worker thread: one short-lived worker per
 * job, so a crash or a runaway render ends with that job (reported as an error
 * value) and its memory is returned when it finishes.
 */
import type { Worker } from 'node:worker_threads';
import { err } from '../../../shared/result';
import type { ExportJobResult, ExportRunner } from './runner';
import type { FromWorker, ToWorker } from './worker-protocol';

export interface WorkerExportRunnerOptions {
  /**
   * Starts a worker running export-worker: in the app
   * `new Worker(join(__dirname, 'export-worker.js'))`, in tests the .ts source.
   */
  spawn: () => Worker;
  /** A job still running after this long is stopped and reported as failed. */
  timeoutMs?: number;
}

export function createWorkerExportRunner(options: WorkerExportRunnerOptions): ExportRunner {
  const timeoutMs = options.timeoutMs ?? 5 * 60_000;
  return {
    run(job, onProgress) {
      return new Promise<ExportJobResult>((resolve) => {
        let worker: Worker;
        try {
          worker = options.spawn();
        } catch (error) {
          resolve(err('export-failed', `The export could not start: ${String(error)}.`));
          return;
        }
        let settled = false;
        const finish = (result: ExportJobResult) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(result);
          void worker.terminate().catch(() => undefined);
        };
        const timer = setTimeout(
          () =>
            finish(
              err('export-failed', `The export took more than ${Math.round(timeoutMs / 1000)} s and was stopped.`),
            ),
          timeoutMs,
        );
        worker.on('message', (message: FromWorker) => {
          if (message.type === 'progress') {
            if (!settled) onProgress(message.progress);
          } else finish(message.result);
        });
        worker.on('error', (error) =>
          finish(err('export-failed', `The export stopped unexpectedly: ${error.message}.`)),
        );
        worker.on('exit', (code) =>
          finish(err('export-failed', `The export stopped unexpectedly (exit code ${code}).`)),
        );
        const message: ToWorker = { type: 'run', job };
        worker.postMessage(message);
      });
    },
  };
}
