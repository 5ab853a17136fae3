/**
 * Entry of the export worker thread, built by electron-vite as
 * out/main/export-worker.js. It runs jobs one after another (layout, PDF, DOCX,
 * atomic writes) off the main thread and posts progress and each result. It
 * stays alive between jobs, so fonts, modules and compiled code are warm for
 * the next export; the main thread ends it when idle, stuck or broken.
 */
import { parentPort } from 'node:worker_threads';
import { runExportJob } from './runner';
import type { FromWorker, ToWorker } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('export-worker must run in a worker thread');

let queue: Promise<void> = Promise.resolve();

port.on('message', (message: ToWorker) => {
  const { id } = message;
  const post = (reply: FromWorker) => port.postMessage(reply);
  queue = queue.then(() =>
    runExportJob(message.job, (progress) => post({ type: 'progress', id, progress })).then(
      (result) => post({ type: 'result', id, result }),
      (error: unknown) =>
        post({
          type: 'result',
          id,
          result: {
            ok: false,
            code: 'export-failed',
            message: `The export failed: ${error instanceof Error ? error.message : String(error)}.`,
          },
        }),
    ),
  );
});
