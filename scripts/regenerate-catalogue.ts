/**
 * Rebuilds resources/catalogue/builtin.catalogue.json from the programme text
 * it is imported from. Run with `npm run catalogue:regenerate` after changing
 * the source text or the importer; tests/resources/builtin-catalogue.test.ts
 * fails until the two agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importBuiltinProgramme, regenerateBuiltinCatalogueJson } from '../src/shared/importers';

const repositoryRoot = resolve(__dirname, '..');
const sourcePath = resolve(repositoryRoot, 'resources/catalogue/source/cybercrime-webinars-2020.txt');
const outputPath = resolve(repositoryRoot, 'resources/catalogue/builtin.catalogue.json');

const sourceText = readFileSync(sourcePath, 'utf8');
// Warnings are not errors (the seed has a stray file-name line), but whoever regenerates should see them.
for (const warning of importBuiltinProgramme(sourceText).warnings) {
  process.stderr.write(`warning: line ${warning.line}: ${warning.message}: "${warning.text}"\n`);
}
try {
  writeFileSync(outputPath, regenerateBuiltinCatalogueJson(sourceText), 'utf8');
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
process.stdout.write(`wrote ${outputPath}\n`);
