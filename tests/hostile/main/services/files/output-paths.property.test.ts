/**
 * Output paths and permissions, fuzzed (issue 10): a folder of inputs and odd
 * things (files of any mode, symbolic links in chains, dangling links, hard
 * links, folders, fifos, devices as root, very long names), and a random output
 * name. checkOutputPath + writeFileAtomic either write the real file the name
 * leads to — keeping its mode, keeping every link a link — or refuse and leave
 * the folder exactly as it was. An input is never written.
 */
import { execFileSync } from 'node:child_process';
import {
  chmod,
  link,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../../src/main/services/files/atomic-write';
import { checkOutputPath } from '../../../../../src/main/services/files/output-path';
import { runningAsRoot } from '../../../../helpers/root';

const RUNS = Number(process.env['HOSTILE_OUTPUT_RUNS'] ?? (process.env['CI'] ? 300 : 60));

type Entry =
  | { kind: 'file'; name: string; mode: number; input: boolean }
  | { kind: 'link'; name: string; to: string; absolute: boolean }
  | { kind: 'hardlink'; name: string; to: string }
  | { kind: 'folder'; name: string }
  | { kind: 'fifo'; name: string }
  | { kind: 'device'; name: string };

const NAMES = ['a.pdf', 'b.briefpack', 'c.docx', 'd.json', 'e', 'é.pdf', `${'ü'.repeat(120)}.pdf`, 'sub/f.pdf'];
const name = fc.constantFrom(...NAMES);
const entry: fc.Arbitrary<Entry> = fc.oneof(
  fc.record({
    kind: fc.constant('file' as const),
    name,
    mode: fc.constantFrom(0o600, 0o640, 0o644, 0o400, 0o660, 0o755),
    input: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('link' as const), name, to: name, absolute: fc.boolean() }),
  fc.record({ kind: fc.constant('hardlink' as const), name, to: name }),
  fc.record({ kind: fc.constant('folder' as const), name }),
  fc.record({ kind: fc.constant('fifo' as const), name }),
  ...(runningAsRoot ? [fc.record({ kind: fc.constant('device' as const), name })] : []),
);
const output = fc.oneof(
  name,
  name.map((n) => `./${n}`),
  name.map((n) => `${n}/`),
  fc.constantFrom('missing/x.pdf', 'sub/../a.pdf', 'a.pdf/x.pdf', `${'é'.repeat(126)}.pdf`),
);

interface Snapshot {
  [name: string]: { kind: string; mode?: number; content?: string; target?: string };
}

async function snapshot(dir: string, prefix = ''): Promise<Snapshot> {
  const shot: Snapshot = {};
  for (const entryName of (await readdir(dir)).sort()) {
    const full = path.join(dir, entryName);
    const info = await lstat(full);
    const key = prefix + entryName;
    if (info.isSymbolicLink()) shot[key] = { kind: 'link', target: await readlink(full) };
    else if (info.isDirectory()) {
      shot[key] = { kind: 'folder' };
      Object.assign(shot, await snapshot(full, `${key}/`));
    } else if (info.isFile())
      shot[key] = { kind: 'file', mode: info.mode & 0o7777, content: await readFile(full, 'utf8') };
    else shot[key] = { kind: 'special' };
  }
  return shot;
}

async function make(dir: string, entries: Entry[]): Promise<{ inputs: string[] }> {
  const inputs: string[] = [];
  await mkdir(path.join(dir, 'sub'), { recursive: true });
  for (const item of entries) {
    const full = path.join(dir, item.name);
    try {
      if (item.kind === 'file') {
        // 'wx': a name taken by a fifo would otherwise block the open for ever.
        await writeFile(full, `content of ${item.name}`, { flag: 'wx' });
        await chmod(full, item.mode);
        if (item.input) inputs.push(full);
      } else if (item.kind === 'link') {
        const target = item.absolute
          ? path.join(dir, item.to)
          : path.relative(path.dirname(full), path.join(dir, item.to));
        await symlink(target, full);
      } else if (item.kind === 'hardlink') await link(path.join(dir, item.to), full);
      else if (item.kind === 'folder') await mkdir(full);
      else if (item.kind === 'fifo') execFileSync('mkfifo', [full]);
      else execFileSync('mknod', [full, 'c', '1', '3']); // /dev/null's numbers
    } catch {
      // The name is taken already, or the link's target is missing: the folder is what it is.
    }
  }
  return { inputs };
}

let base: string;
beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'bpb-outputs-'));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe(`output paths and permissions (${RUNS} runs)`, () => {
  it('write the real file the name leads to, keeping mode and links, or refuse and change nothing', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 8 }), output, async (entries, given) => {
        const dir = path.join(base, `run-${run++}`);
        await mkdir(dir);
        const { inputs } = await make(dir, entries);
        const before = await snapshot(dir);
        const inputInfo = await Promise.all(inputs.map((input) => stat(input)));
        const checked = await checkOutputPath(given, {
          cwd: dir,
          inputs: inputs.map((input) => ({ path: input, label: path.basename(input) })),
        });
        if (!checked.ok) {
          expect(checked.message).not.toMatch(/\n|at .*\.ts:/);
          expect(await snapshot(dir)).toEqual(before);
          return;
        }
        const real = checked.data;
        const existing = await stat(real).catch(() => undefined);
        // Never an input (device + inode), never something that is not a regular file.
        for (const info of inputInfo)
          expect(existing && existing.dev === info.dev && existing.ino === info.ino).toBeFalsy();
        if (existing) expect(existing.isFile()).toBe(true);
        await writeFileAtomic(path.resolve(dir, given), new TextEncoder().encode('NEW'));
        expect(await readFile(real, 'utf8')).toBe('NEW');
        if (existing) expect((await stat(real)).mode & 0o7777).toBe(existing.mode & 0o7777);
        const after = await snapshot(dir);
        for (const [key, was] of Object.entries(before)) {
          if (was.kind === 'link') expect(after[key], key).toEqual(was); // links stay links, same target
          if (was.kind === 'file' && path.join(dir, key) !== real) {
            const sameInode = existing && (await stat(path.join(dir, key))).ino === existing.ino;
            if (!sameInode) expect(after[key], key).toEqual(was);
          }
        }
        for (const input of inputs) expect(await readFile(input, 'utf8')).not.toBe('NEW');
        // No temporary file is left behind.
        expect(Object.keys(after).filter((key) => key.includes('.~bpb.'))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
