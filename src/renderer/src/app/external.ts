/**
 * The components built in the preview, editors, export, recovery and settings
 * features, wired into the shell from this one place.
 */
export { PreviewPane } from '../features/preview/PreviewPane';
export { SpeakerBiosEditor } from '../features/editors/SpeakerBiosEditor';
export { TopicBriefsEditor } from '../features/editors/TopicBriefsEditor';
export { ExportDialog } from '../features/export/ExportDialog';
export { RecoveryPrompt } from '../features/recovery/RecoveryPrompt';
export { SettingsDialog } from '../features/settings/SettingsDialog';
export { PackOpenedNotices } from '../features/pack-opened/PackOpenedNotices';
export { CatalogueEditorHost } from '../features/catalogue-editor';
export type { CatalogueChange } from '../features/catalogue-editor';
