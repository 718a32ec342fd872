import nodePath from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { aboutBox } from '../../electron/main/about';
import { buildMenuTemplate, type MenuActions } from '../../electron/main/menu';
import { createOpenFileRouter, findPackageArg } from '../../electron/main/open-files';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function menu(platform: NodeJS.Platform, devTools = false) {
  const actions: MenuActions = {
    send: vi.fn(),
    openPackage: vi.fn(),
    restoreBackup: vi.fn(),
    openDataFolder: vi.fn(),
    showAbout: vi.fn(),
  };
  const template = buildMenuTemplate({ platform, devTools, actions });
  const byLabel = (label: string) => items(template).find((item) => item.label === label);
  const click = (label: string) => {
    const item = byLabel(label);
    if (!item?.click) throw new Error(`no clickable "${label}"`);
    (item.click as () => void)();
  };
  return { template, actions, byLabel, click };
}

describe('application menu', () => {
  it('Windows/Linux: Bestand, Bewerken, Beeld, Help', () => {
    expect(menu('win32').template.map((item) => item.label)).toEqual([
      'Bestand',
      'Bewerken',
      'Beeld',
      'Help',
    ]);
  });

  it('macOS: the app menu first, and Venster', () => {
    expect(menu('darwin').template.map((item) => item.label)).toEqual([
      'Regie',
      'Bestand',
      'Bewerken',
      'Beeld',
      'Venster',
      'Help',
    ]);
  });

  it('has the usual shortcuts', () => {
    const { byLabel } = menu('win32');
    expect(byLabel('Nieuwe vergadering')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel('Vergaderpakket openen…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel('Gebruikershandleiding')?.accelerator).toBe('F1');
    expect(byLabel('Afsluiten')?.role).toBe('quit');
    expect(byLabel('Kopiëren')?.role).toBe('copy');
    expect(byLabel('Plakken')?.role).toBe('paste');
    expect(byLabel('Ongedaan maken')?.role).toBe('undo');
    expect(byLabel('Alles selecteren')?.role).toBe('selectAll');
  });

  it('sends commands to the renderer and calls main-side actions', () => {
    const { click, actions } = menu('win32');
    click('Nieuwe vergadering');
    click('Back-up maken');
    click('Gebruikershandleiding');
    expect((actions.send as ReturnType<typeof vi.fn>).mock.calls).toEqual([
      ['new-meeting'],
      ['backup'],
      ['user-guide'],
    ]);
    click('Vergaderpakket openen…');
    click('Back-up terugzetten…');
    click('Over Regie');
    expect(actions.openPackage).toHaveBeenCalled();
    expect(actions.restoreBackup).toHaveBeenCalled();
    expect(actions.showAbout).toHaveBeenCalled();
  });

  it('developer tools only when allowed', () => {
    expect(menu('win32', false).byLabel('Ontwikkelhulpmiddelen')).toBeUndefined();
    expect(menu('win32', true).byLabel('Ontwikkelhulpmiddelen')?.role).toBe('toggleDevTools');
  });

  it('every item has a Dutch label (no English defaults from roles)', () => {
    for (const item of items(menu('win32').template)) {
      if (item.type === 'separator') continue;
      expect(item.label, JSON.stringify(item)).toBeTruthy();
    }
  });
});

describe('Over Regie', () => {
  it('shows the version and the data folder with its reason', () => {
    const box = aboutBox({
      version: '0.1.0',
      location: { dir: 'E:\\Regie\\regie-data', source: 'portable' },
      versions: { electron: '45.4.1', chrome: '142.0', node: '22.20.0' },
    });
    expect(box.title).toBe('Over Regie');
    expect(box.message).toBe('Regie 0.1.0');
    expect(box.detail).toContain('Gegevensmap: E:\\Regie\\regie-data');
    expect(box.detail).toContain('draagbare versie');
    expect(box.detail).toContain('Electron 45.4.1');
    expect(box.buttons).toEqual(['Sluiten', 'Map met gegevens openen']);
  });
});

describe('.regie packages from outside', () => {
  it('finds the package in a second instance argv', () => {
    const argv = [
      'C:\\Program Files\\Regie\\Regie.exe',
      '--allow-file-access-from-files',
      'C:\\Users\\jan\\Downloads\\Vergadering 5 mei.regie',
    ];
    expect(findPackageArg(argv, 'C:\\Users\\jan', nodePath.win32)).toBe(
      'C:\\Users\\jan\\Downloads\\Vergadering 5 mei.regie',
    );
    expect(findPackageArg(['/usr/bin/regie', 'pakket.REGIE'], '/home/jan')).toBe('/home/jan/pakket.REGIE');
    expect(findPackageArg(['/usr/bin/regie', '--flag=x.regie', '.regie'], '/home/jan')).toBeNull();
    expect(findPackageArg(['Regie.exe'], 'C:\\')).toBeNull();
  });

  it('holds paths until the renderer has loaded', () => {
    const send = vi.fn();
    const router = createOpenFileRouter(send);
    router.open('/a.regie');
    expect(send).not.toHaveBeenCalled();
    router.rendererReady();
    expect(send).toHaveBeenCalledWith('/a.regie');
    router.open('/b.regie');
    expect(send).toHaveBeenLastCalledWith('/b.regie');
    router.rendererGone();
    router.open('/c.regie');
    expect(send).toHaveBeenCalledTimes(2);
    router.rendererReady();
    expect(send).toHaveBeenLastCalledWith('/c.regie');
  });
});
