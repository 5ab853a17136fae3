import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from './protocol-path';
import { hardenWebContents } from './security';
import { secureWebPreferences } from './web-preferences';

export function createMainWindow(devServerUrl: string | undefined): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Briefing Pack Builder',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  });
  hardenWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}
