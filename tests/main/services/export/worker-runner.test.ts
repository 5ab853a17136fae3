import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportProgress } from '../../../../src/main/services/export';
import { type ExportJob, createInlineExportRunner } from '../../../../src/main/services/export/runner';
import { createWorkerExportRunner } from '../../../../src/main/services/export/worker-runner';
import { createDefaultPack } from '../../../../src/shared/pack';
import { smallCatalogue } from '../../../fixtures/catalogues/load';
import { readPdf } from '../../../helpers/pdfText';

const projectDir = path.resolve(__dirname, '../../../..');
const fontsDir = path.join(projectDir, 'resources/fonts');
const workerSource = path.join(projectDir, 'src/main/services/export/export-worker.ts');
const builtWorker = path.join(projectDir, 'out/main/export-worker.js');

/** When the newest file under `folder` last changed: a build older than that tests old code. */
function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  return newest;
}

/**
 * Runs the worker entry from its TypeScript source: tsx's require hook is
 * installed inside the worker before the entry loads (execArgv cannot carry
 * `--import tsx` into a worker on Node 20), so no build is needed.
 */
function spawnSourceWorker(): Worker {
  const tsx = createRequire(__filename).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(workerSource)});`, { eval: true });
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bpb-worker-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function job(targets: ExportJob['targets']): ExportJob {
  const catalogue = smallCatalogue();
  return { pack: createDefaultPack(catalogue, { today: '2024-03-05' }), catalogue, options: {}, targets, fontsDir };
}

describe('worker export runner', () => {
  it('renders off the main thread and gives the same result and progress as the inline runner', async () => {
    const progress: ExportProgress[] = [];
    const runner = createWorkerExportRunner({ spawn: spawnSourceWorker });
    const pdfPath = path.join(dir, 'worker.pdf');
    const docxPath = path.join(dir, 'worker.docx');
    const result = await runner.run(job({ pdfPath, docxPath }), (p) => progress.push(p));
    if (!result.ok) throw new Error(result.message);
    expect(result.data.pdf).toMatchObject({ path: pdfPath, bytes: (await readFile(pdfPath)).byteLength });
    expect(result.data.docx).toMatchObject({ path: docxPath, bytes: (await readFile(docxPath)).byteLength });
    expect((await readPdf(await readFile(pdfPath))).pageCount).toBe(result.data.pdf!.pageCount);

    const inlineProgress: ExportProgress[] = [];
    const inline = await createInlineExportRunner().run(
      job({ pdfPath: path.join(dir, 'inline.pdf'), docxPath: path.join(dir, 'inline.docx') }),
      (p) => inlineProgress.push(p),
    );
    if (!inline.ok) throw new Error(inline.message);
    expect(progress).toEqual(inlineProgress);
    expect(progress.map((p) => p.stage)).toEqual(['model', 'pdf', 'docx', 'writing', 'done']);
    expect(result.data.pdf!.pageCount).toBe(inline.data.pdf!.pageCount);
  });

  it('returns the job error as a value (an unwritable target)', async () => {
    const runner = createWorkerExportRunner({ spawn: spawnSourceWorker });
    const result = await runner.run(job({ pdfPath: path.join(dir, 'missing', 'x.pdf') }), () => undefined);
    expect(result).toMatchObject({ ok: false, code: 'write-failed' });
  });

  it('reports a worker that crashes or hangs as an export error value', async () => {
    const crashing = createWorkerExportRunner({ spawn: () => new Worker('throw new Error("boom")', { eval: true }) });
    const crashed = await crashing.run(job({ pdfPath: path.join(dir, 'a.pdf') }), () => undefined);
    expect(crashed).toMatchObject({ ok: false, code: 'export-failed' });
    expect(crashed.ok ? '' : crashed.message).toContain('boom');

    const hanging = createWorkerExportRunner({
      spawn: () => new Worker('setInterval(() => {}, 1000)', { eval: true }),
      timeoutMs: 300,
    });
    const hung = await hanging.run(job({ pdfPath: path.join(dir, 'b.pdf') }), () => undefined);
    expect(hung).toMatchObject({ ok: false, code: 'export-failed' });
    expect(existsSync(path.join(dir, 'b.pdf'))).toBe(false);
  });

  it('keeps one warm worker for consecutive exports, and starts a new one once it is closed', async () => {
    let spawned = 0;
    const runner = createWorkerExportRunner({
      spawn: () => {
        spawned++;
        return spawnSourceWorker();
      },
    });
    const first = runner.run(job({ pdfPath: path.join(dir, '1.pdf') }), () => undefined);
    const second = runner.run(job({ docxPath: path.join(dir, '2.docx') }), () => undefined);
    expect((await first).ok && (await second).ok).toBe(true);
    const started = performance.now();
    const third = await runner.run(job({ pdfPath: path.join(dir, '3.pdf') }), () => undefined);
    const warmMs = performance.now() - started;
    expect(third.ok).toBe(true);
    expect(spawned).toBe(1);
    console.log(`[worker-runner.test] warm export of the small pack: ${warmMs.toFixed(0)} ms`);

    await runner.close();
    const fourth = await runner.run(job({ pdfPath: path.join(dir, '4.pdf') }), () => undefined);
    expect(fourth.ok).toBe(true);
    expect(spawned).toBe(2);
    await runner.close();
  });

  it('starts a new worker for the next job after one crashed', async () => {
    let spawned = 0;
    const runner = createWorkerExportRunner({
      spawn: () => (++spawned === 1 ? new Worker('throw new Error("boom")', { eval: true }) : spawnSourceWorker()),
    });
    const crashed = await runner.run(job({ pdfPath: path.join(dir, 'a.pdf') }), () => undefined);
    expect(crashed).toMatchObject({ ok: false, code: 'export-failed' });
    const next = await runner.run(job({ pdfPath: path.join(dir, 'b.pdf') }), () => undefined);
    expect(next.ok).toBe(true);
    expect(spawned).toBe(2);
    await runner.close();
  });

  it('ends a worker left idle', async () => {
    const workers: Worker[] = [];
    const runner = createWorkerExportRunner({
      spawn: () => {
        const worker = spawnSourceWorker();
        workers.push(worker);
        return worker;
      },
      idleMs: 50,
    });
    expect((await runner.run(job({ pdfPath: path.join(dir, 'idle.pdf') }), () => undefined)).ok).toBe(true);
    const exitCode = await new Promise<number>((resolve) => workers[0]!.once('exit', resolve));
    expect(typeof exitCode).toBe('number');
  });

  const builtReason = !existsSync(builtWorker)
    ? 'out/main/export-worker.js is missing (run `npx electron-vite build` to test the built worker too)'
    : newestSource(path.join(projectDir, 'src')) > statSync(builtWorker).mtimeMs
      ? 'out/main/export-worker.js is older than the sources (run `npx electron-vite build` to test it again)'
      : undefined;
  if (builtReason) console.log(`[worker-runner.test] built-worker test skipped: ${builtReason}`);
  it.skipIf(builtReason !== undefined)('runs the built out/main/export-worker.js as the app does', async () => {
    const runner = createWorkerExportRunner({ spawn: () => new Worker(builtWorker) });
    const pdfPath = path.join(dir, 'built.pdf');
    const progress: string[] = [];
    const result = await runner.run(job({ pdfPath }), (p) => progress.push(p.stage));
    if (!result.ok) throw new Error(result.message);
    expect(result.data.pdf?.path).toBe(pdfPath);
    expect(progress).toEqual(['model', 'pdf', 'writing', 'done']);
  });
});
