/**
 * The application menu as data, so its items, accelerators and commands are
 * unit-tested without Electron. The shell turns it into a Menu with
 * Menu.buildFromTemplate. Items that act on the document send a menuCommand
 * event to the renderer, which owns the document.
 */
import type { MenuCommand } from '../../shared/ipc/contract';
import { APP_NAME } from './document-state';

export interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools only appear in development. */
  isDev: boolean;
  recent: { filePath: string; displayName: string }[];
  sendCommand(command: MenuCommand): void;
  clearRecent(): void;
}

type Item = Electron.MenuItemConstructorOptions;

export function buildMenuTemplate(options: MenuTemplateOptions): Item[] {
  const mac = options.platform === 'darwin';
  const command =
    (value: MenuCommand): Item['click'] =>
    () =>
      options.sendCommand(value);

  const openRecent: Item[] =
    options.recent.length === 0
      ? [{ label: 'No Recent Packs', enabled: false }]
      : [
          ...options.recent.map((entry): Item => ({
            label: entry.displayName,
            sublabel: entry.filePath,
            click: command({ command: 'openRecent', filePath: entry.filePath }),
          })),
          { type: 'separator' },
          { label: 'Clear Menu', click: () => options.clearRecent() },
        ];

  const settingsItem: Item = {
    label: 'Settings…',
    accelerator: 'CmdOrCtrl+,',
    click: command({ command: 'settings' }),
  };
  const aboutItem: Item = { label: `About ${APP_NAME}`, click: command({ command: 'about' }) };

  const file: Item = {
    label: 'File',
    submenu: [
      { label: 'New', accelerator: 'CmdOrCtrl+N', click: command({ command: 'new' }) },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: command({ command: 'open' }) },
      { label: 'Open Recent', submenu: openRecent },
      { type: 'separator' },
      { label: 'Edit Catalogue…', click: command({ command: 'editCatalogue' }) },
      { type: 'separator' },
      { label: 'Save', accelerator: 'CmdOrCtrl+S', click: command({ command: 'save' }) },
      { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: command({ command: 'saveAs' }) },
      { type: 'separator' },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: command({ command: 'export' }) },
      ...(mac ? [] : ([{ type: 'separator' }, settingsItem, { type: 'separator' }, { role: 'quit' }] as Item[])),
      ...(mac ? ([{ type: 'separator' }, { role: 'close' }] as Item[]) : []),
    ],
  };

  const view: Item = {
    label: 'View',
    submenu: [
      ...(options.isDev
        ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as Item[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const help: Item = { role: 'help', submenu: [aboutItem] };

  const appMenu: Item = {
    label: APP_NAME,
    submenu: [
      aboutItem,
      { type: 'separator' },
      settingsItem,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  return [
    ...(mac ? [appMenu] : []),
    file,
    { role: 'editMenu' },
    view,
    ...(mac ? [{ role: 'windowMenu' } as Item] : []),
    help,
  ];
}
