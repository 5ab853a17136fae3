import { it } from 'vitest';

/** Whether the tests run as root (this machine and CI do): devices, chown and other users' files need it. */
export const runningAsRoot = process.getuid?.() === 0;

/** `it` for a test that needs root; elsewhere it is skipped, and its name says why. */
export function itAsRoot(name: string, test: () => Promise<void> | void, timeout?: number): void {
  if (runningAsRoot) it(name, test, timeout);
  else it.skip(`${name} (skipped: needs root, running as uid ${process.getuid?.() ?? '?'})`, test);
}
