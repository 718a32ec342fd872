// Bundles the Node side with esbuild: the Electron main process, the preload, the CLI and the browser-mode server.
// better-sqlite3 (native) and electron stay external.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: false,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist/main/main.cjs', format: 'cjs' }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/preload/preload.cjs',
    format: 'cjs',
  }),
  build({ ...common, entryPoints: ['electron/cli/main.ts'], outfile: 'dist/cli/regie.cjs', format: 'cjs' }),
  build({
    ...common,
    entryPoints: ['electron/bridge/browser-mode.ts'],
    outfile: 'dist/bridge/browser-mode.cjs',
    format: 'cjs',
  }),
]);
