// `npm start`: the desktop app when the Electron binary is there; otherwise one line saying so, and
// browser mode (the same app on a local address, token included). Electron 45 fetches its binary on
// first use; on a machine without internet that fails, so we only use a binary that is already present.
import { existsSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(dirname(new URL(import.meta.url).pathname), '..');

function electronBinary() {
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

const exe = process.env.REGIE_BROWSER_MODE ? null : electronBinary();
if (exe) {
  const child = spawn(exe, [root], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron is op deze machine niet beschikbaar: Regie start in browsermodus.');
  const child = spawn(process.execPath, [join(root, 'dist/bridge/browser-mode.cjs')], {
    stdio: 'inherit',
    env: { ...process.env, REGIE_DEMO_IF_EMPTY: process.env.REGIE_DEMO_IF_EMPTY ?? '1' },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}
