/**
 * Runs one export job: builds the document model from the pack and its
 * catalogue, renders PDF and/or DOCX and writes them atomically. `runExportJob`
 * is the job itself (plain Node); an ExportRunner decides where it runs — in a
 * worker thread in the app (so the window never freezes), inline in unit tests.
 */
import type { Catalogue } from '../../../shared/catalogue/schema';
import { type BuildOptions, hasPrintableContent } from '../../../shared/document/build';
import { buildPackDocument } from '../../../shared/document/for-pack';
import type { Pack } from '../../../shared/pack';
import { type Result, err } from '../../../shared/result';
import { buildSchedule } from '../../../shared/document/schedule';
import type { ExportErrorCode, ExportProgress } from './index';
import { type PackExportSummary, type PackExportTargets, exportPackOutputs, wantsDocument } from './pack-outputs';
import { hasScheduleTargets } from './schedule-files';

export interface ExportJob {
  pack: Pack;
  catalogue: Catalogue;
  /** Edition and draft gaps: chosen at export, not stored in the pack. */
  options: BuildOptions;
  targets: PackExportTargets;
  /** When the export runs (ISO): the calendar's DTSTAMP. Default: now. */
  stamp?: string;
  /** Folder holding the Noto Sans faces (resources/fonts). */
  fontsDir: string;
  /** Archival PDF (PDF/A-2b); the export dialog and the CLI's --pdfa set it. */
  pdfa?: boolean;
}

export type ExportJobResult = Result<PackExportSummary, ExportErrorCode | 'nothing-to-print'>;

/** Said (in English, for the command line and logs) when a pack would print as blank pages. */
export const NOTHING_TO_PRINT =
  'Nothing to print: every part of this pack is switched off or empty. Switch on a part or choose a seminar.';

/** Said when a calendar or schedule file would hold no event. */
export const NO_SEMINAR_TO_SCHEDULE = 'Nothing to put in the calendar: choose a seminar.';

export interface ExportRunner {
  run(job: ExportJob, onProgress: (progress: ExportProgress) => void): Promise<ExportJobResult>;
}

export async function runExportJob(
  job: ExportJob,
  onProgress: (progress: ExportProgress) => void,
): Promise<ExportJobResult> {
  const report = (progress: ExportProgress) => {
    try {
      onProgress(progress);
    } catch {
      // A failing progress listener must not abort the export.
    }
  };
  report({ stage: 'model', fraction: 0 });
  let document;
  let schedule;
  try {
    if (wantsDocument(job.targets)) document = buildPackDocument(job.pack, job.catalogue, job.options);
    if (hasScheduleTargets(job.targets)) schedule = buildSchedule(job.pack, job.catalogue);
  } catch (error) {
    return err(
      'export-failed',
      `The pack could not be laid out: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  // Refused before any file is touched: an existing file is never replaced by blank pages.
  if (document && !hasPrintableContent(document)) return err('nothing-to-print', NOTHING_TO_PRINT);
  if (schedule && schedule.entries.length === 0) return err('nothing-to-print', NO_SEMINAR_TO_SCHEDULE);
  const stamp = job.stamp !== undefined && !Number.isNaN(Date.parse(job.stamp)) ? new Date(job.stamp) : new Date();
  return exportPackOutputs(
    { ...(document ? { document } : {}), ...(schedule ? { schedule } : {}), stamp },
    job.targets,
    { fontsDir: job.fontsDir, ...(job.pdfa ? { pdfa: true } : {}), onProgress: report },
  );
}

/** Runs the job on the calling thread: for unit tests and the command line. */
export function createInlineExportRunner(): ExportRunner {
  return { run: runExportJob };
}
