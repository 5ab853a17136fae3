import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { runCli } from '../../../src/main/cli/run';
import { findResourcesDir } from '../../../src/main/services/resources';

export const resourcesDir = findResourcesDir();
export const builtinCataloguePath = join(resourcesDir, 'catalogue/builtin.catalogue.json');
export const samplePackPath = join(resourcesDir, 'packs/sample.briefpack');

/** A fresh working folder for each test, and `cli(...)` running briefpack in it. */
export function useCliFolder(): { cwd: () => string; cli: (...argv: string[]) => Promise<CliRun> } {
  let cwd = '';
  beforeEach(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'bpb-cli-'));
  });
  afterEach(async () => {
    await rm(cwd, { recursive: true, force: true });
  });
  return { cwd: () => cwd, cli: (...argv) => runIn(cwd, argv) };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runIn(cwd: string, argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    resourcesDir,
  });
  return { code, stdout, stderr };
}
