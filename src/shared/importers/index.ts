export {
  importProgrammeText,
  NO_SEMINAR_MESSAGE,
  type ImportErrorCode,
  type ImportOptions,
  type ImportResult,
  type ImportWarning,
} from './text';
export { BUILTIN_SERIES_ID, importBuiltinProgramme, regenerateBuiltinCatalogueJson } from './builtin';
export { STANDARD_TOPICS, type StandardTopic, type StandardTopicId } from './text/topics';
