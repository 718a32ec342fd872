// IPC wiring: one `ipcMain.handle` per API call (`regie:<name>`) and per shell call
// (`regie-shell:<name>`). Every call is checked for its sender frame before anything else runs, and every
// outcome goes back as an IpcResult envelope. Payloads are validated by dispatch (API) and by the shell
// handlers themselves.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_PREFIX, type ApiErrorBody } from '../../shared/api/define';
import { ApiError, isApiErrorBody } from '../../shared/api/errors';
import { shellChannel, SHELL_METHODS, type IpcResult, type ShellMethod } from './channels';
import { isTrustedSenderUrl } from './url-policy';

export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;
type Log = (message: string, error?: unknown) => void;

export const FORBIDDEN_SENDER: ApiErrorBody = {
  code: 'forbidden',
  message: 'Deze aanvraag komt niet van Regie zelf en is geweigerd.',
};

export const INTERNAL_ERROR: ApiErrorBody = {
  code: 'internal',
  message:
    'Er ging iets mis in Regie. Probeer het opnieuw; blijft het misgaan, neem dan contact op met de beheerder.',
};

/** Only the app's own page (app://regie/...) may call: not another origin, not a page that mentions it. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  let url: string | undefined;
  try {
    // senderFrame is null once the frame navigated away or was destroyed.
    url = event.senderFrame?.url;
  } catch {
    return false;
  }
  return isTrustedSenderUrl(url);
}

/** An ApiError (or anything carrying an ApiErrorBody) keeps its body; anything else becomes 'internal'. */
function toErrorBody(error: unknown, log: Log): ApiErrorBody {
  if (error instanceof ApiError) return error.body;
  const body = (error as { body?: unknown } | null)?.body;
  if (isApiErrorBody(body)) return body;
  log('Regie: onverwachte fout in een IPC-aanroep', error);
  return INTERNAL_ERROR;
}

/** Runs a call behind the sender check and wraps its outcome in an envelope. Never throws. */
async function handleInvoke(
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  run: () => Promise<unknown>,
  log: Log,
): Promise<IpcResult> {
  if (!isTrustedSender(event)) {
    log(`Regie: IPC-aanroep van onbekende herkomst geweigerd (${safeSenderUrl(event)})`);
    return { ok: false, error: FORBIDDEN_SENDER };
  }
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: toErrorBody(error, log) };
  }
}

function safeSenderUrl(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): string {
  try {
    return (event.senderFrame?.url ?? 'geen frame').slice(0, 200);
  } catch {
    return 'onleesbaar frame';
  }
}

type Dispatch = (name: string, payload: unknown) => Promise<unknown>;

/** Registers `regie:<name>` for every API method; returns a function that removes them again. */
export function registerApiHandlers(options: {
  ipcMain: IpcMainLike;
  methods: readonly string[];
  dispatch: Dispatch;
  log?: Log;
}): () => void {
  const log = options.log ?? console.error;
  const channels = options.methods.map((name) => {
    const channel = IPC_PREFIX + name;
    // Only the first argument is the request; anything else a caller sends is ignored.
    options.ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) =>
      handleInvoke(event, () => options.dispatch(name, payload), log),
    );
    return channel;
  });
  return () => channels.forEach((channel) => options.ipcMain.removeHandler(channel));
}

export type ShellHandlers = Record<ShellMethod, (...args: unknown[]) => Promise<unknown>>;

/** Registers `regie-shell:<name>` for every shell call; returns a function that removes them again. */
export function registerShellHandlers(options: {
  ipcMain: IpcMainLike;
  handlers: ShellHandlers;
  log?: Log;
}): () => void {
  const log = options.log ?? console.error;
  const channels = SHELL_METHODS.map((method) => {
    const channel = shellChannel(method);
    options.ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) =>
      handleInvoke(event, () => options.handlers[method](...args), log),
    );
    return channel;
  });
  return () => channels.forEach((channel) => options.ipcMain.removeHandler(channel));
}
