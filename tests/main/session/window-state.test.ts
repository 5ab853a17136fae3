import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeWindow, readWindowState, writeWindowStateSync } from '../../../src/main/session/window-state';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const right = { x: 1920, y: 0, width: 1280, height: 1000 };

describe('placeWindow', () => {
  it('centres a first window on the primary display at the default size', () => {
    expect(placeWindow(undefined, [primary])).toEqual({ width: 1280, height: 840, maximized: false });
  });

  it('keeps a saved position that is on a connected display', () => {
    const saved = { x: 2000, y: 50, width: 1000, height: 800, maximized: true };
    expect(placeWindow(saved, [primary, right])).toEqual(saved);
  });

  it('moves a window that hangs off the edge back inside its display', () => {
    expect(placeWindow({ x: 1700, y: 500, width: 1000, height: 800, maximized: false }, [primary])).toEqual({
      x: 920,
      y: 240,
      width: 1000,
      height: 800,
      maximized: false,
    });
  });

  it('centres on the primary display a window saved on a monitor that is gone', () => {
    const saved = { x: 2000, y: 50, width: 1000, height: 800, maximized: false };
    expect(placeWindow(saved, [primary])).toEqual({ width: 1000, height: 800, maximized: false });
  });

  it('shrinks a window larger than the display to fit it', () => {
    const small = { x: 0, y: 0, width: 1024, height: 700 };
    expect(placeWindow({ x: 0, y: 0, width: 3000, height: 2000, maximized: false }, [small])).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 700,
      maximized: false,
    });
  });
});

describe('window-state.json', () => {
  it('round-trips, and ignores a damaged file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bpb-window-'));
    try {
      expect(readWindowState(dir)).toBeUndefined();
      writeWindowStateSync(path.join(dir, 'new'), { x: 10, y: 20, width: 1000, height: 700, maximized: true });
      expect(readWindowState(path.join(dir, 'new'))).toEqual({
        x: 10,
        y: 20,
        width: 1000,
        height: 700,
        maximized: true,
      });
      expect(await readdir(path.join(dir, 'new'))).toEqual(['window-state.json']);
      await writeFile(path.join(dir, 'window-state.json'), '{"x": 1');
      expect(readWindowState(dir)).toBeUndefined();
      await writeFile(path.join(dir, 'window-state.json'), JSON.stringify({ width: -5, height: 1, maximized: 'no' }));
      expect(readWindowState(dir)).toBeUndefined();
      expect(await readFile(path.join(dir, 'window-state.json'), 'utf8')).toContain('-5');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
