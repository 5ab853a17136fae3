export type {
  ImportErrorCode,
  ImportOptions,
  ImportQuestion,
  ImportResult,
  ImportWarning,
  ZoneQuestion,
} from './model';
export { importProgrammeText, NO_SEMINAR_MESSAGE } from './text';
export { BUILTIN_SERIES_ID, importBuiltinProgramme, regenerateBuiltinCatalogueJson } from './builtin';
export { STANDARD_TOPICS, type StandardTopic, type StandardTopicId } from './text/topics';
