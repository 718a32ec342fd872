// regie package export REF --out FILE.regie      a meeting package for another laptop
// regie package import FILE.regie [--theirs|--ours]
// Without --theirs or --ours an import that conflicts changes nothing: it lists every conflict (table,
// row, field, this laptop's value, the package's value) and exits with 1, so a script never decides
// silently which side wins.
import { resolve } from 'node:path';
import { withSubcommand, type DataCommand } from '../types';
import type { SyncConflictView } from '../../../shared/api/calls/sync';
import { ApiError } from '../../../shared/api/errors';

function shown(value: unknown): string {
  if (value === null || value === undefined) return '(leeg)';
  if (typeof value === 'object') return '(de hele regel)';
  return JSON.stringify(value);
}

function counted(c: Record<string, number>): string {
  return (
    Object.entries(c)
      .map(([table, n]) => `${table} ${n}`)
      .join(', ') || 'geen'
  );
}

function conflictLines(conflicts: readonly SyncConflictView[]): string[] {
  return [
    'tabel\trij\tveld\thier\tpakket',
    ...conflicts.map((c) => `${c.table}\t${c.id}\t${c.field}\t${shown(c.ours)}\t${shown(c.theirs)}`),
  ];
}

export const packageCommand: DataCommand = {
  name: 'package',
  help: [['package export|import …', 'vergaderpakket (.regie) voor een andere laptop maken of inlezen']],
  flags: ['--out', '--body', '--ours', '--theirs'],
  opens: 'data',
  access: () => 'write',
  lockName: withSubcommand,
  async run({ api, args, io }) {
    const [, what, target] = args.positional;
    if (what === 'export') {
      const out = args.flags.get('--out');
      if (!target || typeof out !== 'string')
        throw new ApiError('invalid', 'Gebruik: regie package export REF --out BESTAND.regie');
      const body = args.flags.get('--body');
      const meeting = await api['meetings.find']({
        ref: target,
        ...(typeof body === 'string' ? { body } : {}),
      });
      const r = await api['package.export']({ meetingId: meeting.id, outPath: resolve(out) });
      io.out(
        `Pakket gemaakt: ${r.path} (vergadering ${r.meeting.date}, ${r.documents} document(en), ${r.bytes} bytes)`,
      );
      return 0;
    }
    if (what === 'import') {
      if (!target)
        throw new ApiError('invalid', 'Gebruik: regie package import BESTAND.regie [--theirs|--ours]');
      const theirs = args.flags.has('--theirs');
      const ours = args.flags.has('--ours');
      if (theirs && ours) throw new ApiError('invalid', 'Kies --theirs of --ours, niet allebei.');
      const path = resolve(target);
      const preview = await api['package.preview']({ path });
      if (preview.conflicts.length > 0 && !theirs && !ours) {
        io.err(
          `regie: het pakket botst op ${preview.conflicts.length} punt(en) met wat hier is gewijzigd; er is niets geïmporteerd. Kies --ours (houden wat hier staat) of --theirs (nemen wat in het pakket staat):`,
        );
        for (const line of conflictLines(preview.conflicts)) io.err(line);
        return 1;
      }
      const r = await api['package.import']({ path, resolutions: theirs ? 'theirs' : 'ours' });
      if (r.unchanged) io.out('Niets gewijzigd: dit pakket was al ingelezen.');
      else
        io.out(
          `Pakket ingelezen (vergadering ${r.meeting.date}). Nieuw: ${counted(r.created)}. Gewijzigd: ${counted(r.updated)}. Verwijderd: ${counted(r.removed)}.`,
        );
      if (r.conflictsResolved)
        io.out(`${r.conflictsResolved} conflict(en) beslist met ${theirs ? '--theirs' : '--ours'}.`);
      for (const note of r.notes) io.out(note);
      return 0;
    }
    throw new ApiError(
      'invalid',
      'Gebruik: regie package export REF --out BESTAND.regie | regie package import BESTAND.regie [--theirs|--ours]',
    );
  },
};
