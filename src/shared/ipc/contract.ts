/**
 * The one source of truth for the renderer ↔ main API: each method's channel,
 * request schema and response schema, and each event's payload. The preload
 * object, the main-process handlers and the renderer's `window.api` type are
 * all derived from this.
 *
 * Conventions:
 * - Every request is an object (`{}` when there is nothing to say).
 * - Every response is `Result`: `{ ok: true, data }` or `{ ok: false, code, message }`.
 * - Methods that show a dialog return `{ cancelled: true }` when the user cancels:
 *   cancelling is not an error.
 * - File paths only travel renderer → main when they came from main before
 *   (recent files, a previous save); main checks them like any other input.
 */
import { z } from 'zod';
import type { CatalogueChange } from '../catalogue/diff';
import { readEditedCatalogue } from '../catalogue/problems';
import { type Catalogue, CatalogueSchema, ContentLanguageSchema, LanguageSchema } from '../catalogue/schema';
import type { PackWarning } from '../pack/warnings';
import type { ProgrammeChange } from '../pack/programme-diff';
import { MAX_EXTRA_TIME_ZONES, PackSchema } from '../pack/schema';
import type { Result } from '../result';
import { type ApiEvent, type ApiMethod, IPC_CHANNELS, IPC_EVENTS } from './channels';

const FilePath = z.string().min(1).max(4_096);
const Id = z.string().min(1).max(200);
/** A request with no parameters is an empty object, so every call has one shape. */
const NoParameters = z.object({}).strict();
const Cancelled = z.object({ cancelled: z.literal(true) });

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

/** A catalogue title as the user types it. */
const CatalogueTitle = z.string().trim().min(1).max(2_000);
/**
 * A catalogue as the editor sends it: a catalogue's shape, though a name may
 * still be empty and times or references may not yet agree (saving checks them all).
 */
export const EditedCatalogueSchema = z.custom<Catalogue>((value) => readEditedCatalogue(value).ok, {
  message: 'is not a catalogue',
});

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

/**
 * An open pack: its content (with its programme snapshot), where it lives (null
 * until first saved), what opening a damaged file left out, and how the
 * catalogue it came from has changed since (when that catalogue is here).
 */
export const OpenedPackSchema = z.object({
  pack: PackSchema,
  filePath: z.string().nullable(),
  /** File name for the title bar: "Untitled" when never saved. */
  displayName: z.string(),
  /** Opened read-only because another window or instance has it: Save As works, Save does not write it. */
  readOnly: z.boolean().optional(),
  /** Whether the catalogue the programme came from is in this app (else the pack's own programme is all there is). */
  sourceAvailable: z.boolean().optional(),
  warnings: z.array(z.custom<PackWarning>((value) => typeof value === 'object' && value !== null)).optional(),
  programmeChanges: z
    .array(z.custom<ProgrammeChange>((value) => typeof value === 'object' && value !== null))
    .optional(),
});
export type OpenedPack = z.infer<typeof OpenedPackSchema>;

/** The pack chosen is open in another window or instance: the renderer asks what to do, then opens again. */
export const PackInUseSchema = z.object({
  inUse: z.object({ filePath: z.string(), displayName: z.string(), message: z.string() }),
});
export type PackInUse = z.infer<typeof PackInUseSchema>;
/** "Open anyway" takes the lock over; "Open read-only" leaves it to its holder. */
export const WhenInUseSchema = z.enum(['openAnyway', 'readOnly']);
export type WhenInUse = z.infer<typeof WhenInUseSchema>;

export const RecentPackSchema = z.object({ filePath: z.string(), displayName: z.string(), openedAt: z.string() });

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

export const RecoveryEntrySchema = z.object({
  id: Id,
  displayName: z.string(),
  /** The pack's title ('' when it has none): the prompt names a titled pack by it. */
  title: z.string(),
  /** Where the pack was saved, if it ever was. */
  filePath: z.string().nullable(),
  /** ISO instant of the recovery copy. */
  savedAt: z.string(),
  /** True when the copy is newer than the saved file (or there is no saved file). */
  newerThanFile: z.boolean(),
});
export type RecoveryEntry = z.infer<typeof RecoveryEntrySchema>;

