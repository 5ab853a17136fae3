import { z } from 'zod';
import { PackSchema } from '../../pack/schema';
import { IPC_CHANNELS } from '../channels';
import { Cancelled, FilePath, type MethodGroup } from './common';

/** The document (PDF, DOCX) and the calendar and schedule files (iCalendar, frab XML, schedule.json). */
export const ExportFormatSchema = z.enum(['pdf', 'docx', 'ics', 'frab', 'schedule-json']);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

export const ExportResultSchema = z.object({
  pdf: z
    .object({
      path: z.string(),
      pageCount: z.number().int(),
      bytes: z.number().int(),
      /** An A5 booklet: its own pages (`pageCount` counts the A4 sides it is imposed on). */
      bookletPages: z.number().int().optional(),
    })
    .optional(),
  docx: z.object({ path: z.string(), bytes: z.number().int() }).optional(),
  ics: z.object({ path: z.string(), bytes: z.number().int(), events: z.number().int() }).optional(),
  frab: z.object({ path: z.string(), bytes: z.number().int() }).optional(),
  scheduleJson: z.object({ path: z.string(), bytes: z.number().int() }).optional(),
  elapsedMs: z.number(),
});
export type ExportResult = z.infer<typeof ExportResultSchema>;

export const ExportProgressSchema = z.object({
  jobId: z.string(),
  stage: z.enum(['model', 'pdf', 'docx', 'writing', 'done']),
  /** 0 to 1. */
  fraction: z.number().min(0).max(1),
});
export type ExportProgress = z.infer<typeof ExportProgressSchema>;

/** Writing a pack's document and schedule files, and showing where they went. */
export const EXPORT_METHODS = {
  exportPack: {
    channel: IPC_CHANNELS.exportPack,
    /**
     * Shows a save dialog (one for the base name when both formats are asked for),
     * then renders off the main thread, sending exportProgress events with `jobId`.
     */
    request: z
      .object({
        pack: PackSchema,
        formats: z
          .array(ExportFormatSchema)
          .min(1)
          .max(ExportFormatSchema.options.length)
          .refine((formats) => new Set(formats).size === formats.length, 'lists a format twice'),
        jobId: z.string().min(1).max(100),
        suggestedName: z.string().max(200).optional(),
        /** Chosen in the export dialog; the pack's own `external` field is no longer read. */
        edition: z.enum(['internal', 'external']).default('internal'),
        /** A draft that names what is missing, marked DRAFT. */
        showGaps: z.boolean().default(false),
        /** Archival PDF (PDF/A-2b) as well as tagged (PDF/UA-1). */
        pdfa: z.boolean().default(false),
      })
      .strict(),
    response: z.union([Cancelled, ExportResultSchema]),
  },
  showInFolder: {
    channel: IPC_CHANNELS.showInFolder,
    /** Only paths this session exported or saved are shown. */
    request: z.object({ filePath: FilePath }).strict(),
    response: z.object({}),
  },
} as const satisfies MethodGroup;
