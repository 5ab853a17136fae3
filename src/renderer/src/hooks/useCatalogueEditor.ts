import { createContext, useContext } from 'react';
import type { ApiResponse, CatalogueEntry } from '../../../shared/ipc/contract';

export type ImportPreview = Exclude<ApiResponse<'previewCatalogueImport'>, { cancelled: true }>;

/** What the catalogue editor is asked to show. */
export type EditorTarget =
  /** The list of catalogues: new, duplicate, rename, delete, edit. `focus` is the one to start from. */
  | { kind: 'manage'; focus?: string }
  | { kind: 'edit'; catalogueId: string }
  /** An import read but not kept: corrected in the editor, then kept. */
  | { kind: 'import'; preview: ImportPreview; zoneAnswers?: Readonly<Record<string, string>> };

export interface CatalogueEditorLauncher {
  open: (target: EditorTarget) => void;
  /** Grows whenever a catalogue is made, saved, renamed or deleted: lists of catalogues reload on it. */
  revision: number;
  /** The catalogue last kept from the editor (an import corrected there), for the chooser to offer. */
  lastKept: CatalogueEntry | null;
}

/** The shell opens the catalogue editor; features ask it to through this. */
export const CatalogueEditorContext = createContext<CatalogueEditorLauncher>({
  open: () => undefined,
  revision: 0,
  lastKept: null,
});

export function useCatalogueEditor(): CatalogueEditorLauncher {
  return useContext(CatalogueEditorContext);
}
