// What the desktop preload puts on window (see electron/preload/bridge.ts); all absent in browser mode.
import type { ApiMethod } from '../../../shared/api/contract';
import type { ShellApi } from '../../../shared/api/shell';

export type PreloadApi = Partial<Record<ApiMethod, (request: unknown) => Promise<unknown>>>;

export interface ShellEvents {
  onCommand(listener: (command: string) => void): () => void;
  onOpenFile(listener: (path: string) => void): () => void;
}

interface RegieWindow {
  regie?: PreloadApi;
  regieShell?: ShellApi;
  regieEvents?: ShellEvents;
}

export function regieWindow(): RegieWindow {
  return window as unknown as RegieWindow;
}
