/**
 * Errors crossing a boundary (IPC, CLI, file loading) travel as values, never as
 * exceptions: the caller must look at `ok` before it can reach `data`.
 */
export type Ok<T> = { ok: true; data: T };
export type Err<C extends string = string> = { ok: false; code: C; message: string; problems?: Problem[] };
export type Result<T, C extends string = string> = Ok<T> | Err<C>;

/** One validation problem, located by a JSON path such as `seminars[2].chair.personId`. */
export interface Problem {
  path: string;
  message: string;
}

export const ok = <T>(data: T): Ok<T> => ({ ok: true, data });
export const err = <C extends string>(code: C, message: string, problems?: Problem[]): Err<C> =>
  problems && problems.length > 0 ? { ok: false, code, message, problems } : { ok: false, code, message };

/** Renders a path array from zod (`['seminars', 2, 'chair']`) as `seminars[2].chair`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}
