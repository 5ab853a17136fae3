import { z } from 'zod';
import type { ProgrammeChange } from '../../pack/programme-diff';
import { PackSchema } from '../../pack/schema';
import type { PackWarning } from '../../pack/warnings';
import { IPC_CHANNELS } from '../channels';
import { Cancelled, FilePath, Id, type MethodGroup, NoParameters } from './common';

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

/** Making, opening and saving pack files, and what the window shows of the open one. */
export const PACK_FILE_METHODS = {
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
} as const satisfies MethodGroup;
