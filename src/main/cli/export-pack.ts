/**
 * Laying a pack out and writing its files. Loaded only by the commands that export (build, demo), with
 * import(), so that the other commands start without loading pdfmake and docx.
 */
import { join } from 'node:path';
import type { Catalogue } from '../../shared/catalogue/schema';
import { type BuildOptions, hasPrintableContent } from '../../shared/document/build';
import { buildPackDocument } from '../../shared/document/for-pack';
import type { Pack } from '../../shared/pack';
import { buildSchedule } from '../../shared/document/schedule';
import { exportPackOutputs } from '../services/export';
import { NOTHING_TO_PRINT, NO_SEMINAR_TO_SCHEDULE } from '../services/export/runner';
import type { CommandContext } from './command';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './errors';
import { showMadePath } from './output';

export interface ExportFileTarget {
  /** Where to write (links already followed). */
  path: string;
  /** How to print it: as the user gave it, or a path the program made. */
  label: string;
}

export interface ExportFileTargets {
  pdf?: ExportFileTarget;
  docx?: ExportFileTarget;
  ics?: ExportFileTarget;
  frab?: ExportFileTarget;
  scheduleJson?: ExportFileTarget;
}

/**
 * Lays the pack out, writes the files and prints one line per file, each named as `label` says.
 * A file that cannot be written (read-only folder, full disk) is a user error: exit 2, one line.
 */
export async function exportPackFiles(
  context: CommandContext,
  pack: Pack,
  catalogue: Catalogue,
  targets: ExportFileTargets,
  buildOptions: BuildOptions = {},
  output: { pdfa?: boolean } = {},
): Promise<number> {
  const wantsDocument = targets.pdf !== undefined || targets.docx !== undefined;
  const wantsSchedule = targets.ics !== undefined || targets.frab !== undefined || targets.scheduleJson !== undefined;
  const document = wantsDocument ? buildPackDocument(pack, catalogue, buildOptions) : undefined;
  if (document && !hasPrintableContent(document)) {
    context.io.stderr(`briefpack: ${NOTHING_TO_PRINT}\n`);
    return EXIT_USAGE;
  }
  const schedule = wantsSchedule ? buildSchedule(pack, catalogue) : undefined;
  if (schedule && schedule.entries.length === 0) {
    context.io.stderr(`briefpack: ${NO_SEMINAR_TO_SCHEDULE}\n`);
    return EXIT_USAGE;
  }
  const result = await exportPackOutputs(
    { ...(document ? { document } : {}), ...(schedule ? { schedule } : {}), stamp: new Date() },
    {
      ...(targets.pdf ? { pdfPath: targets.pdf.path } : {}),
      ...(targets.docx ? { docxPath: targets.docx.path } : {}),
      ...(targets.ics ? { icsPath: targets.ics.path } : {}),
      ...(targets.frab ? { frabPath: targets.frab.path } : {}),
      ...(targets.scheduleJson ? { scheduleJsonPath: targets.scheduleJson.path } : {}),
    },
    { fontsDir: join(context.resourcesDir, 'fonts'), ...(output.pdfa ? { pdfa: true } : {}) },
  );
  if (!result.ok) {
    let message = result.message;
    for (const target of Object.values(targets))
      if (target) message = message.split(`"${target.path}"`).join(`"${target.label}"`);
    context.io.stderr(`briefpack: ${message}\n`);
    // A file that cannot be written, or a pack over the size limit, is the user's to change: exit 2.
    return result.code === 'write-failed' || result.code === 'too-large' ? EXIT_USAGE : EXIT_FAILURE;
  }
  const { pdf, docx, ics, frab, scheduleJson } = result.data;
  if (pdf && targets.pdf) {
    const booklet = pdf.bookletPages === undefined ? '' : `, an A5 booklet of ${pdf.bookletPages} pages`;
    const pages = `${pdf.pageCount} ${pdf.pageCount === 1 ? 'page' : 'pages'}`;
    context.io.stdout(`${targets.pdf.label}  (PDF, ${pages}${booklet})\n`);
  }
  if (docx && targets.docx) context.io.stdout(`${targets.docx.label}  (DOCX)\n`);
  if (ics && targets.ics)
    context.io.stdout(`${targets.ics.label}  (iCalendar, ${ics.events} ${ics.events === 1 ? 'event' : 'events'})\n`);
  if (frab && targets.frab) context.io.stdout(`${targets.frab.label}  (frab schedule XML)\n`);
  if (scheduleJson && targets.scheduleJson) context.io.stdout(`${targets.scheduleJson.label}  (schedule.json)\n`);
  return EXIT_OK;
}

/** A target the program named itself (demo): printed relative to the working folder. */
export function madeTarget(context: CommandContext, path: string): ExportFileTarget {
  return { path, label: showMadePath(context.io.cwd, path) };
}
