#!/usr/bin/env node
// The `regie` command: a thin launcher for the bundled CLI (built by `npm ci` through the prepare script).
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli/regie.cjs', import.meta.url));
if (!existsSync(cli)) {
  console.error('regie: de opdrachtregel is nog niet gebouwd; voer eerst `npm run build:node` uit.');
  process.exit(2);
}
// `regie meeting list | head`: when the reader stops early, stop quietly (no EPIPE trace), as Unix tools do.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
const require = createRequire(import.meta.url);
const { runCli } = require(cli);
process.exitCode = await runCli(process.argv.slice(2));
