import { z } from 'zod';
import { readEditedCatalogue } from '../../catalogue/problems';
import { type Catalogue, CatalogueSchema, ContentLanguageSchema } from '../../catalogue/schema';
import { IPC_CHANNELS } from '../channels';
import { Id, type MethodGroup, NoParameters } from './common';

export const SeminarSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  language: ContentLanguageSchema,
  start: z.string(),
  end: z.string(),
  chair: z.object({ name: z.string(), role: z.string() }).optional(),
  speakerCount: z.number().int(),
  tbcCount: z.number().int(),
  topicLabels: z.array(z.string()),
});

export const CatalogueEntrySchema = z.object({
  /** `builtin` for the shipped catalogue; imported ones get a generated id. */
  id: Id,
  title: z.string(),
  /** `own`: made in the app (from scratch or as a copy of another catalogue). */
  source: z.enum(['builtin', 'imported', 'own']),
  seminarCount: z.number().int(),
  /** ISO instant; imported catalogues only. */
  importedAt: z.string().optional(),
  /** Name of the file it was imported from; imported catalogues only. */
  fileName: z.string().optional(),
});
export type CatalogueEntry = z.infer<typeof CatalogueEntrySchema>;

/** A catalogue title as the user types it. */
export const CatalogueTitle = z.string().trim().min(1).max(2_000);
/**
 * A catalogue as the editor sends it: a catalogue's shape, though a name may
 * still be empty and times or references may not yet agree (saving checks them all).
 */
export const EditedCatalogueSchema = z.custom<Catalogue>((value) => readEditedCatalogue(value).ok, {
  message: 'is not a catalogue',
});

/** Reading the catalogues this app holds, and removing one. */
export const CATALOGUE_METHODS = {
  listCatalogues: {
    channel: IPC_CHANNELS.listCatalogues,
    request: NoParameters,
    response: z.array(CatalogueEntrySchema),
  },
  getCatalogue: {
    channel: IPC_CHANNELS.getCatalogue,
    /** No id: the built-in catalogue. */
    request: z.object({ catalogueId: Id.optional() }).strict(),
    response: CatalogueSchema,
  },
  listSeminars: {
    channel: IPC_CHANNELS.listSeminars,
    request: z.object({ catalogueId: Id.optional() }).strict(),
    response: z.array(SeminarSummarySchema),
  },
  removeCatalogue: {
    channel: IPC_CHANNELS.removeCatalogue,
    /** Asked after the user confirmed; packs made from it keep working (each carries its programme). */
    request: z.object({ catalogueId: Id }).strict(),
    response: z.object({ removed: z.boolean() }),
  },
} as const satisfies MethodGroup;
