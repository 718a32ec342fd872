import nodePath from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import {
  createShellHandlers,
  NOT_OPENABLE_HERE,
  type PathKind,
  type ShellDeps,
} from '../../electron/main/shell-handlers';
import { PathGrants } from '../../electron/main/path-grants';

function deps(overrides: Partial<ShellDeps> = {}) {
  const files: Record<string, PathKind> = {
    '/home/jan/Documenten/agenda.docx': 'file',
    '/home/jan/Documenten/notulen.pdf': 'file',
    '/home/jan/Documenten': 'directory',
    '/home/jan/Documenten/rapport.DOCX': 'file',
    '/tmp/evil.exe': 'file',
    '/tmp/evil.docm': 'file',
    '/tmp/page.html': 'file',
    '/data/exports/Agenda 5 mei.docx': 'file',
    '/data/exports/Gewijzigde agenda': 'directory',
    '/data/backups/handmatig-2027-03-15T090000Z': 'directory',
  };
  const d = {
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/jan/Documenten/agenda.docx' })),
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/home/jan/Documenten'] })),
    openPath: vi.fn(async () => ''),
    showItemInFolder: vi.fn(),
    openExternal: vi.fn(async () => undefined),
    stat: vi.fn(async (path: string) => files[path] ?? null),
    path: nodePath.posix,
    grants: new PathGrants(nodePath.posix, false),
    exportsDir: '/data/exports',
    backupsDir: '/data/backups',
  };
  return { d, handlers: createShellHandlers({ ...d, ...overrides }) };
}

