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
const require = createRequire(import.meta.url);
const { runCli } = require(cli);
process.exitCode = await runCli(process.argv.slice(2));
