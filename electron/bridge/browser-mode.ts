// Browser mode: the services and the built renderer on the loopback bridge, for machines without the
// Electron binary and for the end-to-end tests. Prints the full address (token included) to open.
import { homedir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { openRegie } from '../services/index';
import { chooseDataLocation } from '../services/data-location';
import { clockFromEnv } from '../services/fixed-clock';
import { startBridge } from './server';

async function main() {
  const location = chooseDataLocation({
    platform: process.platform,
    env: process.env,
    homedir: homedir(),
    cwd: process.cwd(),
  });
  // REGIE_NOW fixes the clock, for demonstrations and end-to-end tests only.
  const now = clockFromEnv(process.env.REGIE_NOW);
  const regie = await openRegie({
    ...(location.dbFile ? { dbPath: location.dbFile } : { dataDir: location.dir }),
    user: process.env.REGIE_USER ?? userInfo().username,
    ...(now ? { now } : {}),
    warmUp: true,
    // One owner per data folder: a second server (or the desktop app) on the same folder is refused.
    owner: { program: 'browser' },
  });
  if (process.env.REGIE_DEMO_IF_EMPTY === '1') {
    const info = (await regie.dispatch('app.info', {})) as { empty: boolean };
    if (info.empty) {
      await regie.dispatch('demo.load', {});
      console.log('Er waren nog geen gegevens: de demo is geladen.');
    }
  }
  const bridge = await startBridge({
    dispatch: regie.dispatch,
    rendererDir: process.env.REGIE_RENDERER_DIR ?? resolve(__dirname, '..', 'renderer'),
    port: process.env.REGIE_PORT ? Number(process.env.REGIE_PORT) : 0,
    downloadsDir: join(regie.dataDir, 'exports'),
  });
  console.log(`Regie draait in browsermodus. Open: ${bridge.openUrl}`);
  console.log(`Gegevens: ${regie.dbPath}`);
  const stop = async () => {
    await bridge.close();
    await regie.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`Regie kon niet starten: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
