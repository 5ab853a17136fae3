/**
 * What the command line prints. Text that came from a file (ids, titles, names)
 * must not be able to drive the terminal: ESC, BEL, CSI and the rest would let a
 * file rewrite the line, set the window title or write the clipboard (OSC 52).
 */
import { isAbsolute, relative } from 'node:path';
import type { CliIo } from './command';

/**
 * C0 controls except tab and line feed, DEL, C1 controls, and the bidi
 * embedding/override/isolate controls that reorder what a terminal shows.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_FOR_TERMINAL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Escapes every terminal control character as `\u001b`. The escape is the JSON
 * one, so JSON printed through here stays valid JSON with the same content
 * (such characters can only occur inside its strings).
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The io every command writes through: whatever it prints is escaped first. */
export function terminalSafeIo(io: CliIo): CliIo {
  return {
    ...io,
    stdout: (text) => io.stdout(escapeForTerminal(text)),
    stderr: (text) => io.stderr(escapeForTerminal(text)),
  };
}

/** A path the program made (not one the user typed), shown relative to the working folder when inside it. */
export function showMadePath(cwd: string, path: string): string {
  const inside = relative(cwd, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}
