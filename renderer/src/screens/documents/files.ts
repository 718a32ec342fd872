// Files in and out of the app. On the desktop the native dialogs give real paths; in browser mode the
// services write into their exports folder and the bridge serves the file (GET /download/<name>?token=…),
// and a package to open is handed over as bytes (package.upload).
import { readToken } from '../../api/token';

/** Starts the browser download of a file from the exports folder. False when there is nothing to fetch. */
export function downloadExport(download: string | null, fileName: string): boolean {
  if (!download) return false;
  const token = readToken() ?? '';
  const a = document.createElement('a');
  a.href = `./download/${encodeURIComponent(download)}?token=${encodeURIComponent(token)}`;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  return true;
}

/** A file name that every file system accepts (no folders, no reserved characters). */
export function safeName(name: string): string {
  return (
    name
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The exports folder under the data folder, with that folder's own separator (Windows or not). */
export function exportsPath(dataDir: string, fileName: string): string {
  const sep = dataDir.includes('\\') && !dataDir.includes('/') ? '\\' : '/';
  return `${dataDir.replace(/[\\/]+$/, '')}${sep}exports${sep}${fileName}`;
}

/** The last part of a path, for showing. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** A File as base64 (without the data: prefix). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });
}

/** Lets the user pick one file in browser mode (a hidden file input). Null when cancelled. */
export function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.setAttribute('data-testid', 'package-file-input');
    let settled = false;
    const finish = (file: File | null) => {
      if (settled) return;
      settled = true;
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => finish(null));
    document.body.appendChild(input);
    input.click();
  });
}

/** The Dutch message of a failure: the service's message, or our own Error's text. */
export function failureText(error: unknown, fallback: (e: unknown) => string): string {
  if (error instanceof Error && !('body' in error) && error.message) return error.message;
  return fallback(error);
}
