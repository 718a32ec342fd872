// regie backup --out FILE.zip (database and documents) or --out FILE.sqlite (the database only). A backup only
// reads the data (SQLite's online backup), so it works while the app runs, as documented.
import { resolve } from 'node:path';
import { flag, UsageError, type DataCommand } from '../types';

export const backupCommand: DataCommand = {
  name: 'backup',
  help: [
    [
      'backup --out BESTAND.zip',
      'back-up van database en documenten (ook terwijl de app draait;',
      'BESTAND.sqlite: alleen de database)',
    ],
  ],
  flags: ['--out'],
  opens: 'data',
  access: () => 'read',
  async run({ regie, api, args, io }) {
    const out = flag(args, '--out');
    if (!out) throw new UsageError('Gebruik: regie backup --out BESTAND.zip');
    if (out.toLowerCase().endsWith('.sqlite')) {
      const { backupDatabase } = await import('../../services/backup');
      const { assertOutsideData } = await import('../../services/output-path');
      const path = assertOutsideData(out, { dataDir: regie.dataDir, dbPath: regie.dbPath }, 'De back-up');
      await backupDatabase(regie.context.store.sqlite, path);
      io.out(`Back-up van de database gemaakt (zonder documenten): ${resolve(out)}`);
      return 0;
    }
    const made = await api['backup.create']({ outPath: resolve(out) });
    io.out(`Back-up van database en documenten gemaakt: ${made.path}`);
    return 0;
  },
};
