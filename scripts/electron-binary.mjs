// Where an Electron to run Regie with can be found, without ever triggering a download: requiring the
// `electron` package fetches its binary on first use (Electron 45), which on a machine without internet
// fails only after a long wait. Used by `npm start`, the end-to-end harness and the start-up benchmark.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** The project folder (package.json "main" points Electron at dist/main/main.cjs from there). */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The Electron executable that `npm ci` placed in node_modules/electron/dist, or null when it is not there. */
export function installedElectron() {
  try {
    const dir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const exe = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(exe) ? exe : null;
  } catch {
    return null;
  }
}

/**
 * How to start the desktop app: the packaged app's executable when `REGIE_ELECTRON_EXE` names one (it must
 * exist: a wrong path is an error, never a quiet skip), else node_modules' Electron with the project folder
 * (the built dist/main/main.cjs). `{ missing }` says in one Dutch sentence why neither is available.
 */
export function findElectronApp(env = process.env) {
  const packaged = env.REGIE_ELECTRON_EXE?.trim();
  if (packaged) {
    const exe = resolve(packaged);
    if (!existsSync(exe))
      throw new Error(`REGIE_ELECTRON_EXE wijst naar een bestand dat niet bestaat: ${exe}`);
    return { executablePath: exe, args: [], packaged: true };
  }
  const exe = installedElectron();
  if (exe === null) {
    return {
      missing:
        'het Electron-programma ontbreekt in node_modules/electron (het wordt bij de eerste start van internet gehaald, en dat kan hier niet)',
    };
  }
  return { executablePath: exe, args: [PROJECT_ROOT], packaged: false };
}
