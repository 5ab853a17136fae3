import { z } from 'zod';
import { FilePath } from './common';

/** What the application menu asks the window to do. */
export const MenuCommandSchema = z.discriminatedUnion('command', [
  z.object({ command: z.enum(['new', 'open', 'save', 'saveAs', 'export', 'settings', 'about', 'editCatalogue']) }),
  z.object({ command: z.literal('openRecent'), filePath: FilePath }),
]);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;
