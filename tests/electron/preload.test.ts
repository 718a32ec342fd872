import { describe, expect, it, vi } from 'vitest';
import { EVENT_COMMAND, EVENT_OPEN_FILE, SHELL_METHODS } from '../../electron/main/channels';
import {
  buildApiBridge,
  buildEventsBridge,
  buildShellBridge,
  unwrapResult,
  type Invoke,
} from '../../electron/preload/bridge';
import { API_METHODS } from '../../shared/api/contract';

describe('window.regie', () => {
  it('has exactly one function per API method, each invoking regie:<name>', async () => {
    const invoke = vi.fn<Invoke>(async (_channel, request) => ({ ok: true, value: { got: request } }));
    const api = buildApiBridge(invoke);
    expect(Object.keys(api)).toEqual(API_METHODS);
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(await api['meetings.list']({ bodyId: 'b' })).toEqual({ got: { bodyId: 'b' } });
    expect(invoke).toHaveBeenCalledWith('regie:meetings.list', { bodyId: 'b' });
  });

  it('exposes no generic send, invoke or ipcRenderer', () => {
    const api = buildApiBridge(vi.fn<Invoke>());
    for (const key of ['send', 'invoke', 'on', 'ipcRenderer']) expect(api).not.toHaveProperty(key);
  });

  it('rejects with the ApiErrorBody as a plain, bridge-safe object', async () => {
    const error = {
      code: 'invalid',
      message: 'Vul een titel in.',
      issues: [{ path: 'title', message: 'Verplicht' }],
    };
    const api = buildApiBridge(vi.fn<Invoke>(async () => ({ ok: false, error })));
    const rejection: unknown = await api['meetings.create']({
      bodyId: 'b',
      date: '2027-04-01',
      start: '09:30',
    }).catch((reason: unknown) => reason);
    expect(rejection).toEqual({ name: 'ApiError', message: 'Vul een titel in.', body: error });
    // Plain data survives contextBridge intact; an Error would lose `body`.
    expect(rejection).not.toBeInstanceOf(Error);
    expect(structuredClone(rejection)).toEqual(rejection);
  });

  it('treats a malformed answer as an internal error', () => {
    for (const answer of [undefined, null, 'x', { ok: false, error: 'kapot' }, { value: 1 }]) {
      expect(() => unwrapResult(answer)).toThrow(
        expect.objectContaining({ body: expect.objectContaining({ code: 'internal' }) }),
      );
    }
  });
});

describe('window.regieShell', () => {
  it('sends each call to regie-shell:<name> and unwraps the answer', async () => {
    const invoke = vi.fn<Invoke>(async (channel) => ({
      ok: true,
      value: channel === 'regie-shell:chooseFiles' ? ['/a.pdf'] : null,
    }));
    const shell = buildShellBridge(invoke, () => '/dropped.pdf');
    expect(await shell.chooseFiles('Documenten')).toEqual(['/a.pdf']);
    await shell.chooseSavePath({ title: 't', defaultName: 'a.docx', filters: [] });
    await shell.chooseFolder('Map');
    await shell.openPath('/a.docx');
    await shell.showInFolder('/a.docx');
    await shell.openExternal('https://example.nl');
    const channels = invoke.mock.calls.map(([channel]) => channel).sort();
    expect(channels).toEqual(SHELL_METHODS.map((m) => `regie-shell:${m}`).sort());
  });

  it('gets the path of a dropped file through webUtils, and refuses non-files', () => {
    const getPathForFile = vi.fn(() => 'C:\\Users\\jan\\Bijlage.pdf');
    const shell = buildShellBridge(vi.fn<Invoke>(), getPathForFile);
    expect(shell.pathForDroppedFile(new File(['x'], 'Bijlage.pdf'))).toBe('C:\\Users\\jan\\Bijlage.pdf');
    expect(() => shell.pathForDroppedFile({ name: 'nep.pdf' } as unknown as File)).toThrow();
    expect(getPathForFile).toHaveBeenCalledTimes(1);
  });
});

describe('window.regieEvents', () => {
  function setup() {
    const listeners = new Map<string, (value: unknown) => void>();
    const events = buildEventsBridge((channel, listener) => {
      listeners.set(channel, listener);
      return () => listeners.delete(channel);
    });
    const emit = (channel: string, value: unknown) => listeners.get(channel)?.(value);
    return { events, emit };
  }

  it('passes on known menu commands only', () => {
    const { events, emit } = setup();
    const seen: string[] = [];
    const stop = events.onCommand((command) => seen.push(command));
    emit(EVENT_COMMAND, 'new-meeting');
    emit(EVENT_COMMAND, 'rm -rf');
    emit(EVENT_COMMAND, { command: 'backup' });
    stop();
    emit(EVENT_COMMAND, 'backup');
    expect(seen).toEqual(['new-meeting']);
  });

  it('keeps .regie paths that arrive before the page listens', () => {
    const { events, emit } = setup();
    emit(EVENT_OPEN_FILE, '/home/jan/Downloads/vergadering.regie');
    emit(EVENT_OPEN_FILE, 42);
    const seen: string[] = [];
    events.onOpenFile((path) => seen.push(path));
    expect(seen).toEqual(['/home/jan/Downloads/vergadering.regie']);
    emit(EVENT_OPEN_FILE, '/tmp/b.regie');
    expect(seen).toEqual(['/home/jan/Downloads/vergadering.regie', '/tmp/b.regie']);
  });
});
