// regie import PLAN.json: a plan (body, people, meetings, items, minutes) in one action; the same plan twice
// changes nothing the second time.
import { dirname, resolve } from 'node:path';
import { readPlanFile } from '../../services/plan-file';
import { UsageError, type DataCommand } from '../types';

export const importCommand: DataCommand = {
  name: 'import',
  help: [['import PLAN.json', 'een plan (overleg, mensen, vergaderingen) importeren']],
  flags: [],
  opens: 'data',
  access: () => 'write',
  async run({ api, args, io }) {
    const file = args.positional[1];
    if (!file) throw new UsageError('Gebruik: regie import PLAN.json');
    const path = resolve(file);
    // UTF-8 only (a BOM is fine), and Dutch words for a missing file, a folder or broken JSON.
    const plan = await readPlanFile(path, file);
    const summary = await api['plan.import']({ plan, baseDir: dirname(path) });
    if (summary.unchanged) io.out('Niets gewijzigd: het plan was al geïmporteerd.');
    else {
      const list = (c: Record<string, number>) =>
        Object.entries(c)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ') || 'geen';
      io.out(`Plan geïmporteerd. Nieuw: ${list(summary.created)}. Gewijzigd: ${list(summary.updated)}.`);
    }
    return 0;
  },
};
