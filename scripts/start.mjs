// `npm start`: the desktop app when the Electron binary is there; otherwise one line saying so, and
// browser mode (the same app on a local address, token included). Electron 45 fetches its binary on
// first use; on a machine without internet that fails, so we only use a binary that is already present.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { installedElectron, PROJECT_ROOT } from './electron-binary.mjs';

const exe = process.env.REGIE_BROWSER_MODE ? null : installedElectron();
if (exe) {
  const child = spawn(exe, [PROJECT_ROOT], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron is op deze machine niet beschikbaar: Regie start in browsermodus.');
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist/bridge/browser-mode.cjs')], {
    stdio: 'inherit',
    env: { ...process.env, REGIE_DEMO_IF_EMPTY: process.env.REGIE_DEMO_IF_EMPTY ?? '1' },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}
