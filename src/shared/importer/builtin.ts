import { validateCatalogue } from '../catalogue/schema';
import { type ImportResult, importProgrammeText } from './importProgrammeText';

/** Series id of the built-in catalogue (the 2020 webinar series on cybercrime and criminal justice). */
export const BUILTIN_SERIES_ID = 'cybercrime-criminal-justice-2020';

/** Imports the built-in programme text the one way the product ships it. */
export function importBuiltinProgramme(sourceText: string): ImportResult {
  return importProgrammeText(sourceText, { seriesId: BUILTIN_SERIES_ID });
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
