import { constants } from 'node:fs';
import { open, statfs } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Result, err, ok } from '../../../shared/result';
import { describeFileKind } from './atomic-write';

/** Files larger than this are refused before they are read: no real catalogue or pack comes close. */
export const MAX_INPUT_FILE_BYTES = 20 * 1024 * 1024;

export type ReadFileErrorCode = 'not-found' | 'unreadable' | 'too-large' | 'not-json' | 'not-text';

export interface ReadOptions {
  /**
   * How messages name the file: the command line passes the path as the user typed it. Without it the
   * file's name, and for a missing file its full path too.
   */
  label?: string;
}

/**
 * Kernel file systems whose "regular files" are not data: /proc/kmsg blocks until the kernel logs
 * something, others never end. statfs(2) magic numbers (linux/magic.h): proc, sysfs, debugfs, tracefs,
 * securityfs, cgroup, cgroup2, bpf, pstore, configfs, efivarfs.
 */
const PSEUDO_FILE_SYSTEMS = new Set([
  0x9fa0, 0x62656572, 0x64626720, 0x74726163, 0x73636673, 0x27e0eb, 0x63677270, 0xcafe4a11, 0x6165676c, 0x62656570,
  0xde5e81e4,
]);

/** Opening with O_NONBLOCK: a fifo with no writer must not hang the open itself. */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

function errnoCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'unknown error';
}

/**
 * Reads a file's bytes: regular files on ordinary file systems only (never a device, a fifo, a socket,
 * a folder or a kernel pseudo-file, any of which can block or never end), at most 20 MB.
 */
async function readRegularFile(path: string, options: ReadOptions): Promise<Result<Buffer, ReadFileErrorCode>> {
  const name = options.label ?? basename(path);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, READ_FLAGS);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT')
      return err('not-found', options.label ? `${name}: no such file.` : `${name}: no such file (${path}).`);
    if (code === 'EISDIR') return err('unreadable', `${name} is a folder, not a file.`);
    return err('unreadable', `${name} could not be read (${code}).`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return err('unreadable', `${name} is ${describeFileKind(info)}, not a file.`);
    const fileSystem = await statfs(path).catch(() => undefined);
    if (fileSystem && PSEUDO_FILE_SYSTEMS.has(Number(fileSystem.type)))
      return err('unreadable', `${name} is a system file, not a document.`);
    if (info.size > MAX_INPUT_FILE_BYTES) return err('too-large', tooLarge(name, info.size));
    // Read in chunks up to the limit: a size the file system reports is not a promise.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, MAX_INPUT_FILE_BYTES + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > MAX_INPUT_FILE_BYTES) return err('too-large', tooLarge(name, total));
    }
    return ok(Buffer.concat(chunks, total));
  } catch (error) {
    return err('unreadable', `${name} could not be read (${errnoCode(error)}).`);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function tooLarge(name: string, bytes: number): string {
  return `${name} is ${(bytes / (1024 * 1024)).toFixed(1)} MB; files over 20 MB are refused.`;
}

/** UTF-8, or UTF-16 when the file starts with a UTF-16 byte-order mark (Windows Notepad's "Unicode"). */
function decodeText(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) return undefined;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads a text file (UTF-8, or UTF-16 with its BOM), refusing oversize files and binary content, naming the file. */
export async function readTextFile(
  path: string,
  options: ReadOptions = {},
): Promise<Result<string, ReadFileErrorCode>> {
  const bytes = await readRegularFile(path, options);
  if (!bytes.ok) return bytes;
  const text = decodeText(bytes.data);
  if (text === undefined)
    return err('not-text', `${options.label ?? basename(path)} is not a text file (it contains binary data).`);
  return ok(text);
}

/** Reads and parses a JSON file; a truncated or non-JSON file gives a message naming the file and the problem. */
export async function readJsonFile(
  path: string,
  options: ReadOptions = {},
): Promise<Result<unknown, ReadFileErrorCode>> {
  const text = await readTextFile(path, options);
  if (!text.ok) return text;
  try {
    return ok(JSON.parse(text.data) as unknown);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const hint = text.data.trim() === '' ? 'the file is empty' : detail;
    return err('not-json', `${options.label ?? basename(path)} is not valid JSON: ${hint}.`);
  }
}

/** A file's bytes, with the same refusals as readTextFile (devices, folders, over 20 MB): the importer decodes them. */
export const readFileBytes = (path: string, options: ReadOptions = {}) => readRegularFile(path, options);
