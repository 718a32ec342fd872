// A copy of the packaged app for the Electron end-to-end suite, with one fuse turned back on.
//
//   node scripts/e2e-electron-copy.mjs release/linux-unpacked release/e2e-app   → prints the copy's executable
//
// Why: Playwright's Electron support needs the main process's Node inspector (playwright-core's
// Electron.launch waits for "Debugger listening on ws://…" before anything else; see tests/e2e/harness.ts),
// and the shipped build turns `EnableNodeCliInspectArguments` off (electron-builder.yml). The copy differs
// from what ships in that one fuse: the same executable otherwise, the same app.asar with its integrity
// hash, every other fuse as shipped (this script checks and prints them). The shipped executable itself is
// started, unmodified, by `npm run bench:startup` in the same workflow.
//
// The first argument is the unpacked build: release/linux-unpacked, release/win-unpacked or
// release/mac-arm64/Regie.app (release/mac/Regie.app on Intel). On macOS the copy is signed ad hoc again,
// as a changed binary must be to start on Apple silicon.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';

const INSPECT = FuseV1Options.EnableNodeCliInspectArguments;

/** The executable inside an unpacked build (names from electron-builder.yml: executableName, productName). */
export function executableIn(unpacked, platform = process.platform) {
  if (unpacked.endsWith('.app')) return join(unpacked, 'Contents', 'MacOS', basename(unpacked, '.app'));
  return join(unpacked, platform === 'win32' ? 'Regie.exe' : 'regie');
}

/** The file whose fuses count: the .app bundle on macOS, the executable elsewhere. */
const fuseTarget = (unpacked) => (unpacked.endsWith('.app') ? unpacked : executableIn(unpacked));

function describeWire(wire) {
  return Object.entries(wire)
    .filter(([key]) => /^[0-9]+$/.test(key))
    .map(
      ([key, state]) =>
        `${FuseV1Options[Number(key)]}=${state === 49 ? 'aan' : state === 48 ? 'uit' : state}`,
    )
    .join(', ');
}

async function main() {
  const [source, target] = process.argv.slice(2);
  if (!source || !target) {
    console.error('Gebruik: node scripts/e2e-electron-copy.mjs UITGEPAKTE-BUILD DOELMAP');
    process.exit(2);
  }
  const from = resolve(source);
  if (!existsSync(executableIn(from))) {
    console.error(`Geen uitgepakte Regie-build in ${from} (verwacht: ${executableIn(from)}).`);
    process.exit(1);
  }
  const shipped = await getCurrentFuseWire(fuseTarget(from));
  const copy = resolve(target, basename(from));
  rmSync(copy, { recursive: true, force: true });
  // verbatimSymlinks: the macOS frameworks are full of relative symlinks that must stay relative.
  cpSync(from, copy, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
  await flipFuses(fuseTarget(copy), {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: process.platform === 'darwin',
    [INSPECT]: true,
  });
  const flipped = await getCurrentFuseWire(fuseTarget(copy));
  const changed = Object.keys(shipped).filter((key) => /^[0-9]+$/.test(key) && shipped[key] !== flipped[key]);
  if (changed.length !== 1 || Number(changed[0]) !== INSPECT) {
    console.error(`Onverwachte zekeringen in de kopie: ${describeWire(flipped)}`);
    process.exit(1);
  }
  console.error(`Zekeringen van de uitgeleverde build: ${describeWire(shipped)}`);
  console.error(`Testkopie ${copy}: alleen ${FuseV1Options[INSPECT]} staat aan.`);
  console.log(executableIn(copy));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
