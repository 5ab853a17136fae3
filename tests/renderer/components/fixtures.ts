/** Shared fixtures for the renderer component tests: the built-in catalogue and a default pack. */
import builtinJson from '../../../resources/catalogue/builtin.catalogue.json';
import { type Catalogue, validateCatalogue } from '../../../src/shared/catalogue';
import { type DefaultPackOptions, type Pack, createDefaultPack } from '../../../src/shared/pack';

export function builtinCatalogue(): Catalogue {
  const result = validateCatalogue(structuredClone(builtinJson));
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

export function defaultPack(catalogue: Catalogue, options: Partial<DefaultPackOptions> = {}): Pack {
  return createDefaultPack(catalogue, { today: '2020-06-01', ...options });
}

export const NEW_YORK_VIENNA = ['America/New_York', 'Europe/Vienna'];
export const ASIA_PACIFIC = 'seminar-2020-06-24';
export const LATIN_AMERICA_ES = 'seminar-2020-07-22';
