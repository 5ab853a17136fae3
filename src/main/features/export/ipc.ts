import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ExportFormat, ExportResult } from '../../../shared/ipc/contract';
import { err, ok } from '../../../shared/result';
import { type IpcRegistrar, registerApiMethod } from '../../ipc/handler';
import type { FileFilter } from '../../ports';
import { replaceExtension, safeFileName, withExtension } from '../../services/files/file-names';
import type { FeatureContext } from '../../session/services';
import { checkPackAgainstItsCatalogue } from '../packs/load';

const FILTERS: Record<ExportFormat, FileFilter> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  docx: { name: 'Word document', extensions: ['docx'] },
};

/**
 * Export: one save dialog (for the PDF when both formats are asked for; the
 * DOCX is written beside it with the same base name), then rendering off the
 * main thread through the context's ExportRunner, with exportProgress events.
 */
export function registerExportIpc(
  registrar: IpcRegistrar,
  context: FeatureContext,
  isTrustedSender: (senderUrl: string | undefined) => boolean,
): void {
  const { catalogues, files } = context.services;
  const fontsDir = join(context.resourcesDir, 'fonts');

  registerApiMethod(
    registrar,
    'exportPack',
    async ({ pack, formats, jobId, suggestedName, edition, showGaps }) => {
      const started = performance.now();
      const catalogue = await checkPackAgainstItsCatalogue(pack, catalogues, 'This pack');
      if (!catalogue.ok) return catalogue;

      const wanted = new Set(formats);
      const primary: ExportFormat = wanted.has('pdf') ? 'pdf' : 'docx';
      const base = safeFileName(suggestedName ?? pack.title, 'Briefing pack');
      const chosen = await context.dialogs.chooseFileToSave({
        title: wanted.size === 2 ? 'Export the briefing pack (PDF and DOCX)' : 'Export the briefing pack',
        defaultPath: `${base}.${primary}`,
        filters: [FILTERS[primary]],
      });
      if (chosen === null) return ok({ cancelled: true as const });
      const primaryPath = withExtension(resolve(chosen), `.${primary}`);
      const targets = {
        ...(wanted.has('pdf') ? { pdfPath: primaryPath } : {}),
        ...(wanted.has('docx')
          ? { docxPath: primary === 'docx' ? primaryPath : replaceExtension(primaryPath, '.docx') }
          : {}),
      };

      // The first event goes out at once (a worker takes a moment to start); repeats are not sent again.
      let last: { stage: string; fraction: number } = { stage: 'model', fraction: 0 };
      context.events.send('exportProgress', { jobId, stage: 'model', fraction: 0 });
      const result = await context.exportRunner.run(
        { pack, catalogue: catalogue.data, options: { edition, showGaps }, targets, fontsDir },
        (progress) => {
          if (progress.stage === last.stage && progress.fraction === last.fraction) return;
          last = progress;
          context.events.send('exportProgress', { jobId, stage: progress.stage, fraction: progress.fraction });
        },
      );
      if (!result.ok) return result;
      const summary: ExportResult = { ...result.data, elapsedMs: Math.round(performance.now() - started) };
      if (summary.pdf) files.markProduced(summary.pdf.path);
      if (summary.docx) files.markProduced(summary.docx.path);
      return ok(summary);
    },
    isTrustedSender,
  );

  registerApiMethod(
    registrar,
    'showInFolder',
    async ({ filePath }) => {
      if (!files.wasProduced(filePath))
        return err(
          'invalid-request',
          `${basename(filePath)} was not saved or exported in this session, so it is not shown.`,
        );
      if (!existsSync(filePath)) return err('not-found', `${basename(filePath)} is no longer at ${filePath}.`);
      context.shell.showItemInFolder(resolve(filePath));
      return ok({});
    },
    isTrustedSender,
  );
}