async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('shell handlers', () => {
  it('chooseSavePath validates the request and returns the path (null when cancelled)', async () => {
    const { d, handlers } = deps();
    const req = {
      title: 'Agenda opslaan',
      defaultName: 'Agenda 5 mei.docx',
      filters: [{ name: 'Word-document', extensions: ['docx'] }],
    };
    expect(await handlers.chooseSavePath(req)).toBe('/home/jan/Documenten/agenda.docx');
    expect(d.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Agenda opslaan',
        defaultPath: 'Agenda 5 mei.docx',
        filters: req.filters,
      }),
    );
    d.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await handlers.chooseSavePath(req)).toBeNull();
  });

  it.each([
    [undefined],
    [{ title: '', defaultName: 'a.docx', filters: [] }],
    [{ title: 'x', defaultName: '../../etc/passwd', filters: [] }],
    [{ title: 'x', defaultName: 'C:\\Windows\\x.docx', filters: [] }],
    [{ title: 'x', defaultName: 'a.docx', filters: [{ name: 'W', extensions: ['.docx'] }] }],
    [{ title: 'x', defaultName: 'a.docx', filters: [{ name: 'W', extensions: ['docx;exe'] }] }],
  ])('chooseSavePath refuses %j', async (req) => {
    const { d, handlers } = deps();
    const error = await apiError(handlers.chooseSavePath(req));
    expect(error.body.code).toBe('invalid');
    expect(d.showSaveDialog).not.toHaveBeenCalled();
  });

  it('chooseFolder / chooseFiles', async () => {
    const { d, handlers } = deps();
    expect(await handlers.chooseFolder('Kies een map')).toBe('/home/jan/Documenten');
    d.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/a.pdf', '/b.docx'] });
    expect(await handlers.chooseFiles('Documenten toevoegen')).toEqual(['/a.pdf', '/b.docx']);
    d.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await handlers.chooseFiles('Documenten toevoegen')).toEqual([]);
    expect((await apiError(handlers.chooseFolder(42))).body.code).toBe('invalid');
  });

  it('openPath opens an existing document in a place chosen in a dialog of Regie', async () => {
    const { d, handlers } = deps();
    await handlers.chooseFolder('Kies een map'); // the dialog answers /home/jan/Documenten
    await handlers.openPath('/home/jan/Documenten/agenda.docx');
    await handlers.openPath('/home/jan/Documenten/rapport.DOCX');
    expect(d.openPath).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['/tmp/evil.exe', 'forbidden'],
    ['/tmp/evil.docm', 'forbidden'],
    ['/tmp/page.html', 'forbidden'],
    ['/home/jan/Documenten', 'forbidden'],
    ['relative/agenda.docx', 'invalid'],
    ['/home/jan/weg.docx', 'not_found'],
    [42, 'invalid'],
  ])('openPath refuses %j (%s) and never calls the shell', async (path, code) => {
    const { d, handlers } = deps();
    // Even where the user chose everything, these are refused for what they are.
    d.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/'] });
    await handlers.chooseFolder('Kies een map');
    expect((await apiError(handlers.openPath(path))).body.code).toBe(code);
    expect(d.openPath).not.toHaveBeenCalled();
  });

  it('openPath opens what Regie made in its exports folder, and what the user saved through its dialog', async () => {
    const { d, handlers } = deps();
    await handlers.openPath('/data/exports/Agenda 5 mei.docx');
    expect(await handlers.chooseSavePath({ title: 'Opslaan', defaultName: 'agenda.docx', filters: [] })).toBe(
      '/home/jan/Documenten/agenda.docx',
    );
    await handlers.openPath('/home/jan/Documenten/agenda.docx');
    expect(d.openPath.mock.calls).toEqual([
      ['/data/exports/Agenda 5 mei.docx'],
      ['/home/jan/Documenten/agenda.docx'],
    ]);
  });

  it.each([
    '/home/jan/Documenten/agenda.docx',
    '/data/regie.docx',
    '/data/exports/../documents/ab/agenda.docx',
    '//fileserver/share/agenda.docx',
  ])('openPath and showInFolder refuse %j: not in exports, not chosen in Regie', async (path) => {
    const { d, handlers } = deps();
    expect((await apiError(handlers.openPath(path))).body).toEqual({
      code: 'forbidden',
      message: NOT_OPENABLE_HERE,
    });
    expect((await apiError(handlers.showInFolder(path))).body.code).toBe('forbidden');
    expect(d.openPath).not.toHaveBeenCalled();
    expect(d.showItemInFolder).not.toHaveBeenCalled();
  });

  it('openPath reports a failure of the system', async () => {
    const { handlers } = deps({ openPath: vi.fn(async () => 'Geen programma gekoppeld') });
    await handlers.chooseFolder('Kies een map');
    const error = await apiError(handlers.openPath('/home/jan/Documenten/notulen.pdf'));
    expect(error.body.message).toContain('Geen programma gekoppeld');
  });

  it('showInFolder shows a backup in the backups folder; openPath never opens one', async () => {
    const { d, handlers } = deps();
    const backup = '/data/backups/handmatig-2027-03-15T090000Z';
    await handlers.showInFolder(backup);
    expect(d.showItemInFolder).toHaveBeenCalledWith(backup);
    expect((await apiError(handlers.openPath(backup))).body.code).toBe('forbidden');
    expect((await apiError(handlers.showInFolder('/data/backups/../regie.sqlite'))).body.code).toBe(
      'forbidden',
    );
  });

  it('showInFolder needs an existing absolute path', async () => {
    const { d, handlers } = deps();
    await handlers.chooseFolder('Kies een map');
    await handlers.showInFolder('/home/jan/Documenten/agenda.docx');
    expect(d.showItemInFolder).toHaveBeenCalledWith('/home/jan/Documenten/agenda.docx');
    expect((await apiError(handlers.showInFolder('/home/jan/Documenten/nergens.docx'))).body.code).toBe(
      'not_found',
    );
    expect((await apiError(handlers.showInFolder('Documenten'))).body.code).toBe('invalid');
  });

  it('openExternal opens only https: and mailto:, normalised', async () => {
    const { d, handlers } = deps();
    expect(await handlers.openExternal('HTTPS://Example.NL/x')).toBe(true);
    expect(d.openExternal).toHaveBeenCalledWith('https://example.nl/x');
    expect(await handlers.openExternal('mailto:secretariaat@gemeente.nl')).toBe(true);
    for (const url of [
      'http://example.nl',
      'file:///C:/x.exe',
      'javascript:alert(1)',
      'ms-word:ofe|u|https://x',
    ]) {
      expect(await handlers.openExternal(url)).toBe(false);
    }
    expect(d.openExternal).toHaveBeenCalledTimes(2);
  });
});
