import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ExportFormat, ExportResult } from '../../../shared/ipc/contract';
import type { Language } from '../../../shared/catalogue/schema';
import { type NativeDialogKey, nativeDialogText } from '../../../shared/i18n/native-dialogs';
import { aboutFile, err, ok } from '../../../shared/result';
import { type IpcRegistrar, registerApiMethod } from '../../ipc/handler';
import type { FileFilter } from '../../ports';
import { replaceExtension, safeFileName, withExtension } from '../../services/files/file-names';
import { confirmReplacing, interfaceLanguage } from '../../session/replace-guard';
import type { FeatureContext } from '../../session/services';
import { snapshotAsCatalogue } from '../../../shared/pack';
import { settlePackForUse } from '../../services/packs';

/** Each format's file: its extension, the save dialog's filter name, and its field in the job's targets. */
const FORMAT_FILES = {
  pdf: { extension: 'pdf', filter: 'pdfDocument', target: 'pdfPath' },
  docx: { extension: 'docx', filter: 'wordDocument', target: 'docxPath' },
  ics: { extension: 'ics', filter: 'calendarExport', target: 'icsPath' },
  frab: { extension: 'xml', filter: 'frabSchedule', target: 'frabPath' },
  'schedule-json': { extension: 'json', filter: 'scheduleJson', target: 'scheduleJsonPath' },
} as const satisfies Record<ExportFormat, { extension: string; filter: NativeDialogKey; target: string }>;
const FORMAT_ORDER = Object.keys(FORMAT_FILES) as ExportFormat[];

function filterFor(language: Language, format: ExportFormat): FileFilter {
  const file = FORMAT_FILES[format];
  return { name: nativeDialogText(language, file.filter), extensions: [file.extension] };
}

/**
 * Export: one save dialog (for the PDF when both formats are asked for; the
 * DOCX is written beside it with the same base name), then, when a file to be
 * written exists and the dialog did not ask about it (the DOCX beside the PDF, a
 * name that gained its extension), a question naming each such file. Then
 * rendering off the main thread through the context's ExportRunner, with
 * exportProgress events.
 */
export function registerExportIpc(
  registrar: IpcRegistrar,
  context: FeatureContext,
  isTrustedSender: (senderUrl: string | undefined) => boolean,
): void {
  const { catalogues, files, settings } = context.services;
  const fontsDir = join(context.resourcesDir, 'fonts');

  registerApiMethod(
    registrar,
    'exportPack',
    async ({ pack: sent, formats, jobId, suggestedName, edition, showGaps, pdfa }) => {
      const started = performance.now();
      // The pack carries its programme, so the export needs no catalogue; a seminar its snapshot lacks
      // (a pack made by hand) is taken from its catalogue when that is here, and one found nowhere is refused.
      const settled = await settlePackForUse(sent, catalogues);
      const missing = settled.warnings.flatMap((warning) =>
        warning.kind === 'seminar-dropped' ? [warning.seminarId] : [],
      );
      if (missing.length > 0)
        return err(
          'pack-catalogue-mismatch',
          `This pack names seminars that neither its programme nor its catalogue holds: ${missing.join(', ')}.`,
          missing.map((id) => ({ path: 'seminarIds', message: `no seminar with id "${id}"` })),
        );
      const pack = settled.pack;
      const catalogue = snapshotAsCatalogue(pack.programme);

      const language = await interfaceLanguage(settings, context.systemLocale);
      const wanted = FORMAT_ORDER.filter((format) => formats.includes(format));
      // One save dialog, for the first format asked for; the others are written beside it under the same name.
      const primary: ExportFormat = wanted[0] ?? 'pdf';
      const base = safeFileName(suggestedName ?? pack.title, 'Briefing pack');
      const onlyDocument = wanted.every((format) => format === 'pdf' || format === 'docx');
      const chosen = await context.dialogs.chooseFileToSave({
        title: nativeDialogText(
          language,
          wanted.length === 1 ? 'exportPack' : onlyDocument ? 'exportPackBoth' : 'exportFiles',
        ),
        defaultPath: `${base}.${FORMAT_FILES[primary].extension}`,
        filters: [filterFor(language, primary)],
      });
      if (chosen === null) return ok({ cancelled: true as const });
      const primaryPath = withExtension(resolve(chosen), `.${FORMAT_FILES[primary].extension}`);
      const targets: Partial<Record<(typeof FORMAT_FILES)[ExportFormat]['target'], string>> = {};
      for (const format of wanted) {
        const file = FORMAT_FILES[format];
        targets[file.target] = format === primary ? primaryPath : replaceExtension(primaryPath, `.${file.extension}`);
      }
      const writing = Object.values(targets);
      if (!(await confirmReplacing(context.dialogs, language, chosen, writing)))
        return ok({ cancelled: true as const });

      // The first event goes out at once (a worker takes a moment to start); repeats are not sent again.
      let last: { stage: string; fraction: number } = { stage: 'model', fraction: 0 };
      context.events.send('exportProgress', { jobId, stage: 'model', fraction: 0 });
      const result = await context.exportRunner.run(
        { pack, catalogue, options: { edition, showGaps }, targets, fontsDir, ...(pdfa ? { pdfa: true } : {}) },
        (progress) => {
          if (progress.stage === last.stage && progress.fraction === last.fraction) return;
          last = progress;
          context.events.send('exportProgress', { jobId, stage: progress.stage, fraction: progress.fraction });
        },
      );
      if (!result.ok) return aboutFile(result, writing.map((target) => basename(target)).join(', '));
      const summary: ExportResult = { ...result.data, elapsedMs: Math.round(performance.now() - started) };
      for (const file of [summary.pdf, summary.docx, summary.ics, summary.frab, summary.scheduleJson])
        if (file) files.markProduced(file.path);
      return ok(summary);
    },
    isTrustedSender,
  );

  registerApiMethod(
    registrar,
    'showInFolder',
    async ({ filePath }) => {
      if (!files.wasProduced(filePath))
        return aboutFile(
          err(
            'invalid-request',
            `${basename(filePath)} was not saved or exported in this session, so it is not shown.`,
          ),
          basename(filePath),
        );
      if (!existsSync(filePath))
        return aboutFile(
          err('not-found', `${basename(filePath)} is no longer at ${filePath}.`),
          basename(filePath),
          'not-found',
        );
      context.shell.showItemInFolder(resolve(filePath));
      return ok({});
    },
    isTrustedSender,
  );
}
