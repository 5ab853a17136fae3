/**
 * Entry of the import worker thread, built by electron-vite as
 * out/main/import-worker.js. It receives one file path, imports and checks it
 * off the main thread, posts progress and the result, and is then terminated.
 */
import { parentPort } from 'node:worker_threads';
import { runImportJob } from './import-job';
import type { FromImportWorker, ToImportWorker } from './import-runner';

const port = parentPort;
if (!port) throw new Error('import-worker must run in a worker thread');

port.once('message', (message: ToImportWorker) => {
  const post = (reply: FromImportWorker) => port.postMessage(reply);
  void runImportJob(message.path, (progress) => post({ type: 'progress', progress }), message.zoneAnswers).then(
    (result) => post({ type: 'result', result }),
    (error: unknown) =>
      post({
        type: 'result',
        result: {
          ok: false,
          code: 'internal',
          message: `The import failed: ${error instanceof Error ? error.message : String(error)}.`,
        },
      }),
  );
});
