/**
 * Exit codes and the user-error type of the command line. Kept apart from the
 * dispatcher so that commands and the dispatcher both import it, never each other.
 */
export const EXIT_OK = 0;
/** Something went wrong that is not the user's doing (a bug, a broken build). */
export const EXIT_FAILURE = 1;
/** A user error: bad arguments, a file that cannot be read or written. One line on stderr. */
export const EXIT_USAGE = 2;

/** A user error: printed as one line and exits 2. */
export class CliUsageError extends Error {}

/** node:util parseArgs' own errors (unknown option, missing value) are user errors too. */
export function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
