import { z } from 'zod';
import { CatalogueSchema } from '../../catalogue/schema';
import { IPC_CHANNELS } from '../channels';
import { CatalogueEntrySchema, CatalogueTitle, EditedCatalogueSchema } from './catalogue';
import { Id, type MethodGroup } from './common';

/** An editor draft left by a window that closed without saving (a crash). */
export const CatalogueDraftSchema = z.object({ catalogue: EditedCatalogueSchema, savedAt: z.string() });

/** The catalogue is open in the editor of another window or another running copy of the app. */
export const CatalogueInUseSchema = z.object({ inUse: z.object({ title: z.string(), message: z.string() }) });

export const CatalogueEditorSessionSchema = z.object({
  entry: CatalogueEntrySchema,
  catalogue: CatalogueSchema,
  /** Unsaved work on this catalogue from an editor that did not close (offered before editing). */
  draft: CatalogueDraftSchema.optional(),
});
export type CatalogueEditorSession = z.infer<typeof CatalogueEditorSessionSchema>;

/** Making, renaming and editing the user's own catalogues, under an edit lock per catalogue. */
export const CATALOGUE_EDITOR_METHODS = {
  createCatalogue: {
    channel: IPC_CHANNELS.createCatalogue,
    /** An empty catalogue of the user's own, with one series named `title`. */
    request: z.object({ title: CatalogueTitle }).strict(),
    response: CatalogueEntrySchema,
  },
  duplicateCatalogue: {
    channel: IPC_CHANNELS.duplicateCatalogue,
    /** A copy (any catalogue, the built-in one too) with an identity of its own, to edit. */
    request: z.object({ catalogueId: Id, title: CatalogueTitle }).strict(),
    response: CatalogueEntrySchema,
  },
  renameCatalogue: {
    channel: IPC_CHANNELS.renameCatalogue,
    request: z.object({ catalogueId: Id, title: CatalogueTitle }).strict(),
    response: CatalogueEntrySchema,
  },
  openCatalogueEditor: {
    channel: IPC_CHANNELS.openCatalogueEditor,
    /**
     * Takes the catalogue's edit lock for this window (the built-in one cannot be edited: duplicate it).
     * Open in another window or instance: `inUse`; asking again with `takeOver` takes the lock.
     */
    request: z.object({ catalogueId: Id, takeOver: z.boolean().optional() }).strict(),
    response: z.union([CatalogueInUseSchema, CatalogueEditorSessionSchema]),
  },
  saveCatalogue: {
    channel: IPC_CHANNELS.saveCatalogue,
    /** Checked whole (problems located by path for the editor), written atomically; removes the draft. */
    request: z.object({ catalogueId: Id, catalogue: EditedCatalogueSchema }).strict(),
    response: z.object({ entry: CatalogueEntrySchema, catalogue: CatalogueSchema }),
  },
  writeCatalogueDraft: {
    channel: IPC_CHANNELS.writeCatalogueDraft,
    /** Called a few seconds after each edit in the editor: what a crash would otherwise lose. */
    request: z.object({ catalogueId: Id, catalogue: EditedCatalogueSchema }).strict(),
    response: z.object({ savedAt: z.string() }),
  },
  closeCatalogueEditor: {
    channel: IPC_CHANNELS.closeCatalogueEditor,
    /** Gives the edit lock up; `discardDraft` when the user chose not to keep unsaved changes. */
    request: z.object({ catalogueId: Id, discardDraft: z.boolean() }).strict(),
    response: z.object({}),
  },
} as const satisfies MethodGroup;
