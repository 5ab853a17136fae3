/**
 * One import, from file to checked catalogue: reads the file (programme text or
 * catalogue JSON), runs the importer or parses the JSON, and validates the
 * result like any catalogue. Plain Node; the app runs it in a worker thread
 * (import-worker.ts) so a long import never freezes the window.
 */
import { basename, extname } from 'node:path';
import { type Catalogue, validateCatalogue } from '../../../shared/catalogue';
import { importProgrammeText } from '../../../shared/importers';
import type { IpcErrorCode } from '../../../shared/ipc/contract';
import { type Result, err, ok } from '../../../shared/result';
import { type ReadFileErrorCode, readTextFile } from '../files/read';

export type ImportStage = 'reading' | 'importing' | 'checking' | 'done';

export interface ImportProgress {
  stage: ImportStage;
  /** Overall progress, 0 to 1. */
  fraction: number;
}

export interface ImportWarningView {
  line: number;
  text: string;
  message: string;
}

export interface ImportedCatalogue {
  catalogue: Catalogue;
  warnings: ImportWarningView[];
}

export type ImportJobResult = Result<ImportedCatalogue, IpcErrorCode>;

function readErrorCode(code: ReadFileErrorCode): IpcErrorCode {
  if (code === 'not-found') return 'not-found';
  if (code === 'too-large') return 'too-large';
  return 'invalid-file';
}

export async function runImportJob(
  path: string,
  onProgress: (progress: ImportProgress) => void = () => undefined,
): Promise<ImportJobResult> {
  const report = (stage: ImportStage, fraction: number) => {
    try {
      onProgress({ stage, fraction });
    } catch {
      // A failing progress listener must not abort the import.
    }
  };
  const fileName = basename(path);
  report('reading', 0);
  const text = await readTextFile(path);
  if (!text.ok) return err(readErrorCode(text.code), text.message);
  let catalogue: Catalogue;
  let warnings: ImportWarningView[] = [];
  const looksLikeJson = extname(path).toLowerCase() === '.json' || /^\s*[{[]/.test(text.data);
  if (looksLikeJson) {
    report('importing', 0.1);
    let data: unknown;
    try {
      data = JSON.parse(text.data);
    } catch (error) {
      const detail = text.data.trim() === '' ? 'the file is empty' : (error as Error).message;
      return err('invalid-file', `${fileName} is not valid JSON: ${detail}.`);
    }
    report('checking', 0.8);
    const validated = validateCatalogue(data);
    if (!validated.ok) return err('invalid-file', `${fileName}: ${validated.message}`, validated.problems);
    catalogue = validated.data;
  } else {
    report('importing', 0.1);
    const imported = importProgrammeText(text.data, {
      onProgress: (fraction) => report('importing', 0.1 + 0.7 * fraction),
    });
    if (!imported.ok) return err('invalid-file', `${fileName}: ${imported.message}`);
    report('checking', 0.8);
    // The importer promises a valid catalogue; check anyway, as for any file.
    const validated = validateCatalogue(imported.catalogue);
    if (!validated.ok) return err('invalid-file', `${fileName}: ${validated.message}`, validated.problems);
    catalogue = validated.data;
    warnings = imported.warnings.map(({ line, text: lineText, message }) => ({ line, text: lineText, message }));
  }
  report('done', 1);
  return ok({ catalogue, warnings });
}
