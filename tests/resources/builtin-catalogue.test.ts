import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCatalogue } from '../../src/shared/catalogue';
import { regenerateBuiltinCatalogueJson } from '../../src/shared/importers';

const CATALOGUE_DIR = resolve(__dirname, '../../resources/catalogue');

describe('built-in catalogue', () => {
  const committed = readFileSync(resolve(CATALOGUE_DIR, 'builtin.catalogue.json'), 'utf8');
  const source = readFileSync(resolve(CATALOGUE_DIR, 'source/cybercrime-webinars-2020.txt'), 'utf8');

  it('is exactly what the importer makes of the source text', () => {
    expect(
      committed,
      'resources/catalogue/builtin.catalogue.json is out of date with its source text or the importer: run `npm run catalogue:regenerate`',
    ).toBe(regenerateBuiltinCatalogueJson(source));
  });

  it('is a valid catalogue', () => {
    const result = validateCatalogue(JSON.parse(committed));
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
  });
});
