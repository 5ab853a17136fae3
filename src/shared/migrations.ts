import { type Result, err, ok } from './result';

/** One step of a format's history: turns a version n document into version n + 1. Must not mutate its input. */
export type Migration = (old: Record<string, unknown>) => unknown;

/** Migrations keyed by the version they upgrade from. */
export type MigrationChain = Readonly<Record<number, Migration>>;

export type MigrationErrorCode = 'newer-version' | 'invalid-version' | 'migration-failed';

/** Successful result of a migration run: the upgraded data and the version the file was read as. */
export interface Migrated {
  data: Record<string, unknown>;
  fromVersion: number;
}

/**
 * Brings `data` (an object with a numeric `version`) up to `currentVersion` one
 * step at a time. Each step must produce exactly the next version, so a broken
 * or missing migration is reported instead of silently skipping a step.
 */
export function runMigrations(
  data: Record<string, unknown>,
  migrations: MigrationChain,
  currentVersion: number,
): Result<Migrated, MigrationErrorCode> {
  const fromVersion = data['version'];
  if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion) || fromVersion < 1) {
    return err('invalid-version', 'The format version must be a whole number of at least 1.', [
      { path: 'version', message: 'must be a whole number of at least 1' },
    ]);
  }
  if (fromVersion > currentVersion) {
    return err('newer-version', `Format version ${fromVersion} is newer than version ${currentVersion}.`);
  }
  let current = data;
  for (let version = fromVersion; version < currentVersion; version++) {
    const migrate = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (!migrate) return err('migration-failed', `There is no way to upgrade format version ${version}.`);
    let next: unknown;
    try {
      next = migrate(current);
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      return err('migration-failed', `Upgrading from format version ${version} failed: ${reason}`);
    }
    if (!isPlainRecord(next) || next['version'] !== version + 1) {
      return err(
        'migration-failed',
        `Upgrading from format version ${version} did not produce version ${version + 1}.`,
      );
    }
    current = next;
  }
  return ok({ data: current, fromVersion });
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
