import type { CatalogueEntry } from '../../../../shared/ipc/contract';
import type { ImportPreview } from '../../hooks/useCatalogueEditor';
import type { Catalogue } from '../../../../shared/catalogue/schema';

export type { EditorTarget, ImportPreview } from '../../hooks/useCatalogueEditor';
export type ImportWarning = ImportPreview['warnings'][number];

/** Told to the shell, so the open pack and the catalogue list follow. */
export type CatalogueChange =
  | { kind: 'saved'; entry: CatalogueEntry; catalogue: Catalogue }
  | { kind: 'kept'; entry: CatalogueEntry }
  | { kind: 'created'; entry: CatalogueEntry }
  | { kind: 'renamed'; entry: CatalogueEntry }
  | { kind: 'removed'; catalogueId: string };
