export { importProgrammeText, NO_SEMINAR_MESSAGE } from './importProgrammeText';
