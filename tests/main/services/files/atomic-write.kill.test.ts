/**
 * The "no data loss" promise under SIGKILL: child processes save a large pack
 * (about 1 MB of topic briefs) in a loop with writeFileAtomic, alternating
 * two valid contents, and are killed at random moments, at least 500 times.
 * After every kill the pack file is exactly the old or the new content and
 * loads with loadPack (never torn, never missing once it was first saved), and
 * the start-up sweep then leaves no temporary file behind.
 *
 * Start-up cost decides the run time, so the child (tests/fixtures/processes/save-loop.ts,
 * which imports only writeFileAtomic) is transpiled once with TypeScript into a temporary
 * folder and run by plain Node, and the next child is always started while the current one
 * is being killed (a few children are always starting up ahead of their turn). The contents are serialised here, by serialisePack, and handed over as files.
 */
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import ts from 'typescript';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tempFileOwner } from '../../../../src/main/services/files/atomic-write';
import { sweepOrphanedTempFiles } from '../../../../src/main/services/files/temp-sweep';
import { loadPack } from '../../../../src/shared/pack';
import { largePackTexts } from '../../../fixtures/processes/large-packs';
import { seededRandom } from '../../../helpers/seeded-random';

const KILLS = Number(process.env['BPB_KILL_TEST_KILLS'] ?? 500);
const SPARE_CHILDREN = 4;
/**
 * A SIGKILL cannot undo what reached the kernel, with or without fsync (that guards against power loss,
 * which no test here can cut), so the folder may be a RAM disk: on a shared machine the disk's fsync
 * latency would otherwise decide the run time. BPB_KILL_TEST_DIR=/some/disk/folder runs it on a disk.
 */
const KILL_TEST_BASE =
  process.env['BPB_KILL_TEST_DIR'] ??
  (process.platform === 'linux' && existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir());
const REPO = path.resolve(__dirname, '../../../..');
const SOURCES = ['src/main/services/files/atomic-write.ts', 'tests/fixtures/processes/save-loop.ts'];

let root: string;
let script: string;
let oldFile: string;
let newFile: string;
let packsDir: string;
let target: string;
let texts: [string, string];

beforeAll(async () => {
  root = await mkdtemp(path.join(KILL_TEST_BASE, 'bpb-kill-'));
  for (const source of SOURCES) {
    const { outputText } = ts.transpileModule(await readFile(path.join(REPO, source), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: source,
    });
    const out = path.join(root, 'build', source.replace(/\.ts$/, '.js'));
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, outputText);
  }
  script = path.join(root, 'build', SOURCES[1]!.replace(/\.ts$/, '.js'));
  texts = largePackTexts();
  expect(texts[0]).not.toBe(texts[1]);
  oldFile = path.join(root, 'old.json');
  newFile = path.join(root, 'new.json');
  await writeFile(oldFile, texts[0]);
  await writeFile(newFile, texts[1]);
  packsDir = path.join(root, 'packs');
  await mkdir(packsDir);
  target = path.join(packsDir, 'kill-test.briefpack');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Saver {
  pid: number;
  saves: number;
  go(): void;
  firstSave: Promise<void>;
  killAndWait(): Promise<void>;
}

function startSaver(): Promise<Saver> {
  const child: ChildProcessByStdio<Writable, Readable, null> = spawn(
    process.execPath,
    [script, target, oldFile, newFile],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let ready = false;
    let onFirstSave: () => void = () => undefined;
    const saver: Saver = {
      pid: child.pid!,
      saves: 0,
      go: () => child.stdin.write('g'),
      firstSave: new Promise((r) => (onFirstSave = r)),
      async killAndWait() {
        child.kill('SIGKILL');
        await exited;
      },
    };
    child.stdin.on('error', () => undefined); // EPIPE once killed
    child.once('error', reject);
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (!ready) {
        if (!text.includes('ready\n')) return;
        ready = true;
        resolve(saver);
        return;
      }
      saver.saves += text.length;
      onFirstSave();
    });
    void exited.then(() => {
      if (!ready) reject(new Error('the save loop exited before it was ready'));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it(`a pack saved in a loop and killed ${KILLS} times is always the old or the new content`, async () => {
  const seed = Number(process.env['BPB_KILL_TEST_SEED'] ?? Date.now() % 1_000_000);
  // Deterministic, so a failing run can be repeated (BPB_KILL_TEST_SEED).
  const random = seededRandom(seed);
  const started = performance.now();
  let everSaved = false;
  let midWrite = 0;
  let beforeFirstSave = 0;
  let sawOld = 0;
  let sawNew = 0;

  // Children start up ahead of their turn (Node's start-up is most of each kill's cost).
  const waiting = Array.from({ length: SPARE_CHILDREN }, () => startSaver());
  let waitedForChildren = 0;
  try {
    for (let kill = 0; kill < KILLS; kill++) {
      const waitStart = performance.now();
      const saver = await waiting.shift()!;
      waitedForChildren += performance.now() - waitStart;
      waiting.push(startSaver());
      saver.go();
      // Half the kills come after the child's first complete save, half at any moment from its start.
      if (random() < 0.5) await Promise.race([saver.firstSave, sleep(5_000)]);
      await sleep(Math.floor(random() * 31));
      await saver.killAndWait();

      const left = (await readdir(packsDir)).filter((name) => tempFileOwner(name) === saver.pid);
      if (left.length > 0) midWrite++;
      if (saver.saves === 0) beforeFirstSave++;
      everSaved ||= saver.saves > 0;

      let text: string;
      try {
        text = await readFile(target, 'utf8');
      } catch (error) {
        if (!everSaved && (error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw new Error(`kill ${kill} (seed ${seed}): the pack file is missing after a save`, { cause: error });
      }
      everSaved = true;
      if (text === texts[0]) sawOld++;
      else if (text === texts[1]) sawNew++;
      else throw new Error(`kill ${kill} (seed ${seed}): the pack file is torn (${text.length} characters)`);
      const loaded = loadPack(JSON.parse(text));
      expect(loaded.ok, `kill ${kill}: ${loaded.ok ? '' : loaded.message}`).toBe(true);
    }
  } finally {
    // Also on failure: no child may outlive the test (or write into a folder afterAll removes).
    for (const spare of waiting)
      await spare.then(
        (s) => s.killAndWait(),
        () => undefined,
      );
  }

  const orphans = (await readdir(packsDir)).filter((name) => tempFileOwner(name) !== undefined);
  const swept = await sweepOrphanedTempFiles([packsDir]);
  expect(swept.removed).toHaveLength(orphans.length);
  expect(swept.failed).toEqual([]);
  expect(await readdir(packsDir)).toEqual(['kill-test.briefpack']);

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `[kill test] seed ${seed}, in ${KILL_TEST_BASE}: ${KILLS} SIGKILLs in ${seconds} s; ${midWrite} landed mid-write (temporary file left), ` +
      `${beforeFirstSave} before the child's first save; file afterwards old ${sawOld}, new ${sawNew}; ` +
      `${orphans.length} orphaned temporary files removed by the sweep; ` +
      `${(waitedForChildren / 1000).toFixed(1)} s spent waiting for children to start.`,
  );
  expect(sawOld + sawNew).toBeGreaterThan(0);
  expect(midWrite).toBeGreaterThan(0);
}, 300_000);
