// What only the desktop shell can do (native dialogs, opening files). The preload exposes it as
// `window.regieShell`; in browser mode the renderer falls back to downloads and file inputs.
export interface SaveDialogRequest {
  title: string;
  defaultName: string;
  /** e.g. [{ name: 'Word-document', extensions: ['docx'] }] */
  filters: { name: string; extensions: string[] }[];
}

export interface ShellApi {
  /** Native save dialog; null when the user cancels. */
  chooseSavePath(req: SaveDialogRequest): Promise<string | null>;
  /** Native folder picker; null when cancelled. */
  chooseFolder(title: string): Promise<string | null>;
  /** Native open dialog for documents; the chosen absolute paths (empty when cancelled). */
  chooseFiles(title: string): Promise<string[]>;
  /** The absolute path of a File dropped on the window (Electron's webUtils.getPathForFile). */
  pathForDroppedFile(file: File): string;
  /** Opens a file the app exported, with the system's default program. */
  openPath(path: string): Promise<void>;
  /** Shows a file the app exported in Explorer/Finder. */
  showInFolder(path: string): Promise<void>;
  /** Opens an https: or mailto: link in the system browser/mail program; anything else is refused. */
  openExternal(url: string): Promise<boolean>;
}
