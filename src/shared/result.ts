/**
 * Errors crossing a boundary (IPC, CLI, file loading) travel as values, never as
 * exceptions: the caller must look at `ok` before it can reach `data`.
 */
export type Ok<T> = { ok: true; data: T };
export type Err<C extends string = string> = {
  ok: false;
  code: C;
  /** Plain English for logs and the command line; the app phrases `code`, `reason` and `file` itself. */
  message: string;
  problems?: Problem[];
  /** The name (not the path) of the file concerned, when there is one. */
  file?: string;
  /** What is wrong with that file, for a message in the interface language. */
  reason?: FileProblem;
};

/** What can be wrong with a file, in words a person can be told. */
export type FileProblem =
  | 'not-found'
  | 'not-a-file'
  | 'not-text'
  | 'not-json'
  | 'not-a-pack'
  | 'damaged'
  | 'newer-version'
  | 'too-large'
  | 'no-permission'
  | 'read-only'
  | 'disk-full'
  | 'no-folder'
  | 'in-use';
export type Result<T, C extends string = string> = Ok<T> | Err<C>;

/** One validation problem, located by a JSON path such as `seminars[2].chair.personId`. */
export interface Problem {
  path: string;
  message: string;
}

export const ok = <T>(data: T): Ok<T> => ({ ok: true, data });
export const err = <C extends string>(code: C, message: string, problems?: Problem[]): Err<C> =>
  problems && problems.length > 0 ? { ok: false, code, message, problems } : { ok: false, code, message };

/** The same error, saying which file it is about (and what is wrong with it, when known). */
export function aboutFile<E extends Err>(error: E, file: string, reason?: FileProblem): E {
  const known = reason ?? error.reason;
  return { ...error, file, ...(known !== undefined ? { reason: known } : {}) };
}

/** Renders a path array from zod (`['seminars', 2, 'chair']`) as `seminars[2].chair`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}
