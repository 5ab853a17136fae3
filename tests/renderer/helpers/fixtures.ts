import smallCatalogueJson from '../../fixtures/catalogues/small.catalogue.json';
import { type Catalogue, validateCatalogue } from '../../../src/shared/catalogue';
import type { OpenedPack } from '../../../src/shared/ipc/contract';
import { createDefaultPack } from '../../../src/shared/pack/pack';
import type { Pack } from '../../../src/shared/pack/schema';
import { type OpenDocument, packActions, packStoreReducer } from '../../../src/renderer/src/state/pack-store';

/** The hand-written small catalogue (3 seminars: en, fr, es), validated; a fresh copy each call. */
export function smallCatalogue(): Catalogue {
  const result = validateCatalogue(structuredClone(smallCatalogueJson));
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

export const SEMINAR_EN = '2020-06-24-asia-pacific';
export const SEMINAR_FR = '2020-07-09-francophone';
export const SEMINAR_ES = '2020-07-22-spanish';

export function samplePack(overrides: Partial<Pack> = {}, catalogue = smallCatalogue()): Pack {
  return createDefaultPack(catalogue, { today: '2020-06-01', ...overrides });
}

export function opened(pack: Pack, filePath: string | null = null, displayName = 'Untitled'): OpenedPack {
  return { pack, filePath, displayName };
}

/** A freshly loaded (clean) document. */
export function loadedDocument(overrides: Partial<Pack> = {}): OpenDocument {
  const catalogue = smallCatalogue();
  const document = packStoreReducer(null, packActions.loaded(opened(samplePack(overrides, catalogue)), catalogue));
  if (!document) throw new Error('not loaded');
  return document;
}
