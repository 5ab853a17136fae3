import { resolve } from 'node:path';

/**
 * Paths main has handed to the renderer this session. A path coming back from
 * the renderer (save to the same file, show in folder) is only used when it is
 * one of these: a compromised page cannot make the app write or reveal files
 * the user never chose.
 */
export interface SessionFiles {
  /** A pack file the user opened or saved, or one listed from recovery copies: it may be saved to again. */
  allowPack(path: string): void;
  isAllowedPack(path: string): boolean;
  /** A pack opened read-only (another window or instance has it): Save asks for a new name instead. */
  setReadOnly(path: string, readOnly: boolean): void;
  isReadOnly(path: string): boolean;
  /** A file this session wrote (save or export): "Show in folder" may reveal it. */
  markProduced(path: string): void;
  wasProduced(path: string): boolean;
}

export function createSessionFiles(): SessionFiles {
  const packs = new Set<string>();
  const produced = new Set<string>();
  const readOnly = new Set<string>();
  return {
    setReadOnly: (path, value) => void (value ? readOnly.add(resolve(path)) : readOnly.delete(resolve(path))),
    isReadOnly: (path) => readOnly.has(resolve(path)),
    allowPack: (path) => void packs.add(resolve(path)),
    isAllowedPack: (path) => packs.has(resolve(path)),
    markProduced: (path) => void produced.add(resolve(path)),
    wasProduced: (path) => produced.has(resolve(path)),
  };
}
