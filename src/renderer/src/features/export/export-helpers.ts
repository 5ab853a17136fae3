import type { ExportFormat, ExportProgress } from '../../../../shared/ipc/contract';
import type { Pack } from '../../../../shared/pack/schema';

/** Characters no common file system accepts in a name, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/**
 * A file name (without extension) suggested to the save dialog: the pack title,
 * made safe for file systems, with the edition when external.
 */
export function suggestedFileName(
  pack: Pack,
  fallback: string,
  externalSuffix: string,
  edition: 'internal' | 'external' = 'internal',
): string {
  const base =
    pack.title.replace(UNSAFE_IN_FILE_NAME, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').slice(0, 150).trim() ||
    fallback;
  return edition === 'external' ? `${base} (${externalSuffix})` : base;
}

export const DOCUMENT_FORMATS = ['pdf', 'docx'] as const;
export const CALENDAR_FORMATS = ['ics', 'frab', 'schedule-json'] as const;
/** The extension each format's file gets (the save dialog's name, and the ones written beside it). */
export const FORMAT_EXTENSIONS: Record<ExportFormat, string> = {
  pdf: 'pdf',
  docx: 'docx',
  ics: 'ics',
  frab: 'xml',
  'schedule-json': 'json',
};

export function chosenFormats(choice: Record<ExportFormat, boolean>): ExportFormat[] {
  return [...DOCUMENT_FORMATS, ...CALENDAR_FORMATS].filter((format) => choice[format]);
}

export type StageKey = 'stageModel' | 'stagePdf' | 'stageDocx' | 'stageWriting' | 'stageDone';

export function stageKey(stage: ExportProgress['stage']): StageKey {
  switch (stage) {
    case 'model':
      return 'stageModel';
    case 'pdf':
      return 'stagePdf';
    case 'docx':
      return 'stageDocx';
    case 'writing':
      return 'stageWriting';
    case 'done':
      return 'stageDone';
  }
}

let jobCounter = 0;

/** Unique per export in this window, so progress events of an earlier run are ignored. */
export function newJobId(): string {
  jobCounter += 1;
  return `export-${Date.now().toString(36)}-${jobCounter}`;
}
