// The IPC vocabulary between main and preload, apart from the API calls themselves (`regie:<name>`, see
// shared/api/define.ts). Pure: the preload bundles this file too.
import type { ApiErrorBody } from '../../shared/api/define';
import type { ShellApi } from '../../shared/api/shell';

/**
 * What every invoke handler returns. Electron reduces an error thrown in a handler to a message string
 * ("Error invoking remote method ..."), so errors travel as data and the preload turns them back.
 */
export type IpcResult<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** The shell calls that go over IPC (pathForDroppedFile runs in the preload itself). */
export type ShellMethod = Exclude<keyof ShellApi, 'pathForDroppedFile'>;

// A Record keyed by ShellMethod: a method missing here is a compile error.
const SHELL_METHOD_SET: Record<ShellMethod, true> = {
  chooseSavePath: true,
  chooseFolder: true,
  chooseFiles: true,
  openPath: true,
  showInFolder: true,
  openExternal: true,
};
export const SHELL_METHODS = Object.keys(SHELL_METHOD_SET) as readonly ShellMethod[];

const SHELL_PREFIX = 'regie-shell:';

export function shellChannel(method: ShellMethod): string {
  return SHELL_PREFIX + method;
}

/** Main → renderer: a menu command for the renderer to carry out. */
export const EVENT_COMMAND = 'regie-event:command';
/** Main → renderer: the absolute path of a `.regie` meeting package to open. */
export const EVENT_OPEN_FILE = 'regie-event:open-file';

const MENU_COMMANDS = ['new-meeting', 'backup', 'user-guide'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** What the preload exposes as `window.regieEvents`. */
export interface ShellEvents {
  /** Menu commands; returns a function that stops listening. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * A `.regie` package to open (double-click, second start, macOS open-file, Bestand > Openen). Paths that
   * arrived before the first listener are delivered to it on subscription.
   */
  onOpenFile(listener: (path: string) => void): () => void;
}
