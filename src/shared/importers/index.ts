export type {
  ImportErrorCode,
  ImportOptions,
  ImportQuestion,
  ImportResult,
  ImportWarning,
  ZoneQuestion,
} from './model';
export { importProgrammeFile, type ImportFile, type ImportFileResult } from './import-file';
export { importProgrammeText, NO_SEMINAR_MESSAGE } from './text';
export { importICalendar } from './ics';
export { importFrabXml } from './frab-xml';
export { importScheduleJson } from './schedule-json';
export { importCsv } from './csv';
export { CSV_COLUMNS } from './csv-columns';
export { decodeText, detectSource, READABLE_KINDS_SENTENCE, type SourceFormat } from './detect';
export { BUILTIN_SERIES_ID, importBuiltinProgramme, regenerateBuiltinCatalogueJson } from './builtin';
export { STANDARD_TOPICS, type StandardTopic, type StandardTopicId } from './text/topics';
