/** Issue 10, item 7: imports run off the main thread, with progress. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../../src/main/services/catalogue-import/import-job';
import {
  createInlineImportRunner,
  createWorkerImportRunner,
} from '../../../../src/main/services/catalogue-import/import-runner';
import { createHarness } from '../../support/harness';

const projectDir = path.resolve(__dirname, '../../../..');
const seed = path.join(projectDir, 'resources/catalogue/source/cybercrime-webinars-2020.txt');
const workerSource = path.join(projectDir, 'src/main/services/catalogue-import/import-worker.ts');

/** The worker entry from its TypeScript source (tsx's require hook installed inside the worker first). */
function spawnSourceWorker(): Worker {
  const tsx = createRequire(__filename).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(workerSource)});`, { eval: true });
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bpb-import-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function manySeminars(count: number): Promise<string> {
  const lines = ['Series', ''];
  for (let i = 0; i < count; i++) lines.push(`24 June 2020 - Seminar ${i}`, 'Time: 7.00 a.m. – 8.45 a.m. UTC', '');
  const file = path.join(dir, 'many.txt');
  await writeFile(file, lines.join('\n'));
  return file;
}

describe('the worker import runner', () => {
  it('imports in a worker thread what the inline runner imports, with progress to done', async () => {
    const progress: ImportProgress[] = [];
    const result = await createWorkerImportRunner({ spawn: spawnSourceWorker }).run(seed, (p) => progress.push(p));
    const inline = await createInlineImportRunner().run(seed, () => undefined);
    expect(result).toEqual(inline);
    expect(result.ok).toBe(true);
    expect(progress.map((p) => p.stage)).toEqual(['reading', 'importing', 'checking', 'done']);
  });

  it('keeps the main thread free while a long import runs, reporting progress as it goes', async () => {
    const file = await manySeminars(20_000);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const progress: ImportProgress[] = [];
    const started = performance.now();
    const result = await createWorkerImportRunner({ spawn: spawnSourceWorker }).run(file, (p) => progress.push(p));
    const elapsed = performance.now() - started;
    clearInterval(timer);
    expect(result.ok ? result.data.catalogue.seminars.length : result.message).toBe(20_000);
    // The main thread ran its timer all along (at least a third of the ticks the time allowed).
    expect(ticks).toBeGreaterThan(elapsed / 10 / 3);
    const importing = progress.filter((p) => p.stage === 'importing').map((p) => p.fraction);
    expect(importing.length).toBeGreaterThan(10);
    expect([...importing].sort((a, b) => a - b)).toEqual(importing);
  });

  it('reports a worker that dies as an error value, and one that runs too long as stopped', async () => {
    const crashing = () => new Worker('process.exit(3)', { eval: true });
    expect(await createWorkerImportRunner({ spawn: crashing }).run(seed, () => undefined)).toMatchObject({
      ok: false,
      message: 'The import stopped unexpectedly (exit code 3).',
    });
    const hanging = () => new Worker('setInterval(() => {}, 1000)', { eval: true });
    expect(await createWorkerImportRunner({ spawn: hanging, timeoutMs: 200 }).run(seed, () => undefined)).toMatchObject(
      { ok: false, message: 'The import took more than 0 s and was stopped.' },
    );
  });
});

describe('previewCatalogueImport sends importProgress events with its job id', () => {
  it('through the IPC contract', async () => {
    const h = await createHarness({ importRunner: createWorkerImportRunner({ spawn: spawnSourceWorker }) });
    try {
      const file = path.join(h.filesDir, 'seed.txt');
      await writeFile(file, await readFile(seed));
      h.dialogs.queueOpen(file);
      const preview = await h.ok('previewCatalogueImport', { jobId: 'job-7' });
      expect(preview).toMatchObject({ fileName: 'seed.txt', seminarCount: 5 });
      const events = h.events.sent.filter((sent) => sent.event === 'importProgress').map((sent) => sent.payload);
      expect(events[0]).toEqual({ jobId: 'job-7', stage: 'reading', fraction: 0 });
      expect(events.at(-1)).toEqual({ jobId: 'job-7', stage: 'done', fraction: 1 });
    } finally {
      await h.dispose();
    }
  });
});
