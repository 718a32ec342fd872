import { describe, expect, it } from 'vitest';
import {
  chooseDataDir,
  chooseDataLocation,
  describeDataLocation,
} from '../../electron/services/data-location';

const win = { platform: 'win32' as const, homedir: 'C:\\Users\\jan' };
const mac = { platform: 'darwin' as const, homedir: '/Users/jan' };
const linux = { platform: 'linux' as const, homedir: '/home/jan' };

describe('chooseDataDir', () => {
  it('Windows: the LOCAL app-data folder, never the roaming one', () => {
    expect(
      chooseDataDir({
        ...win,
        env: { LOCALAPPDATA: 'C:\\Users\\jan\\AppData\\Local', APPDATA: 'C:\\Users\\jan\\AppData\\Roaming' },
      }),
    ).toBe('C:\\Users\\jan\\AppData\\Local\\Regie');
  });

  it('Windows without LOCALAPPDATA (or a relative one): derived from the home folder', () => {
    expect(chooseDataDir({ ...win, env: {} })).toBe('C:\\Users\\jan\\AppData\\Local\\Regie');
    expect(chooseDataDir({ ...win, env: { LOCALAPPDATA: 'Local' } })).toBe(
      'C:\\Users\\jan\\AppData\\Local\\Regie',
    );
  });

  it('macOS: Application Support', () => {
    expect(chooseDataDir({ ...mac, env: {} })).toBe('/Users/jan/Library/Application Support/Regie');
  });

  it('Linux: XDG_DATA_HOME when absolute, else ~/.local/share', () => {
    expect(chooseDataDir({ ...linux, env: { XDG_DATA_HOME: '/data/jan' } })).toBe('/data/jan/regie');
    expect(chooseDataDir({ ...linux, env: {} })).toBe('/home/jan/.local/share/regie');
    expect(chooseDataDir({ ...linux, env: { XDG_DATA_HOME: 'relative/share' } })).toBe(
      '/home/jan/.local/share/regie',
    );
    expect(chooseDataDir({ ...linux, env: { XDG_DATA_HOME: '  ' } })).toBe('/home/jan/.local/share/regie');
  });

  it('REGIE_DATA_DIR wins over everything', () => {
    const env = {
      REGIE_DATA_DIR: 'E:\\Regie\\gegevens',
      REGIE_DB: 'D:\\elders\\regie.db',
      PORTABLE_EXECUTABLE_DIR: 'E:\\Regie',
      LOCALAPPDATA: 'C:\\Users\\jan\\AppData\\Local',
    };
    expect(chooseDataLocation({ ...win, env })).toEqual({
      dir: 'E:\\Regie\\gegevens',
      source: 'REGIE_DATA_DIR',
    });
  });

  it('REGIE_DB: the folder of the database file', () => {
    expect(chooseDataLocation({ ...linux, env: { REGIE_DB: '/srv/regie/regie.sqlite' } })).toEqual({
      dir: '/srv/regie',
      source: 'REGIE_DB',
      dbFile: '/srv/regie/regie.sqlite',
    });
    expect(chooseDataDir({ ...win, env: { REGIE_DB: 'D:\\Regie\\regie.db' } })).toBe('D:\\Regie');
  });

  it('relative overrides are resolved against cwd when given', () => {
    expect(chooseDataDir({ ...linux, env: { REGIE_DATA_DIR: 'data' }, cwd: '/opt/regie' })).toBe(
      '/opt/regie/data',
    );
    expect(chooseDataDir({ ...linux, env: { REGIE_DB: './x/regie.db' }, cwd: '/opt/regie' })).toBe(
      '/opt/regie/x',
    );
  });

  it('portable: a regie-data folder next to the exe (env or parameter)', () => {
    expect(chooseDataLocation({ ...win, env: { PORTABLE_EXECUTABLE_DIR: 'E:\\Apps' } })).toEqual({
      dir: 'E:\\Apps\\regie-data',
      source: 'portable',
    });
    expect(chooseDataDir({ ...win, env: {}, portableDir: 'F:\\Stick' })).toBe('F:\\Stick\\regie-data');
  });

  it('ignores empty overrides', () => {
    expect(chooseDataLocation({ ...linux, env: { REGIE_DATA_DIR: '', REGIE_DB: ' ' } }).source).toBe(
      'default',
    );
  });

  it('describes each source in Dutch', () => {
    expect(describeDataLocation('portable')).toMatch(/draagbare versie/);
    expect(describeDataLocation('default')).toMatch(/standaardmap/);
    expect(describeDataLocation('REGIE_DB')).toMatch(/REGIE_DB/);
  });
});
