// The shell calls of `window.regieShell` (shared/api/shell.ts), on the main side. Every argument is
// validated here: the renderer is trusted to be our code, but a bug or an injected script must not be
// able to make Regie start programs or open arbitrary URLs.
import nodePath from 'node:path';
import { z } from 'zod';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { ApiError } from '../../shared/api/errors';
import type { ShellHandlers } from './ipc';
import { externalUrl } from './url-policy';
import { isUncPath, type PathGrants } from './path-grants';

export type PathKind = 'file' | 'directory' | 'other';

export interface ShellDeps {
  /** dialog.showSaveDialog, attached to the main window when there is one. */
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  /** shell.openPath: resolves to an error message, '' on success. */
  openPath(path: string): Promise<string>;
  showItemInFolder(path: string): void;
  openExternal(url: string): Promise<void>;
  /** What is at a path, or null when nothing is. */
  stat(path: string): Promise<PathKind | null>;
  /** What main's dialogs handed out (see path-grants.ts): the dialogs here add to it. */
  grants: PathGrants;
  /** The app's exports folder (<data>/exports): its files may always be opened. */
  exportsDir: string;
  /** The app's backups folder (<data>/backups): a backup may be shown in its folder, never opened. */
  backupsDir?: string;
  path?: Pick<typeof nodePath, 'isAbsolute' | 'extname' | 'normalize'>;
}

export const NOT_OPENABLE_HERE =
  'Regie opent alleen bestanden die het zelf heeft gemaakt: in zijn map exports, of op een plek die u in Regie hebt gekozen.';

/**
 * The only kinds of file "Openen" hands to the system: documents Regie exports or keeps. No programs,
 * scripts, shortcuts, HTML or macro-enabled Office files, so a path can never make Windows run code.
 */
const OPENABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.docx',
  '.doc',
  '.dotx',
  '.odt',
  '.rtf',
  '.pdf',
  '.txt',
  '.md',
  '.xlsx',
  '.xls',
  '.ods',
  '.csv',
  '.pptx',
  '.ppt',
  '.odp',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.bmp',
  '.tif',
  '.tiff',
  '.msg',
  '.eml',
  '.ics',
]);

/** What the open dialog offers when adding documents. */
const DOCUMENT_FILTERS = [
  {
    name: 'Documenten',
    extensions: [
      'pdf',
      'docx',
      'doc',
      'odt',
      'rtf',
      'txt',
      'xlsx',
      'xls',
      'ods',
      'csv',
      'pptx',
      'ppt',
      'odp',
      'png',
      'jpg',
      'jpeg',
      'msg',
      'eml',
    ],
  },
  { name: 'Alle bestanden', extensions: ['*'] },
];

const title = z.string().trim().min(1).max(200);
const fileName = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .refine((value) => !/[\\/\0]/.test(value), 'Alleen een bestandsnaam, zonder map');
const extension = z.string().regex(/^([A-Za-z0-9]{1,16}|\*)$/, 'Een extensie zonder punt');
const saveRequest = z.object({
  title,
  defaultName: fileName,
  filters: z
    .array(
      z.object({ name: z.string().trim().min(1).max(100), extensions: z.array(extension).min(1).max(20) }),
    )
    .max(10),
});
const filePath = z.string().min(1).max(4096);
const url = z.string().min(1).max(4096);

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ApiError(
    'invalid',
    'De aanvraag aan het bureaublad is ongeldig.',
    result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  );
}

export function createShellHandlers(deps: ShellDeps): ShellHandlers {
  const p = deps.path ?? nodePath;

  const absolutePath = (value: unknown): string => {
    const path = parse(filePath, value);
    if (!p.isAbsolute(path) || path.includes('\0')) {
      throw new ApiError('invalid', 'Het pad moet een volledig pad naar een bestand zijn.');
    }
    return p.normalize(path);
  };

  /** Only the exports folder and what main's dialogs handed out; never a network path from the page. */
  const ownPath = (value: unknown): string => {
    const path = absolutePath(value);
    if (deps.grants.allows(path)) return path;
    // A network path is judged as given (normalising may fold '//server' into '/server').
    if (isUncPath(value as string) || !deps.grants.isInside(path, deps.exportsDir))
      throw new ApiError('forbidden', NOT_OPENABLE_HERE);
    return path;
  };

  /** What may be shown in Explorer: what ownPath allows, and Regie's own backups ("Toon in map"). */
  const shownPath = (value: unknown): string => {
    const path = absolutePath(value);
    if (deps.backupsDir && !isUncPath(value as string) && deps.grants.isInside(path, deps.backupsDir))
      return path;
    return ownPath(value);
  };

  return {
    async chooseSavePath(request: unknown) {
      const req = parse(saveRequest, request);
      const result = await deps.showSaveDialog({
        title: req.title,
        defaultPath: req.defaultName,
        filters: req.filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (result.canceled || !result.filePath) return null;
      deps.grants.grantFile(result.filePath);
      return result.filePath;
    },

    async chooseFolder(dialogTitle: unknown) {
      const result = await deps.showOpenDialog({
        title: parse(title, dialogTitle),
        properties: ['openDirectory', 'createDirectory'],
      });
      const folder = result.canceled ? null : (result.filePaths[0] ?? null);
      if (folder) deps.grants.grantFolder(folder);
      return folder;
    },

    async chooseFiles(dialogTitle: unknown) {
      const result = await deps.showOpenDialog({
        title: parse(title, dialogTitle),
        properties: ['openFile', 'multiSelections'],
        filters: DOCUMENT_FILTERS,
      });
      if (result.canceled) return [];
      for (const file of result.filePaths) deps.grants.grantFile(file);
      return result.filePaths;
    },

    async openPath(value: unknown) {
      const path = ownPath(value);
      if (!OPENABLE_EXTENSIONS.has(p.extname(path).toLowerCase())) {
        throw new ApiError(
          'forbidden',
          'Regie opent alleen documenten (zoals Word, PDF of Excel), geen andere bestanden.',
        );
      }
      if ((await deps.stat(path)) !== 'file') {
        throw new ApiError('not_found', 'Het bestand bestaat niet (meer) op deze plek.');
      }
      const error = await deps.openPath(path);
      if (error) throw new ApiError('internal', `Het bestand kon niet worden geopend: ${error}`);
      return undefined;
    },

    async showInFolder(value: unknown) {
      const path = shownPath(value);
      if ((await deps.stat(path)) === null) {
        throw new ApiError('not_found', 'Het bestand bestaat niet (meer) op deze plek.');
      }
      deps.showItemInFolder(path);
      return undefined;
    },

    async openExternal(value: unknown) {
      const target = externalUrl(parse(url, value));
      if (target === null) return false;
      // Safe: `target` passed externalUrl() (https:/mailto: only, parsed with new URL, exact protocol).
      await deps.openExternal(target); // eng-disable OPEN_EXTERNAL_JS_CHECK
      return true;
    },
  };
}