export const SettingsSchema = z.object({
  /** null: follow the system language (English when it is not French or Spanish). */
  interfaceLanguage: LanguageSchema.nullable(),
  defaultMarking: z.string().max(100),
  defaultTimeZones: PackSchema.shape.timeZones,
  defaultPaper: z.enum(['a4', 'letter']),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const MenuCommandSchema = z.discriminatedUnion('command', [
  z.object({ command: z.enum(['new', 'open', 'save', 'saveAs', 'export', 'settings', 'about', 'editCatalogue']) }),
  z.object({ command: z.literal('openRecent'), filePath: FilePath }),
]);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

export const ExportProgressSchema = z.object({
  jobId: z.string(),
  stage: z.enum(['model', 'pdf', 'docx', 'writing', 'done']),
  /** 0 to 1. */
  fraction: z.number().min(0).max(1),
});
export type ExportProgress = z.infer<typeof ExportProgressSchema>;

export const ImportProgressSchema = z.object({
  jobId: z.string(),
  stage: z.enum(['reading', 'importing', 'checking', 'done']),
  /** 0 to 1. */
  fraction: z.number().min(0).max(1),
});
export type ImportProgress = z.infer<typeof ImportProgressSchema>;

export const IPC_CONTRACT = {
  // ── catalogue ────────────────────────────────────────────────────────────
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
  removeCatalogue: {
    channel: IPC_CHANNELS.removeCatalogue,
    /** Asked after the user confirmed; packs made from it keep working (each carries its programme). */
    request: z.object({ catalogueId: Id }).strict(),
    response: z.object({ removed: z.boolean() }),
  },
  // ── catalogue editor ─────────────────────────────────────────────────────
  getCatalogueImport: {
    channel: IPC_CHANNELS.getCatalogueImport,
    /**
     * The catalogue an import preview read, for correcting it in the editor before it is kept; with
     * `zoneAnswers`, read again with the answers to its zone questions.
     */
    request: z.object({ token: z.string().min(1).max(200), zoneAnswers: ZoneAnswersSchema.optional() }).strict(),
    response: z.object({ catalogue: CatalogueSchema, warnings: z.array(ImportWarningSchema) }),
  },
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
  // ── pack files ───────────────────────────────────────────────────────────
  newPack: {
    channel: IPC_CHANNELS.newPack,
    /** An empty pack on the catalogue, with the user's default marking, zones and paper. */
    request: z.object({ catalogueId: Id.optional() }).strict(),
    response: OpenedPackSchema,
  },
  openPack: {
    channel: IPC_CHANNELS.openPack,
    /**
     * Without a path: an open dialog. Older pack versions are migrated; newer ones refused, file untouched.
     * A pack open elsewhere gives `inUse`; asking again with `whenInUse` opens it anyway or read-only.
     */
    request: z.object({ filePath: FilePath.optional(), whenInUse: WhenInUseSchema.optional() }).strict(),
    response: z.union([Cancelled, PackInUseSchema, OpenedPackSchema]),
  },
  savePack: {
    channel: IPC_CHANNELS.savePack,
    /** Written atomically. Without a path, or with `saveAs`: a save dialog. */
    request: z.object({ pack: PackSchema, filePath: FilePath.nullable(), saveAs: z.boolean() }).strict(),
    response: z.union([Cancelled, z.object({ filePath: z.string(), displayName: z.string() })]),
  },
  listRecentPacks: {
    channel: IPC_CHANNELS.listRecentPacks,
    request: NoParameters,
    response: z.array(RecentPackSchema),
  },
  setDocumentState: {
    channel: IPC_CHANNELS.setDocumentState,
    /** Title bar (a dot when dirty) and the Save / Don't Save / Cancel prompt on close and quit. */
    request: z.object({ displayName: z.string().max(500), dirty: z.boolean(), filePath: FilePath.nullable() }).strict(),
    response: z.object({}),
  },
  // ── export ───────────────────────────────────────────────────────────────
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
  // ── recovery ─────────────────────────────────────────────────────────────
  writeRecovery: {
    channel: IPC_CHANNELS.writeRecovery,
    /** Called a few seconds after each edit; one copy per window session. */
    request: z.object({ pack: PackSchema, filePath: FilePath.nullable(), displayName: z.string().max(500) }).strict(),
    response: z.object({ savedAt: z.string() }),
  },
  listRecovery: {
    channel: IPC_CHANNELS.listRecovery,
    /** Copies left by earlier sessions that did not end cleanly. */
    request: NoParameters,
    response: z.array(RecoveryEntrySchema),
  },
  restoreRecovery: {
    channel: IPC_CHANNELS.restoreRecovery,
    request: z.object({ id: Id }).strict(),
    response: OpenedPackSchema,
  },
  discardRecovery: {
    channel: IPC_CHANNELS.discardRecovery,
    /** Also called after a successful save, for this session's own copy. */
    request: z.object({ id: Id.optional() }).strict(),
    response: z.object({}),
  },
  // ── settings ─────────────────────────────────────────────────────────────
  getSettings: {
    channel: IPC_CHANNELS.getSettings,
    request: NoParameters,
    response: SettingsSchema.extend({
      /** The system's language, for the "follow the system" choice. */
      systemLocale: z.string(),
    }),
  },
  updateSettings: {
    channel: IPC_CHANNELS.updateSettings,
    request: SettingsSchema.partial().strict(),
    response: SettingsSchema,
  },
} as const satisfies Record<ApiMethod, { channel: string; request: z.ZodType; response: z.ZodType }>;

export const IPC_EVENT_CONTRACT = {
  exportProgress: { channel: IPC_EVENTS.exportProgress, payload: ExportProgressSchema },
  importProgress: { channel: IPC_EVENTS.importProgress, payload: ImportProgressSchema },
  menuCommand: { channel: IPC_EVENTS.menuCommand, payload: MenuCommandSchema },
} as const satisfies Record<ApiEvent, { channel: string; payload: z.ZodType }>;

export type IpcContract = typeof IPC_CONTRACT;

/** Codes every handler may return besides its own. */
export type IpcErrorCode =
  | 'invalid-request'
  | 'forbidden-sender'
  | 'internal'
  | 'not-found'
  | 'invalid-file'
  | 'newer-version'
  | 'too-large'
  | 'write-failed'
  | 'export-failed'
  | 'pack-catalogue-mismatch'
  /** Every part of the pack is switched off or empty: nothing would be printed. */
  | 'nothing-to-print'
  /** The pack is open in another window or another running copy of the app. */
  | 'pack-in-use'
  /** A catalogue to be saved or kept has problems (`problems` locate each, for the editor). */
  | 'invalid-catalogue'
  /** The built-in catalogue is part of the app: it is read, duplicated, never changed. */
  | 'read-only'
  /** The catalogue is open in the editor of another window or another running copy of the app. */
  | 'catalogue-in-use';

export type ApiRequest<M extends ApiMethod> = z.input<IpcContract[M]['request']>;
export type ApiResponse<M extends ApiMethod> = z.output<IpcContract[M]['response']>;
export type ApiResult<M extends ApiMethod> = Result<ApiResponse<M>, IpcErrorCode>;
export type ApiEventPayload<E extends ApiEvent> = z.output<(typeof IPC_EVENT_CONTRACT)[E]['payload']>;

/** Subscribe methods are named `on` + the event ('onExportProgress'); each returns its unsubscribe function. */
type EventSubscriptions = {
  [E in ApiEvent as `on${Capitalize<E>}`]: (listener: (payload: ApiEventPayload<E>) => void) => () => void;
};

/** The shape of `window.api`: one async method per contract entry (errors as values), one subscribe per event. */
export type BriefingApi = { [M in ApiMethod]: (request: ApiRequest<M>) => Promise<ApiResult<M>> } & EventSubscriptions;

export { MAX_EXTRA_TIME_ZONES };
