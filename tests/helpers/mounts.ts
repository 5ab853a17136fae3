import { execFileSync } from 'node:child_process';

/**
 * Mounts a small tmpfs at `dir` (root only): a full disk (`size=64k`) or a
 * read-only folder (`ro`), for the failures root cannot otherwise meet (root
 * writes through permissions). Returns false when mounting is not allowed here.
 */
export function mountTmpfs(dir: string, options: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'ignore' });
  } catch {
    // not mounted
  }
}
