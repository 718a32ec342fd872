// regie check [--repair]: database integrity and every document's checksum; exit 1 when a problem is found.
// Without --repair it only reads, so it runs beside the app.
import type { DataCommand } from '../types';

export const checkCommand: DataCommand = {
  name: 'check',
  help: [
    [
      'check [--repair]',
      'database en documenten controleren (exit 1 bij een probleem);',
      '--repair ruimt losse bestanden in de documentopslag op',
    ],
  ],
  flags: ['--repair'],
  opens: 'data',
  access: (args) => (args.flags.has('--repair') ? 'write' : 'read'),
  async run({ regie, args, io }) {
    const { checkStore } = await import('../../services/check');
    const report = await checkStore(regie.context, { repair: args.flags.has('--repair') });
    for (const line of report.lines) io.out(line);
    if (report.problems.length) {
      for (const p of report.problems) io.err(`PROBLEEM: ${p}`);
      return 1;
    }
    io.out('Alles in orde.');
    return 0;
  },
};
