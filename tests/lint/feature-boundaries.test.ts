/**
 * A feature is built on components/, hooks/, state/, i18n/ and src/shared only:
 * never on the shell (app/) or another feature. eslint.config.mjs (mirrored here as tests/lint/) enforces it
 * while editing; this test keeps the rule itself honest.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const featuresDir = join(root, 'src/renderer/src/features');
const ALLOWED = /^(\.\/|\.\.\/\.\.\/(components|hooks|state|i18n)(\/|$)|\.\.\/\.\.\/\.\.\/\.\.\/shared\/)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('feature boundaries', () => {
  it('no feature imports app/ or another feature', () => {
    const crossings = sourceFiles(featuresDir).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)]
        .map((match) => match[1]!)
        .filter((specifier) => specifier.startsWith('.') && !ALLOWED.test(specifier))
        .map((specifier) => `${relative(featuresDir, file)} → ${specifier}`),
    );
    expect(crossings).toEqual([]);
  });

  it('is enforced by ESLint', async () => {
    const eslint = new ESLint({ cwd: root });
    const probe = async (file: string, specifier: string) => {
      const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport const y = x;\n`, {
        filePath: join(root, file),
      });
      return result!.messages.some((message) => message.ruleId === 'no-restricted-imports');
    };
    expect(await probe('src/renderer/src/features/pack/Probe.ts', '../../app/strings')).toBe(true);
    expect(await probe('src/renderer/src/features/pack/Probe.ts', '../catalogue/seminar-view')).toBe(true);
    expect(await probe('src/renderer/src/features/pack/Probe.ts', '../../components/Modal')).toBe(false);
    expect(await probe('src/renderer/src/features/pack/Probe.ts', '../../../../shared/pack')).toBe(false);
    expect(await probe('src/renderer/src/components/Probe.ts', '../app/strings')).toBe(true);
  }, 30_000);
});
