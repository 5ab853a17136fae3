/**
 * The user's settings in userData/settings.json, validated with the contract's
 * schema. A missing file means defaults; a corrupt or invalid one is moved
 * aside as settings.json.corrupt-<timestamp> (never lost) and defaults are used.
 */
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { type Settings, SettingsSchema } from '../../shared/ipc/contract';
import { writeJsonAtomic, createSerialQueue, fileNameTimestamp } from './user-data';

export const SETTINGS_FILE = 'settings.json';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  interfaceLanguage: null,
  defaultMarking: 'UNCLASSIFIED',
  defaultTimeZones: [],
  defaultPaper: 'a4',
});

export interface SettingsStore {
  readonly path: string;
  get(): Promise<Settings>;
  /** Applies a validated partial update, writes the file atomically and returns the full settings. */
  update(patch: Partial<Settings>): Promise<Settings>;
}

export function createSettingsStore(
  userDataDir: string,
  now: () => Date,
  log: (message: string) => void = console.warn,
): SettingsStore {
  const path = join(userDataDir, SETTINGS_FILE);
  const serial = createSerialQueue();
  let cached: Settings | undefined;

  async function moveAside(reason: string): Promise<void> {
    const aside = `${path}.corrupt-${fileNameTimestamp(now())}`;
    try {
      await rename(path, aside);
      log(`[settings] ${SETTINGS_FILE} ${reason}; kept as ${aside} and using the defaults.`);
    } catch (error) {
      log(`[settings] ${SETTINGS_FILE} ${reason} and could not be moved aside: ${String(error)}`);
    }
  }

  async function load(): Promise<Settings> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        log(`[settings] ${SETTINGS_FILE} could not be read (${String(error)}); using the defaults.`);
      return { ...DEFAULT_SETTINGS };
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      await moveAside('is not valid JSON');
      return { ...DEFAULT_SETTINGS };
    }
    // Fields a future version added are ignored; missing ones take their default.
    const parsed = SettingsSchema.partial().safeParse(data);
    if (!parsed.success) {
      await moveAside('does not hold valid settings');
      return { ...DEFAULT_SETTINGS };
    }
    const defined = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
    return { ...DEFAULT_SETTINGS, ...defined };
  }

  return {
    path,
    get: () =>
      serial(async () => {
        cached ??= await load();
        return structuredClone(cached);
      }),
    update: (patch) =>
      serial(async () => {
        const current = cached ?? (await load());
        const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
        const next = SettingsSchema.parse({ ...current, ...defined });
        await writeJsonAtomic(path, next);
        cached = next;
        return structuredClone(next);
      }),
  };
}
