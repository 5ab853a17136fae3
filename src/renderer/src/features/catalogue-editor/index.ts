export { CatalogueEditorHost } from './CatalogueEditorHost';
export type { CatalogueChange, EditorTarget, ImportPreview } from './types';
