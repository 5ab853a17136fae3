import { z } from 'zod';
import type { CatalogueChange } from '../../catalogue/diff';
import { CatalogueSchema } from '../../catalogue/schema';
import { IPC_CHANNELS } from '../channels';
import { CatalogueEntrySchema, EditedCatalogueSchema } from './catalogue';
import { Cancelled, Id, type MethodGroup } from './common';

export const ImportWarningSchema = z.object({ line: z.number().int(), text: z.string(), message: z.string() });

/** An abbreviation with several meanings (IST, CST): the user picks the zone before keeping the import. */
export const ZoneQuestionSchema = z.object({
  kind: z.literal('time-zone'),
  id: z.string(),
  line: z.number().int(),
  text: z.string(),
  choices: z.array(z.string()),
});

/** Answers to zone questions: abbreviation → IANA zone (one of the question's choices). */
export const ZoneAnswersSchema = z.record(z.string().min(1).max(10), z.string().min(1).max(100));

/** What the user sees before deciding to keep an imported catalogue. */
export const CatalogueImportPreviewSchema = z.object({
  /** Opaque handle for keepCatalogueImport; valid until kept or until the app quits. */
  token: z.string(),
  fileName: z.string(),
  title: z.string(),
  seminarCount: z.number().int(),
  peopleCount: z.number().int(),
  topicCount: z.number().int(),
  warnings: z.array(ImportWarningSchema),
  /** Zone questions the user must answer before keeping; empty when there are none. */
  questions: z.array(ZoneQuestionSchema).default([]),
  /** The catalogue of this app the file is already in (same identity): keeping it updates that one in place. */
  replaces: z.object({ id: Id, title: z.string() }).optional(),
  /** What keeping it would change in `replaces` (empty: the file says what that catalogue says). */
  changes: z.array(z.custom<CatalogueChange>((value) => typeof value === 'object' && value !== null)).optional(),
});

export const ImportProgressSchema = z.object({
  jobId: z.string(),
  stage: z.enum(['reading', 'importing', 'checking', 'done']),
  /** 0 to 1. */
  fraction: z.number().min(0).max(1),
});
export type ImportProgress = z.infer<typeof ImportProgressSchema>;

/** Importing a programme or catalogue file: preview it, correct it in the editor if need be, keep it. */
export const CATALOGUE_IMPORT_METHODS = {
  previewCatalogueImport: {
    channel: IPC_CHANNELS.previewCatalogueImport,
    /**
     * Shows an open dialog for a programme (text, web page, .ics, frab XML, schedule.json, CSV) or a catalogue
     * file, then reads it off the main thread, sending importProgress events with `jobId`.
     */
    request: z.object({ jobId: z.string().min(1).max(100).optional() }).strict(),
    response: z.union([Cancelled, CatalogueImportPreviewSchema]),
  },
  keepCatalogueImport: {
    channel: IPC_CHANNELS.keepCatalogueImport,
    /**
     * `zoneAnswers`: the user's answers to the preview's zone questions. `catalogue`: the import as
     * corrected in the editor (checked whole before it is kept; its times are the user's own).
     */
    request: z
      .object({
        token: z.string().min(1).max(200),
        zoneAnswers: ZoneAnswersSchema.optional(),
        catalogue: EditedCatalogueSchema.optional(),
      })
      .strict(),
    response: CatalogueEntrySchema,
  },
  getCatalogueImport: {
    channel: IPC_CHANNELS.getCatalogueImport,
    /**
     * The catalogue an import preview read, for correcting it in the editor before it is kept; with
     * `zoneAnswers`, read again with the answers to its zone questions.
     */
    request: z.object({ token: z.string().min(1).max(200), zoneAnswers: ZoneAnswersSchema.optional() }).strict(),
    response: z.object({ catalogue: CatalogueSchema, warnings: z.array(ImportWarningSchema) }),
  },
} as const satisfies MethodGroup;
