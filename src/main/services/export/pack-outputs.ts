/**
 * Every file one export asks for: the document (PDF, DOCX) and the calendar
 * and schedule files, checked up front (no two to the same path), the
 * document first (the long part), then the schedule files.
 */
import path from 'node:path';
import type { BriefingDocument } from '../../../shared/document/model';
import type { Schedule } from '../../../shared/document/schedule';
import { type Result, err, ok } from '../../../shared/result';
import {
  type ExportErrorCode,
  type ExportOptions,
  type ExportSummary,
  type ExportTargets,
  exportBriefingDocument,
} from './briefing-document';
import { type ScheduleSummary, type ScheduleTargets, hasScheduleTargets, writeScheduleFiles } from './schedule-files';

export type PackExportTargets = ExportTargets & ScheduleTargets;
export type PackExportSummary = ExportSummary & ScheduleSummary;

export interface PackExportInput {
  /** Needed when a PDF or DOCX is asked for. */
  document?: BriefingDocument;
  /** Needed when a calendar or schedule file is asked for. */
  schedule?: Schedule;
  /** DTSTAMP of the calendar: when the export runs. */
  stamp: Date;
}

export function wantsDocument(targets: PackExportTargets): boolean {
  return targets.pdfPath !== undefined || targets.docxPath !== undefined;
}

export async function exportPackOutputs(
  input: PackExportInput,
  targets: PackExportTargets,
  options: ExportOptions,
): Promise<Result<PackExportSummary, ExportErrorCode>> {
  const all = [targets.pdfPath, targets.docxPath, targets.icsPath, targets.frabPath, targets.scheduleJsonPath].filter(
    (target): target is string => target !== undefined,
  );
  if (all.length === 0) return err('export-failed', 'Nothing to export: choose at least one file to write.');
  const resolved = all.map((target) => path.resolve(target));
  const twice = all.find((_, index) => resolved.indexOf(resolved[index] ?? '') !== index);
  if (twice !== undefined) return err('export-failed', `Two of the files cannot both be written to "${twice}".`);

  let summary: PackExportSummary = {};
  if (wantsDocument(targets)) {
    if (!input.document) return err('export-failed', 'Nothing to export: the document was not laid out.');
    const written = await exportBriefingDocument(input.document, targets, {
      ...options,
      // The calendar files come after: the document's "done" is not the export's.
      onProgress: (progress) => {
        if (progress.stage !== 'done' || !hasScheduleTargets(targets)) options.onProgress?.(progress);
      },
    });
    if (!written.ok) return written;
    summary = { ...written.data };
  }
  if (hasScheduleTargets(targets)) {
    if (!input.schedule) return err('export-failed', 'Nothing to export: the schedule was not made.');
    options.onProgress?.({ stage: 'writing', fraction: 0.95 });
    const written = await writeScheduleFiles(input.schedule, targets, input.stamp);
    if (!written.ok) {
      const saved = [summary.pdf?.path, summary.docx?.path].filter((file) => file !== undefined);
      return saved.length === 0
        ? written
        : err(written.code, `${written.message} Saved: ${saved.map((file) => `"${file}"`).join(', ')}.`);
    }
    summary = { ...summary, ...written.data };
    options.onProgress?.({ stage: 'done', fraction: 1 });
  }
  return ok(summary);
}
