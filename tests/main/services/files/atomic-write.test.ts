import { execFileSync } from 'node:child_process';
import {
  chmod,
  chown,
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
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  NotARegularFileError,
  tempFileOwner,
  tempPathFor,
  writeFileAtomic,
} from '../../../../src/main/services/files/atomic-write';
import { itAsRoot } from '../../../helpers/root';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bpb-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);
const mode = async (path: string) => (await stat(path)).mode & 0o7777;

describe('writeFileAtomic keeps what the target was', () => {
  it('keeps a 0600 file 0600 (the temporary file used to make it 0644, readable by every local user)', async () => {
    const target = join(dir, 'secret.briefpack');
    await writeFile(target, 'old');
    await chmod(target, 0o600);
    await writeFileAtomic(target, bytes('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect((await mode(target)).toString(8)).toBe('600');
  });

  it('keeps a 0640 and a 0444 mode too', async () => {
    for (const wanted of [0o640, 0o444]) {
      const target = join(dir, `f-${wanted.toString(8)}.pdf`);
      await writeFile(target, 'old');
      await chmod(target, wanted);
      await writeFileAtomic(target, bytes('new'));
      expect(await mode(target)).toBe(wanted);
    }
  });

  it('gives a new file the usual mode of a new file (0666 less the umask)', async () => {
    const target = join(dir, 'new.pdf');
    await writeFileAtomic(target, bytes('x'));
    const umask = process.umask();
    expect(await mode(target)).toBe(0o666 & ~umask);
  });

  itAsRoot('keeps the owner and group of a file another user owns (as root)', async () => {
    const target = join(dir, 'theirs.pdf');
    await writeFile(target, 'old');
    await chown(target, 4321, 4322);
    await chmod(target, 0o640);
    await writeFileAtomic(target, bytes('new'));
    const info = await stat(target);
    expect([info.uid, info.gid, info.mode & 0o7777]).toEqual([4321, 4322, 0o640]);
  });

  it('writes through a symbolic link to the real file and keeps the link', async () => {
    await mkdir(join(dir, 'real'));
    const real = join(dir, 'real', 'pack.briefpack');
    await writeFile(real, 'old');
    const linked = join(dir, 'link.briefpack');
    await symlink('real/pack.briefpack', linked);
    await writeFileAtomic(linked, bytes('new'));
    expect((await lstat(linked)).isSymbolicLink()).toBe(true);
    expect(await readlink(linked)).toBe('real/pack.briefpack');
    expect(await readFile(real, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(expect.arrayContaining(['link.briefpack', 'real']));
  });

  it('follows a chain of links, and a link whose file does not exist yet', async () => {
    const real = join(dir, 'real.pdf');
    await symlink('real.pdf', join(dir, 'one.pdf'));
    await symlink('one.pdf', join(dir, 'two.pdf'));
    await writeFileAtomic(join(dir, 'two.pdf'), bytes('first'));
    expect(await readFile(real, 'utf8')).toBe('first');
    expect((await lstat(join(dir, 'two.pdf'))).isSymbolicLink()).toBe(true);
  });

  it('keeps hard links apart only as far as rename can (the link that was saved gets the new content)', async () => {
    const target = join(dir, 'a.pdf');
    await writeFile(target, 'old');
    await link(target, join(dir, 'b.pdf'));
    await writeFileAtomic(target, bytes('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('saves a name of 255 bytes (the temporary name is short: 221 bytes used to be the limit)', async () => {
    const name = `${'é'.repeat(125)}.pdf`; // 250 + 4 = 254 bytes
    expect(Buffer.byteLength(name)).toBeGreaterThan(221);
    await writeFileAtomic(join(dir, name), bytes('x'));
    expect(await readFile(join(dir, name), 'utf8')).toBe('x');
    expect(Buffer.byteLength(tempPathFor(join(dir, name)).split('/').pop()!)).toBeLessThanOrEqual(29);
  });

  it('names its temporary files so the sweep knows whose they are, old and new spellings', () => {
    expect(tempFileOwner(tempPathFor('/x/pack.pdf', 1234).split('/').pop()!)).toBe(1234);
    expect(tempFileOwner('.pack.pdf.briefpack.77.0123456789ab.tmp')).toBe(77);
    expect(tempFileOwner('pack.pdf')).toBeUndefined();
  });
});

describe('writeFileAtomic refuses what is not a regular file', () => {
  it('refuses a folder and a named pipe, leaving them as they were', async () => {
    await mkdir(join(dir, 'folder.pdf'));
    await expect(writeFileAtomic(join(dir, 'folder.pdf'), bytes('x'))).rejects.toBeInstanceOf(NotARegularFileError);
    expect((await stat(join(dir, 'folder.pdf'))).isDirectory()).toBe(true);
    execFileSync('mkfifo', [join(dir, 'pipe.pdf')]);
    await expect(writeFileAtomic(join(dir, 'pipe.pdf'), bytes('x'))).rejects.toMatchObject({
      code: 'ENOTREG',
      kind: 'a named pipe',
    });
    expect((await stat(join(dir, 'pipe.pdf'))).isFIFO()).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['folder.pdf', 'pipe.pdf']);
  });

  itAsRoot('refuses a device node (a copy of /dev/full, and a link to /dev/null) and leaves it a device', async () => {
    const full = join(dir, 'full');
    execFileSync('mknod', [full, 'c', '1', '7']);
    await expect(writeFileAtomic(full, bytes('x'))).rejects.toMatchObject({ code: 'ENOTREG', kind: 'a device' });
    expect((await stat(full)).isCharacterDevice()).toBe(true);
    await symlink('/dev/null', join(dir, 'null.pdf'));
    await expect(writeFileAtomic(join(dir, 'null.pdf'), bytes('x'))).rejects.toMatchObject({ code: 'ENOTREG' });
    expect((await stat('/dev/null')).isCharacterDevice()).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['full', 'null.pdf']);
  });
});
