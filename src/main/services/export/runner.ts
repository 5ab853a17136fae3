/**
 * Runs one export job: builds the document model from the pack and its
 * catalogue, renders PDF and/or DOCX and writes them atomically. `runExportJob`
 * is the job itself (plain Node); an ExportRunner decides where it runs — in a
 * worker thread in the app (so the window never freezes), inline in unit tests.
 */
import type { Catalogue } from '../../../shared/catalogue/schema';
import { type BuildOptions, buildBriefingDocument, hasPrintableContent } from '../../../shared/document/build';
import type { Pack } from '../../../shared/pack';
import { type Result, err } from '../../../shared/result';
import {
  type ExportErrorCode,
  type ExportProgress,
  type ExportSummary,
  type ExportTargets,
  exportBriefingDocument,
} from './index';

export interface ExportJob {
  pack: Pack;
  catalogue: Catalogue;
  /** Edition and draft gaps: chosen at export, not stored in the pack. */
  options: BuildOptions;
  targets: ExportTargets;
  /** Folder holding the Noto Sans faces (resources/fonts). */
  fontsDir: string;
  /** Archival PDF (PDF/A-2b); the export dialog and the CLI's --pdfa set it. */
  pdfa?: boolean;
}

export type ExportJobResult = Result<ExportSummary, ExportErrorCode | 'nothing-to-print'>;

/** Said (in English, for the command line and logs) when a pack would print as blank pages. */
export const NOTHING_TO_PRINT =
  'Nothing to print: every part of this pack is switched off or empty. Switch on a part or choose a seminar.';

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
  try {
    document = buildBriefingDocument(job.pack, job.catalogue, job.options);
  } catch (error) {
    return err(
      'export-failed',
      `The pack could not be laid out: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  // Refused before any file is touched: an existing file is never replaced by blank pages.
  if (!hasPrintableContent(document)) return err('nothing-to-print', NOTHING_TO_PRINT);
  return exportBriefingDocument(document, job.targets, {
    fontsDir: job.fontsDir,
    ...(job.pdfa ? { pdfa: true } : {}),
    onProgress: report,
  });
}

/** Runs the job on the calling thread: for unit tests and the command line. */
export function createInlineExportRunner(): ExportRunner {
  return { run: runExportJob };
}
