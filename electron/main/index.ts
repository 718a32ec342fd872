// Entry point of the Electron main process (bundled to dist/main/main.cjs). Wiring only: the application
// services from electron/services and the API names from the contract go into the shell (run.ts).
import { API_METHODS } from '../../shared/api/contract';
import { listBackups, openRegie, restoreBackup } from '../services';
import { runDesktop } from './run';

runDesktop({
  openRegie,
  listBackups,
  // Takes the data folder's lock while it restores (electron/services/data-lock.ts).
  restoreBackup: async (dataDir, backupPath) => {
    await restoreBackup(dataDir, backupPath);
  },
  apiMethods: API_METHODS,
});
