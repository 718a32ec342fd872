// What the desktop preload puts on window (see electron/preload/bridge.ts); all absent in browser mode.
import type { Api } from '../../../shared/api/contract';
import type { ShellApi } from '../../../shared/api/shell';

/** window.regie: the whole contract (electron/preload/bridge.ts builds it from the same record). */
export type PreloadApi = Api;

interface ShellEvents {
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
