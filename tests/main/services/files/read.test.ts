import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_INPUT_FILE_BYTES, readJsonFile, readTextFile } from '../../../../src/main/services/files/read';
import { itAsRoot } from '../../../helpers/root';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bpb-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readTextFile', () => {
  it('reads UTF-8 and drops a byte-order mark', async () => {
    const path = join(dir, 'a.txt');
    await writeFile(path, '\uFEFFÉtat');
    await expect(readTextFile(path)).resolves.toEqual({ ok: true, data: 'État' });
  });

  it('names the missing file', async () => {
    const result = await readTextFile(join(dir, 'missing.txt'));
    expect(result).toMatchObject({ ok: false, code: 'not-found' });
    expect(result.ok ? '' : result.message).toContain('missing.txt');
  });

  it('refuses files over 20 MB before reading them', async () => {
    const path = join(dir, 'huge.json');
    await writeFile(path, '');
    await truncate(path, MAX_INPUT_FILE_BYTES + 1);
    const result = await readTextFile(path);
    expect(result).toMatchObject({ ok: false, code: 'too-large' });
    expect(result.ok ? '' : result.message).toMatch(/huge\.json.*20 MB/);
  });

  it('refuses binary content', async () => {
    const path = join(dir, 'image.png');
    await writeFile(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    await expect(readTextFile(path)).resolves.toMatchObject({ ok: false, code: 'not-text' });
  });

  it('refuses a folder', async () => {
    await expect(readTextFile(dir)).resolves.toMatchObject({ ok: false, code: 'unreadable' });
  });

  it('reads UTF-16 with a byte-order mark (little and big endian) instead of calling it binary', async () => {
    const text = 'Séminaire — 24 juin 2020\n';
    const le = join(dir, 'le.txt');
    await writeFile(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    await expect(readTextFile(le)).resolves.toEqual({ ok: true, data: text });
    const be = join(dir, 'be.txt');
    await writeFile(be, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    await expect(readTextFile(be)).resolves.toEqual({ ok: true, data: text });
  });

  it('refuses a named pipe at once instead of waiting for a writer', async () => {
    const fifo = join(dir, 'programme.txt');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    const result = await readTextFile(fifo);
    expect(result).toMatchObject({ ok: false, code: 'unreadable' });
    expect(result.ok ? '' : result.message).toBe('programme.txt is a named pipe, not a file.');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('refuses a device such as /dev/zero, which never ends', async () => {
    const result = await readTextFile('/dev/zero');
    expect(result.ok ? '' : result.message).toBe('zero is a device, not a file.');
  });

  itAsRoot('refuses /proc/kmsg (a "regular file" that blocks until the kernel logs) without reading it', async () => {
    if (!existsSync('/proc/kmsg')) return;
    const result = await readTextFile('/proc/kmsg');
    expect(result).toMatchObject({ ok: false, code: 'unreadable' });
    expect(result.ok ? '' : result.message).toBe('kmsg is a system file, not a document.');
  });

  it('names the file as the caller labels it (the command line: as the user typed it)', async () => {
    const result = await readTextFile(join(dir, 'missing.txt'), { label: 'sub/missing.txt' });
    expect(result.ok ? '' : result.message).toBe('sub/missing.txt: no such file.');
  });
});

describe('readJsonFile', () => {
  it('names the file and the problem for truncated JSON', async () => {
    const path = join(dir, 'pack.briefpack');
    await writeFile(path, '{"format": "briefing-pack", "vers');
    const result = await readJsonFile(path);
    expect(result).toMatchObject({ ok: false, code: 'not-json' });
    expect(result.ok ? '' : result.message).toMatch(/^pack\.briefpack is not valid JSON: /);
  });

  it('says when the file is empty', async () => {
    const path = join(dir, 'empty.json');
    await writeFile(path, '  \n');
    const result = await readJsonFile(path);
    expect(result.ok ? '' : result.message).toBe('empty.json is not valid JSON: the file is empty.');
  });
});
