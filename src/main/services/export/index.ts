// pdfmake has no types of its own; this makes its declaration part of every program that imports the
// export service (tsconfig.e2e.json only includes tests/e2e, which reach this file through the bridge).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./pdfmake.d.ts" />
/**
 * The export service's entry point: the document export (briefing-document.ts)
 * and every file one export asks for (pack-outputs.ts), which builds on it.
 */
export * from './briefing-document';
export {
  exportPackOutputs,
  type PackExportInput,
  type PackExportSummary,
  type PackExportTargets,
  wantsDocument,
} from './pack-outputs';
export { type ScheduleSummary, type ScheduleTargets } from './schedule-files';
