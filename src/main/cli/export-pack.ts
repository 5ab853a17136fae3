/**
 * Laying a pack out and writing its files. Loaded only by the commands that export (build, demo), with
 * import(), so that the other commands start without loading pdfmake and docx.
 */
import { join } from 'node:path';
import type { Catalogue } from '../../shared/catalogue/schema';
import { type BuildOptions, buildBriefingDocument, hasPrintableContent } from '../../shared/document/build';
import type { Pack } from '../../shared/pack';
import { exportBriefingDocument } from '../services/export';
import { NOTHING_TO_PRINT } from '../services/export/runner';
import type { CommandContext } from './command';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './errors';
import { showMadePath } from './output';

export interface ExportFileTarget {
  /** Where to write (links already followed). */
  path: string;
  /** How to print it: as the user gave it, or a path the program made. */
  label: string;
}

/**
 * Lays the pack out, writes the files and prints one line per file, each named as `label` says.
 * A file that cannot be written (read-only folder, full disk) is a user error: exit 2, one line.
 */
export async function exportPackFiles(
  context: CommandContext,
  pack: Pack,
  catalogue: Catalogue,
  targets: { pdf?: ExportFileTarget; docx?: ExportFileTarget },
  buildOptions: BuildOptions = {},
  output: { pdfa?: boolean } = {},
): Promise<number> {
  const document = buildBriefingDocument(pack, catalogue, buildOptions);
  if (!hasPrintableContent(document)) {
    context.io.stderr(`briefpack: ${NOTHING_TO_PRINT}\n`);
    return EXIT_USAGE;
  }
  const result = await exportBriefingDocument(
    document,
    {
      ...(targets.pdf ? { pdfPath: targets.pdf.path } : {}),
      ...(targets.docx ? { docxPath: targets.docx.path } : {}),
    },
    { fontsDir: join(context.resourcesDir, 'fonts'), ...(output.pdfa ? { pdfa: true } : {}) },
  );
  if (!result.ok) {
    let message = result.message;
    for (const target of [targets.pdf, targets.docx])
      if (target) message = message.split(`"${target.path}"`).join(`"${target.label}"`);
    context.io.stderr(`briefpack: ${message}\n`);
    // A file that cannot be written, or a pack over the size limit, is the user's to change: exit 2.
    return result.code === 'write-failed' || result.code === 'too-large' ? EXIT_USAGE : EXIT_FAILURE;
  }
  if (result.data.pdf && targets.pdf)
    context.io.stdout(`${targets.pdf.label}  (PDF, ${result.data.pdf.pageCount} pages)\n`);
  if (result.data.docx && targets.docx) context.io.stdout(`${targets.docx.label}  (DOCX)\n`);
  return EXIT_OK;
}

/** A target the program named itself (demo): printed relative to the working folder. */
export function madeTarget(context: CommandContext, path: string): ExportFileTarget {
  return { path, label: showMadePath(context.io.cwd, path) };
}
