/**
 * Nothing a user made is replaced unasked. The save dialog's own "replace?"
 * prompt covers only the exact path it returned; a name that gains its
 * extension afterwards ("minutes" → "minutes.pdf") or a second file written
 * beside it (the DOCX of "PDF and DOCX") was never asked about. Each such file
 * that exists is named in one more question before anything is written.
 */
import { lstat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Language } from '../../shared/catalogue/schema';
import { resolveInterfaceLanguage } from '../../shared/i18n/native-dialogs';
import type { DialogPort } from '../ports';
import type { SettingsStore } from '../services/settings';

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** The files among `targets` that exist and that the save dialog did not already ask about. */
export async function filesToConfirm(chosenPath: string, targets: readonly string[]): Promise<string[]> {
  const askedByDialog = resolve(chosenPath);
  const unasked = targets.map((target) => resolve(target)).filter((target) => target !== askedByDialog);
  const found = await Promise.all(unasked.map(async (target) => ((await exists(target)) ? [target] : [])));
  return found.flat();
}

/**
 * True when writing `targets` replaces nothing the user has not agreed to: no
 * unasked file exists, or the user chose Replace for all of them at once.
 */
export async function confirmReplacing(
  dialogs: DialogPort,
  language: Language,
  chosenPath: string,
  targets: readonly string[],
): Promise<boolean> {
  const existing = await filesToConfirm(chosenPath, targets);
  if (existing.length === 0) return true;
  return dialogs.confirmReplace({
    language,
    folder: dirname(existing[0]!),
    existing: existing.map((path) => basename(path)),
    writing: targets.map((path) => basename(path)),
  });
}

/** The language main's own dialogs speak: the user's setting, else the system's. */
export async function interfaceLanguage(settings: SettingsStore, systemLocale: string): Promise<Language> {
  try {
    return resolveInterfaceLanguage((await settings.get()).interfaceLanguage, systemLocale);
  } catch {
    return resolveInterfaceLanguage(null, systemLocale);
  }
}
