/**
 * One import, from file to checked catalogue: reads the file's bytes, hands
 * them to the importers' one entry point (which picks the reader from the
 * content), and validates the result like any catalogue. Plain Node; the app runs it in a worker thread
 * (import-worker.ts) so a long import never freezes the window.
 */
import { basename } from 'node:path';
import { type Catalogue, validateCatalogue } from '../../../shared/catalogue';
import { type ZoneQuestion, importProgrammeFile } from '../../../shared/importers';
import type { IpcErrorCode } from '../../../shared/ipc/contract';
import { type Result, err, ok } from '../../../shared/result';
import { type ReadFileErrorCode, readFileBytes } from '../files/read';

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
  /** Zone abbreviations with several meanings: the user answers them before the import is kept. */
  questions: ZoneQuestion[];
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
  zoneAnswers: Readonly<Record<string, string>> = {},
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
  const bytes = await readFileBytes(path);
  if (!bytes.ok) return err(readErrorCode(bytes.code), bytes.message);
  report('importing', 0.1);
  // One entry point for every kind of file, picked from the content (src/shared/importers).
  const imported = importProgrammeFile(
    { bytes: bytes.data, name: fileName },
    { zoneAnswers, onProgress: (fraction) => report('importing', 0.1 + 0.7 * fraction) },
  );
  if (!imported.ok) {
    const message = imported.message.startsWith(fileName) ? imported.message : `${fileName}: ${imported.message}`;
    return err('invalid-file', message, imported.problems);
  }
  report('checking', 0.8);
  // The importers promise a valid catalogue; check anyway, as for any file.
  const validated = validateCatalogue(imported.catalogue);
  if (!validated.ok) return err('invalid-file', `${fileName}: ${validated.message}`, validated.problems);
  report('done', 1);
  const warnings = imported.warnings.map(({ line, text, message }) => ({ line, text, message }));
  return ok({ catalogue: validated.data, warnings, questions: imported.questions });
}

/** Every question answered with one of its choices; otherwise a message saying which is still open. */
export function checkZoneAnswers(
  questions: readonly ZoneQuestion[],
  answers: Readonly<Record<string, string>>,
): Result<null, IpcErrorCode> {
  for (const question of questions) {
    const answer = answers[question.id];
    if (answer === undefined || !question.choices.includes(answer))
      return err(
        'invalid-request',
        `Choose which time zone "${question.id}" means (line ${question.line}) before keeping this import.`,
      );
  }
  return ok(null);
}
