import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { IPC_PREFIX } from '../../shared/api/define';
import { SHELL_METHODS, shellChannel } from '../../electron/main/channels';
import {
  FORBIDDEN_SENDER,
  INTERNAL_ERROR,
  isTrustedSender,
  registerApiHandlers,
  registerShellHandlers,
  type IpcMainLike,
  type ShellHandlers,
} from '../../electron/main/ipc';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel: string) => {
      handlers.delete(channel);
    },
  };
  const invoke = (channel: string, senderUrl: string | null, ...args: unknown[]) => {
    const listener = handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    const event = {
      senderFrame: senderUrl === null ? null : { url: senderUrl },
    } as unknown as IpcMainInvokeEvent;
    return listener(event, ...args);
  };
  return { ipcMain, handlers, invoke };
}

const event = (url: string | null) =>
  ({ senderFrame: url === null ? null : { url } }) as unknown as Pick<IpcMainInvokeEvent, 'senderFrame'>;

describe('IPC sender check', () => {
  it.each([
    ['app://regie/index.html', true],
    ['app://regie/', true],
    ['https://evil.example/?next=app://regie', false],
    ['https://evil.example/app://regie/', false],
    ['app://regie.evil/', false],
    ['app://regie@evil/', false],
    ['file:///C:/Regie/index.html', false],
    ['about:blank', false],
    ['', false],
  ])('%s → %s', (url, trusted) => {
    expect(isTrustedSender(event(url))).toBe(trusted);
  });

  it('refuses a call without a frame (navigated away or destroyed)', () => {
    expect(isTrustedSender(event(null))).toBe(false);
  });

  it('refuses when reading the frame throws', () => {
    const throwing = {
      get senderFrame(): never {
        throw new Error('frame gone');
      },
    } as unknown as Pick<IpcMainInvokeEvent, 'senderFrame'>;
    expect(isTrustedSender(throwing)).toBe(false);
  });
});

describe('API handlers', () => {
  const methods = ['meetings.list', 'meetings.create'];
  const setup = (dispatch = vi.fn(async (_name: string, payload: unknown) => ({ echo: payload }))) => {
    const fake = fakeIpcMain();
    const log = vi.fn();
    const remove = registerApiHandlers({ ipcMain: fake.ipcMain, methods, dispatch, log });
    return { ...fake, dispatch, log, remove };
  };

  it('registers one channel per API method, with the regie: prefix', () => {
    const { handlers } = setup();
    expect([...handlers.keys()]).toEqual(methods.map((name) => IPC_PREFIX + name));
  });

  it('a valid call from the app reaches dispatch and comes back as { ok: true }', async () => {
    const { invoke, dispatch } = setup();
    const result = await invoke('regie:meetings.list', 'app://regie/index.html', { bodyId: 'b1' }, 'extra');
    expect(dispatch).toHaveBeenCalledWith('meetings.list', { bodyId: 'b1' });
    expect(result).toEqual({ ok: true, value: { echo: { bodyId: 'b1' } } });
  });

  it('a call from a foreign frame never reaches dispatch', async () => {
    const { invoke, dispatch, log } = setup();
    for (const url of ['https://evil.example/?next=app://regie', 'app://regie.evil/', null]) {
      expect(await invoke('regie:meetings.create', url, { title: 'x' })).toEqual({
        ok: false,
        error: FORBIDDEN_SENDER,
      });
    }
    expect(dispatch).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it('an ApiError becomes { ok: false, error: body }', async () => {
    const issues = [{ path: 'title', message: 'Vul een titel in' }];
    const { invoke } = setup(
      vi.fn(async () => {
        throw new ApiError('invalid', 'De gegevens kloppen niet.', issues);
      }),
    );
    expect(await invoke('regie:meetings.create', 'app://regie/', {})).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'De gegevens kloppen niet.', issues },
    });
  });

  it('any other error becomes a generic internal error (details only in the log)', async () => {
    const { invoke, log } = setup(
      vi.fn(async () => {
        throw new Error('SQLITE_CORRUPT at /home/jan/regie.db');
      }),
    );
    const result = await invoke('regie:meetings.list', 'app://regie/', {});
    expect(result).toEqual({ ok: false, error: INTERNAL_ERROR });
    expect(JSON.stringify(result)).not.toContain('SQLITE');
    expect(log).toHaveBeenCalledWith(expect.any(String), expect.any(Error));
  });

  it('can be removed again', () => {
    const { handlers, remove } = setup();
    remove();
    expect(handlers.size).toBe(0);
  });
});

describe('shell handlers', () => {
  const shellHandlers = (): ShellHandlers => ({
    chooseSavePath: vi.fn(async () => '/tmp/agenda.docx'),
    chooseFolder: vi.fn(async () => null),
    chooseFiles: vi.fn(async () => []),
    openPath: vi.fn(async () => undefined),
    showInFolder: vi.fn(async () => undefined),
    openExternal: vi.fn(async () => true),
  });

  it('registers regie-shell:<name> for every shell call', () => {
    const fake = fakeIpcMain();
    registerShellHandlers({ ipcMain: fake.ipcMain, handlers: shellHandlers(), log: vi.fn() });
    expect([...fake.handlers.keys()].sort()).toEqual(SHELL_METHODS.map(shellChannel).sort());
    expect([...fake.handlers.keys()].every((channel) => channel.startsWith('regie-shell:'))).toBe(true);
  });

  it('checks the sender and passes all arguments', async () => {
    const fake = fakeIpcMain();
    const handlers = shellHandlers();
    registerShellHandlers({ ipcMain: fake.ipcMain, handlers, log: vi.fn() });
    expect(await fake.invoke('regie-shell:chooseSavePath', 'app://regie/', { title: 't' })).toEqual({
      ok: true,
      value: '/tmp/agenda.docx',
    });
    expect(handlers.chooseSavePath).toHaveBeenCalledWith({ title: 't' });
    expect(await fake.invoke('regie-shell:openPath', 'https://evil.example/', 'C:\\x.exe')).toEqual({
      ok: false,
      error: FORBIDDEN_SENDER,
    });
    expect(handlers.openPath).not.toHaveBeenCalled();
  });
});
