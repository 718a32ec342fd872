// Bundles the Node side with esbuild: the Electron main process, the preload, the CLI, the browser-mode server and
// the text-reading worker.
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
  // The thread that reads the text of PDF and Word documents (unpdf and mammoth bundled in): found by the
  // others at ../worker/ beside their own bundle (electron/documents/text-reader.ts).
  build({
    ...common,
    entryPoints: ['electron/documents/text-worker.ts'],
    outfile: 'dist/worker/text-worker.cjs',
    format: 'cjs',
  }),
]);
