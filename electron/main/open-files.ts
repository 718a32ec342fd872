// `.regie` meeting packages handed to Regie from outside: on the command line of the first start, by a
// second start (Windows/Linux double-click while Regie runs), or by macOS 'open-file'. Pure.
import nodePath from 'node:path';

export const PACKAGE_EXTENSION = '.regie';

/**
 * The last argument naming a `.regie` file, made absolute against the caller's working folder; null
 * when there is none. Switches (`--foo`) are skipped: Chromium adds its own to a second instance's argv.
 */
export function findPackageArg(
  argv: readonly string[],
  cwd: string,
  p: Pick<typeof nodePath, 'resolve'> = nodePath,
): string | null {
  for (let i = argv.length - 1; i >= 0; i -= 1) {
    const arg = argv[i];
    if (arg === undefined || arg.startsWith('-')) continue;
    if (arg.toLowerCase().endsWith(PACKAGE_EXTENSION) && arg.length > PACKAGE_EXTENSION.length) {
      return p.resolve(cwd, arg);
    }
  }
  return null;
}

/**
 * Holds package paths until the renderer has loaded, then sends them in order. (The preload buffers
 * again until the page subscribes, so nothing is lost between load and the first listener.)
 */
export function createOpenFileRouter(send: (path: string) => void): {
  open(path: string): void;
  rendererReady(): void;
  rendererGone(): void;
} {
  let ready = false;
  const pending: string[] = [];
  return {
    open(path) {
      if (ready) send(path);
      else pending.push(path);
    },
    rendererReady() {
      ready = true;
      for (const path of pending.splice(0)) send(path);
    },
    rendererGone() {
      ready = false;
    },
  };
}
