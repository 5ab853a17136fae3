import { join, resolve } from 'node:path';
import type { Catalogue } from '../../shared/catalogue/schema';
import { buildBriefingDocument } from '../../shared/document/build';
import type { Pack } from '../../shared/pack';
import { createCatalogueService, loadCatalogueFile } from '../services/catalogue';
import { exportBriefingDocument } from '../services/export';
import type { CommandContext } from './command';
import { CliUsageError } from './errors';
import { showMadePath } from './output';

export async function loadCatalogueForBuild(context: CommandContext, path: string | undefined): Promise<Catalogue> {
  const result =
    path === undefined
      ? await createCatalogueService(context.resourcesDir).loadBuiltin()
      : await loadCatalogueFile(resolve(context.io.cwd, path));
  if (!result.ok) throw new CliUsageError(result.message);
  return result.data;
}

/** Lays the pack out, writes the files and prints one line per file; false (after one line on stderr) on failure. */
export async function exportPackFiles(
  context: CommandContext,
  pack: Pack,
  catalogue: Catalogue,
  targets: { pdfPath?: string; docxPath?: string },
): Promise<boolean> {
  const document = buildBriefingDocument(pack, catalogue);
  const result = await exportBriefingDocument(document, targets, { fontsDir: join(context.resourcesDir, 'fonts') });
  if (!result.ok) {
    context.io.stderr(`briefpack: ${result.message}\n`);
    return false;
  }
  const show = (path: string) => showMadePath(context.io.cwd, path);
  if (result.data.pdf) context.io.stdout(`${show(result.data.pdf.path)}  (PDF, ${result.data.pdf.pageCount} pages)\n`);
  if (result.data.docx) context.io.stdout(`${show(result.data.docx.path)}  (DOCX)\n`);
  return true;
}
