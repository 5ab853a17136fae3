import { Menu } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import { buildMenuTemplate } from '../session/menu-template';
import type { RecentPacksStore } from '../services/recent-packs';

/** Installs the application menu and rebuilds it whenever the recent list changes. */
export function installApplicationMenu(options: {
  isDev: boolean;
  recent: RecentPacksStore;
  sendCommand(command: MenuCommand): void;
}): void {
  const build = (recent: { filePath: string; displayName: string }[]) =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          platform: process.platform,
          isDev: options.isDev,
          recent,
          sendCommand: options.sendCommand,
          clearRecent: () => void options.recent.clear().catch(() => undefined),
        }),
      ),
    );
  build([]);
  options.recent.subscribe(build);
  void options.recent.list().then(build, () => undefined);
}
