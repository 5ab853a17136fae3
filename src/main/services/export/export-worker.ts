/**
 * Entry of the export worker thread, built by electron-vite as
 * out/main/export-worker.js. It receives one job, runs it (layout, PDF, DOCX,
 * atomic writes) off the main thread, posts progress and the result, and is then
 * terminated by the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { runExportJob } from './runner';
import type { FromWorker, ToWorker } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('export-worker must run in a worker thread');

port.once('message', (message: ToWorker) => {
  const post = (reply: FromWorker) => port.postMessage(reply);
  void runExportJob(message.job, (progress) => post({ type: 'progress', progress })).then(
    (result) => {
      post({ type: 'result', result });
    },
    (error: unknown) => {
      post({
        type: 'result',
        result: {
          ok: false,
          code: 'export-failed',
          message: `The export failed: ${error instanceof Error ? error.message : String(error)}.`,
        },
      });
    },
  );
});
