import { extname } from 'node:path';

/**
 * A file name made from user text (a pack title): characters no file system
 * accepts are replaced, length is bounded, and `fallback` is used when nothing
 * is left.
 */
export function safeFileName(text: string, fallback: string): string {
  const cleaned = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
    .replace(/[. ]+$/, '')
    .replace(/^[. ]+/, '');
  return cleaned === '' ? fallback : cleaned;
}

/** `path` with `extension` (".briefpack") added unless it already ends with it (in any case). */
export function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === extension.toLowerCase() ? path : `${path}${extension}`;
}

/** `path` with its extension replaced, e.g. pack.pdf → pack.docx. */
export function replaceExtension(path: string, extension: string): string {
  const current = extname(path);
  return `${current === '' ? path : path.slice(0, -current.length)}${extension}`;
}
