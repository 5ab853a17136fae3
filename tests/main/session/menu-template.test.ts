import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../src/main/session/menu-template';
import type { MenuCommand } from '../../../src/shared/ipc/contract';

type Item = Electron.MenuItemConstructorOptions;

function build(
  platform: NodeJS.Platform,
  isDev = false,
  recent = [{ filePath: '/p/a.briefpack', displayName: 'a.briefpack' }],
) {
  const sent: MenuCommand[] = [];
  let cleared = 0;
  const template = buildMenuTemplate({
    platform,
    isDev,
    recent,
    sendCommand: (command) => sent.push(command),
    clearRecent: () => cleared++,
  });
  const menu = (label: string) => template.find((item) => item.label === label || item.role === label);
  const items = (label: string) => (menu(label)?.submenu as Item[]) ?? [];
  const click = (item: Item | undefined) => (item?.click as (() => void) | undefined)?.();
  return { template, menu, items, sent, click, cleared: () => cleared };
}

describe('application menu', () => {
  it('has File, Edit, View and Help with the usual accelerators, each sending its command', () => {
    const { template, items, sent, click } = build('linux');
    expect(template.map((item) => item.label ?? item.role)).toEqual(['File', 'editMenu', 'View', 'help']);
    const file = items('File').filter((item) => item.label);
    expect(file.map((item) => [item.label, item.accelerator])).toEqual([
      ['New', 'CmdOrCtrl+N'],
      ['Open…', 'CmdOrCtrl+O'],
      ['Open Recent', undefined],
      ['Edit Catalogue…', undefined],
      ['Save', 'CmdOrCtrl+S'],
      ['Save As…', 'CmdOrCtrl+Shift+S'],
      ['Export…', 'CmdOrCtrl+E'],
      ['Settings…', 'CmdOrCtrl+,'],
    ]);
    for (const item of file) click(item);
    expect(sent).toEqual([
      { command: 'new' },
      { command: 'open' },
      { command: 'editCatalogue' },
      { command: 'save' },
      { command: 'saveAs' },
      { command: 'export' },
      { command: 'settings' },
    ]);
    expect(items('File').at(-1)).toEqual({ role: 'quit' });
    click(items('help')[0]);
    expect(sent.at(-1)).toEqual({ command: 'about' });
  });

  it('lists recent packs, opening them by path, with a Clear Menu item', () => {
    const { items, sent, click, cleared } = build('linux');
    const recent = items('File').find((item) => item.label === 'Open Recent')!.submenu as Item[];
    expect(recent.map((item) => item.label ?? item.type)).toEqual(['a.briefpack', 'separator', 'Clear Menu']);
    click(recent[0]);
    expect(sent).toEqual([{ command: 'openRecent', filePath: '/p/a.briefpack' }]);
    click(recent[2]);
    expect(cleared()).toBe(1);
    const empty = build('linux', false, [])
      .items('File')
      .find((item) => item.label === 'Open Recent')!;
    expect(empty.submenu).toEqual([{ label: 'No Recent Packs', enabled: false }]);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) =>
      build('linux', isDev)
        .items('View')
        .map((item) => item.role ?? item.type);
    expect(roles(false)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen']);
    expect(roles(true)).toEqual([
      'reload',
      'forceReload',
      'toggleDevTools',
      'separator',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'separator',
      'togglefullscreen',
    ]);
  });

  it('follows macOS conventions: app menu with About, Settings and Quit, and a Window menu', () => {
    const { template, items } = build('darwin');
    expect(template.map((item) => item.label ?? item.role)).toEqual([
      'Briefing Pack Builder',
      'File',
      'editMenu',
      'View',
      'windowMenu',
      'help',
    ]);
    expect(items('Briefing Pack Builder').map((item) => item.label ?? item.role ?? item.type)).toContain('quit');
    expect(items('File').some((item) => item.role === 'quit')).toBe(false);
  });
});
