import { validateCatalogue } from '../catalogue';
import type { ImportResult } from './model';
import { importProgrammeText } from './text/importProgrammeText';

/**
 * Series id of the built-in catalogue: the importer's default (the slug of the
 * series title), so that `briefpack import <seed>` with no options reproduces
 * the shipped catalogue byte for byte.
 */
export const BUILTIN_SERIES_ID = 'cybercrime-and-criminal-justice-in-cyberspace';

/** The seed's file name, recorded as the built-in catalogue's source as `briefpack import` records any file's. */
export const BUILTIN_SOURCE_FILE_NAME = 'cybercrime-webinars-2020.txt';

/** Imports the built-in programme text the one way the product ships it: as `briefpack import <seed>` does. */
export function importBuiltinProgramme(sourceText: string): ImportResult {
  return importProgrammeText(sourceText, { fileName: BUILTIN_SOURCE_FILE_NAME });
}

/**
 * The exact contents of resources/catalogue/builtin.catalogue.json for a given
 * source text. The regenerate script writes it and the drift test compares
 * against it, so the two cannot disagree. Throws when the source no longer
 * imports into a valid catalogue: that is a build error, not user input.
 */
export function regenerateBuiltinCatalogueJson(sourceText: string): string {
  const imported = importBuiltinProgramme(sourceText);
  if (!imported.ok) throw new Error(`The built-in programme does not import: ${imported.message}`);
  const validated = validateCatalogue(imported.catalogue);
  if (!validated.ok) throw new Error(`The built-in catalogue is not valid: ${validated.message}`);
  return `${JSON.stringify(imported.catalogue, null, 2)}\n`;
}
