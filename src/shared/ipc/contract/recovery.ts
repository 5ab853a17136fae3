import { z } from 'zod';
import { PackSchema } from '../../pack/schema';
import { IPC_CHANNELS } from '../channels';
import { FilePath, Id, type MethodGroup, NoParameters } from './common';
import { OpenedPackSchema } from './packs';

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

/** Copies of unsaved packs, written as the user works and offered back after a crash. */
export const RECOVERY_METHODS = {
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
} as const satisfies MethodGroup;
