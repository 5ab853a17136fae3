import { z } from 'zod';
import { LanguageSchema } from '../../catalogue/schema';
import { PackSchema } from '../../pack/schema';
import { IPC_CHANNELS } from '../channels';
import { type MethodGroup, NoParameters } from './common';

export const SettingsSchema = z.object({
  /** null: follow the system language (English when it is not French or Spanish). */
  interfaceLanguage: LanguageSchema.nullable(),
  defaultMarking: z.string().max(100),
  defaultTimeZones: PackSchema.shape.timeZones,
  defaultPaper: z.enum(['a4', 'letter']),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const SETTINGS_METHODS = {
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
} as const satisfies MethodGroup;
