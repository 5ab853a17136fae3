/**
 * The main window's size, position and maximised state, remembered in
 * userData/window-state.json and clamped to a display that is connected now
 * (a window saved on a detached monitor comes back on the primary one).
 * Written synchronously: it is saved while the window closes, when the process
 * may end before any promise settles.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { tempPathFor } from '../services/files/atomic-write';

export const WINDOW_STATE_FILE = 'window-state.json';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 840 } as const;
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;
/** At least this much of the title bar area must be on a display for a saved position to be kept. */
const MIN_VISIBLE = { width: 120, height: 40 };

function intersection(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width >= MIN_VISIBLE.width && height >= MIN_VISIBLE.height ? width * height : 0;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max));

/**
 * Where to open the window. `workAreas` are the displays' usable areas, the
 * primary display first. Without a usable saved position the window is centred
 * on the primary display (x/y left out).
 */
export function placeWindow(saved: WindowState | undefined, workAreas: Rectangle[]): WindowState {
  const primary = workAreas[0];
  const wanted = {
    width: saved?.width ?? DEFAULT_WINDOW_SIZE.width,
    height: saved?.height ?? DEFAULT_WINDOW_SIZE.height,
  };
  const maximized = saved?.maximized ?? false;
  const fit = (area: Rectangle | undefined) => ({
    width: clamp(wanted.width, Math.min(MIN_WINDOW_SIZE.width, area?.width ?? Infinity), area?.width ?? wanted.width),
    height: clamp(
      wanted.height,
      Math.min(MIN_WINDOW_SIZE.height, area?.height ?? Infinity),
      area?.height ?? wanted.height,
    ),
  });
  if (saved?.x !== undefined && saved.y !== undefined) {
    const rectangle = { x: saved.x, y: saved.y, ...wanted };
    let best: Rectangle | undefined;
    let bestArea = 0;
    for (const area of workAreas) {
      const overlap = intersection(rectangle, area);
      if (overlap > bestArea) [best, bestArea] = [area, overlap];
    }
    if (best) {
      const size = fit(best);
      return {
        x: clamp(saved.x, best.x, best.x + best.width - size.width),
        y: clamp(saved.y, best.y, best.y + best.height - size.height),
        ...size,
        maximized,
      };
    }
  }
  return { ...fit(primary), maximized };
}

export function readWindowState(userDataDir: string): WindowState | undefined {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(readFileSync(join(userDataDir, WINDOW_STATE_FILE), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Best effort: losing the window position is not worth an error message. */
export function writeWindowStateSync(userDataDir: string, state: WindowState): void {
  const target = join(userDataDir, WINDOW_STATE_FILE);
  const temp = tempPathFor(target);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(temp, `${JSON.stringify(WindowStateSchema.parse(state), null, 2)}\n`, { flag: 'wx' });
    renameSync(temp, target);
  } catch {
    rmSync(temp, { force: true });
  }
}
