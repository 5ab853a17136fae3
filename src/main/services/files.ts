import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Result, err, ok } from '../../shared/result';

/** Files larger than this are refused before they are read: no real catalogue or pack comes close. */
export const MAX_INPUT_FILE_BYTES = 20 * 1024 * 1024;

export type ReadFileErrorCode = 'not-found' | 'unreadable' | 'too-large' | 'not-json' | 'not-text';

/** Reads a UTF-8 text file, refusing oversize files and binary content, with a message naming the file. */
export async function readTextFile(path: string): Promise<Result<string, ReadFileErrorCode>> {
  const name = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return err('unreadable', `${name} is not a file.`);
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return err('not-found', `${name}: no such file (${path}).`);
    return err('unreadable', `${name} could not be read (${code ?? 'unknown error'}).`);
  }
  if (size > MAX_INPUT_FILE_BYTES) {
    const megabytes = (size / (1024 * 1024)).toFixed(1);
    return err('too-large', `${name} is ${megabytes} MB; files over 20 MB are refused.`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return err(
      'unreadable',
      `${name} could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`,
    );
  }
  if (bytes.includes(0)) return err('not-text', `${name} is not a text file (it contains binary data).`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return ok(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** Reads and parses a JSON file; a truncated or non-JSON file gives a message naming the file and the problem. */
export async function readJsonFile(path: string): Promise<Result<unknown, ReadFileErrorCode>> {
  const text = await readTextFile(path);
  if (!text.ok) return text;
  try {
    return ok(JSON.parse(text.data) as unknown);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const hint = text.data.trim() === '' ? 'the file is empty' : detail;
    return err('not-json', `${basename(path)} is not valid JSON: ${hint}.`);
  }
}
