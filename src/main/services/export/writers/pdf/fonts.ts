/**
 * Fonts: the four Noto Sans faces, read once per process and folder, then served
 * from pdfmake's virtual file system under fixed keys that never contain user text.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pdfmake from 'pdfmake';

const FACES = {
  normal: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  italics: 'NotoSans-Italic.ttf',
  bolditalics: 'NotoSans-BoldItalic.ttf',
} as const;
type Face = keyof typeof FACES;
export type FontKeys = Record<Face, string>;

const fontCache = new Map<string, Promise<FontKeys>>();

/** Reads the four faces from `fontsDir` (once per folder and process) into pdfmake's virtual file system. */
export function loadFonts(fontsDir: string): Promise<FontKeys> {
  const cached = fontCache.get(fontsDir);
  if (cached) return cached;
  const slot = fontCache.size;
  const loading = (async () => {
    const keys = {} as FontKeys;
    for (const face of Object.keys(FACES) as Face[]) {
      const file = path.join(fontsDir, FACES[face]);
      const data = await readFile(file);
      const key = `briefing-pack-fonts/${slot}/${FACES[face]}`;
      pdfmake.virtualfs.writeFileSync(key, data);
      keys[face] = key;
    }
    return keys;
  })();
  fontCache.set(fontsDir, loading);
  loading.catch(() => fontCache.delete(fontsDir));
  return loading;
}

/** Whether `candidate` lies inside `folder` (the local access policy: fonts only). */
export function isInside(folder: string, candidate: string): boolean {
  const rel = path.relative(folder, path.resolve(candidate));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
