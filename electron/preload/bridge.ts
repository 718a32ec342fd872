// What the preload exposes, built from an injected invoke/on so it can be tested without Electron.
//   window.regie        one function per API call: (req) => invoke('regie:<name>', req), unwrapped
//   window.regieShell   the ShellApi of shared/api/shell.ts
//   window.regieEvents  menu commands and `.regie` files to open
// Never ipcRenderer itself, never a function that takes a channel name.
import { IPC_PREFIX, type ApiErrorBody } from '../../shared/api/define';
import { isApiErrorBody } from '../../shared/api/errors';
import { apiClient, type Api } from '../../shared/api/contract';
import type { SaveDialogRequest, ShellApi } from '../../shared/api/shell';
import {
  EVENT_COMMAND,
  EVENT_OPEN_FILE,
  isMenuCommand,
  shellChannel,
  type MenuCommand,
  type ShellEvents,
} from '../main/channels';

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;
/** Subscribes to a main → renderer channel; the listener gets the value only, never the IPC event. */
export type Subscribe = (channel: string, listener: (value: unknown) => void) => () => void;

/**
 * What a failed call rejects with. A plain object on purpose: contextBridge hands an Error to the page
 * as a bare `new Error(message)`, dropping custom properties such as `body` (electron/electron#25596),
 * while a plain object crosses intact. It has `name` and `message` like an Error, and the full
 * ApiErrorBody (code, Dutch message, field issues) as `body`.
 */
interface ApiFailure {
  name: 'ApiError';
  message: string;
  body: ApiErrorBody;
}

const MALFORMED: ApiErrorBody = {
  code: 'internal',
  message: 'Regie gaf een onverwacht antwoord. Probeer het opnieuw.',
};

function failure(body: ApiErrorBody): ApiFailure {
  return { name: 'ApiError', message: body.message, body };
}

/** An IpcResult envelope from main: its value, or a rejection with an ApiFailure. */
export function unwrapResult(result: unknown): unknown {
  if (typeof result === 'object' && result !== null) {
    const envelope = result as { ok?: unknown; value?: unknown; error?: unknown };
    if (envelope.ok === true) return envelope.value;
    if (envelope.ok === false && isApiErrorBody(envelope.error)) throw failure(envelope.error);
  }
  throw failure(MALFORMED);
}

/** window.regie: the whole contract, one function per call, each invoking its own channel `regie:<name>`. */
export function buildApiBridge(invoke: Invoke): Api {
  return apiClient(async (method, request) => unwrapResult(await invoke(IPC_PREFIX + method, request)));
}

export function buildShellBridge(invoke: Invoke, getPathForFile: (file: File) => string): ShellApi {
  const call = async <T>(method: Parameters<typeof shellChannel>[0], ...args: unknown[]): Promise<T> =>
    unwrapResult(await invoke(shellChannel(method), ...args)) as T;
  return {
    chooseSavePath: (req: SaveDialogRequest) => call<string | null>('chooseSavePath', req),
    chooseFolder: (title: string) => call<string | null>('chooseFolder', title),
    chooseFiles: (title: string) => call<string[]>('chooseFiles', title),
    pathForDroppedFile: (file: File) => {
      if (!(file instanceof File)) throw new TypeError('Geen bestand');
      return getPathForFile(file);
    },
    openPath: (path: string) => call<void>('openPath', path),
    showInFolder: (path: string) => call<void>('showInFolder', path),
    openExternal: (url: string) => call<boolean>('openExternal', url),
  };
}

/**
 * Subscribes to main's events at once (while the preload runs), so a `.regie` path sent before the page
 * registered its listener is kept and handed to the first listener.
 */
export function buildEventsBridge(subscribe: Subscribe): ShellEvents {
  const commandListeners = new Set<(command: MenuCommand) => void>();
  const fileListeners = new Set<(path: string) => void>();
  const pendingFiles: string[] = [];

  subscribe(EVENT_COMMAND, (value) => {
    if (!isMenuCommand(value)) return;
    for (const listener of commandListeners) listener(value);
  });
  subscribe(EVENT_OPEN_FILE, (value) => {
    if (typeof value !== 'string' || value.length === 0) return;
    if (fileListeners.size === 0) pendingFiles.push(value);
    else for (const listener of fileListeners) listener(value);
  });

  return {
    onCommand(listener) {
      commandListeners.add(listener);
      return () => commandListeners.delete(listener);
    },
    onOpenFile(listener) {
      fileListeners.add(listener);
      for (const path of pendingFiles.splice(0)) listener(path);
      return () => fileListeners.delete(listener);
    },
  };
}
