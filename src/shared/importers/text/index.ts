export {
  importProgrammeText,
  NO_SEMINAR_MESSAGE,
  type ImportErrorCode,
  type ImportOptions,
  type ImportResult,
  type ImportWarning,
} from './importProgrammeText';
