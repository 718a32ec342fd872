// The Dutch application menu. A pure template builder: the actions are injected.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from './channels';

export interface MenuActions {
  /** Sends a command to the renderer. */
  send(command: MenuCommand): void;
  /** Bestand > Vergaderpakket openen: native dialog for a .regie file. */
  openPackage(): void;
  restoreBackup(): void;
  openDataFolder(): void;
  showAbout(): void;
}

interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools only outside the installed app. */
  devTools: boolean;
  actions: MenuActions;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate({
  platform,
  devTools,
  actions,
}: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';

  const appMenu: MenuItemConstructorOptions = {
    label: 'Regie',
    submenu: [
      { label: 'Over Regie', click: () => actions.showAbout() },
      separator,
      { role: 'services', label: 'Voorzieningen' },
      separator,
      { role: 'hide', label: 'Verberg Regie' },
      { role: 'hideOthers', label: 'Verberg andere' },
      { role: 'unhide', label: 'Toon alles' },
      separator,
      { role: 'quit', label: 'Stop Regie' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: 'Bestand',
    submenu: [
      { label: 'Nieuwe vergadering', accelerator: 'CmdOrCtrl+N', click: () => actions.send('new-meeting') },
      { label: 'Vergaderpakket openen…', accelerator: 'CmdOrCtrl+O', click: () => actions.openPackage() },
      separator,
      { label: 'Back-up maken', click: () => actions.send('backup') },
      { label: 'Back-up terugzetten…', click: () => actions.restoreBackup() },
      { label: 'Map met gegevens openen', click: () => actions.openDataFolder() },
      ...(mac
        ? []
        : [
            separator,
            {
              role: 'quit',
              label: 'Afsluiten',
              accelerator: platform === 'win32' ? 'Alt+F4' : 'Ctrl+Q',
            } as const,
          ]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: 'Bewerken',
    submenu: [
      { role: 'undo', label: 'Ongedaan maken' },
      { role: 'redo', label: 'Opnieuw' },
      separator,
      { role: 'cut', label: 'Knippen' },
      { role: 'copy', label: 'Kopiëren' },
      { role: 'paste', label: 'Plakken' },
      { role: 'delete', label: 'Verwijderen' },
      separator,
      { role: 'selectAll', label: 'Alles selecteren' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: 'Beeld',
    submenu: [
      { role: 'reload', label: 'Opnieuw laden' },
      ...(devTools ? [{ role: 'toggleDevTools', label: 'Ontwikkelhulpmiddelen' } as const] : []),
      separator,
      { role: 'resetZoom', label: 'Ware grootte' },
      { role: 'zoomIn', label: 'Inzoomen' },
      { role: 'zoomOut', label: 'Uitzoomen' },
      separator,
      { role: 'togglefullscreen', label: 'Volledig scherm' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: 'Venster',
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: 'Help',
    submenu: [
      { label: 'Gebruikershandleiding', accelerator: 'F1', click: () => actions.send('user-guide') },
      { label: 'Map met gegevens openen', click: () => actions.openDataFolder() },
      ...(mac ? [] : [separator, { label: 'Over Regie', click: () => actions.showAbout() }]),
    ],
  };

  return mac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
    : [fileMenu, editMenu, viewMenu, helpMenu];
}
