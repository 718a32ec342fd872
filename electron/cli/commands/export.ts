// regie export agenda|minutes REF --out FILE.docx, export actions [--body NAME] --out FILE.docx,
// export voorstel REF ITEM --municipality NAME --out FILE.docx, export package REF --out DIR.
import { withSubcommand, type DataCommand } from '../types';
import { ApiError } from '../../../shared/api/errors';

function required(value: string | true | undefined, usage: string): string {
  if (typeof value !== 'string' || !value) throw new ApiError('invalid', `Gebruik: ${usage}`);
  return value;
}

export const exportCommand: DataCommand = {
  name: 'export',
  help: [
    [
      'export agenda|minutes|actions|voorstel|package …',
      'agenda, verslag, actielijst, B&W-voorstel (.docx) of verzendpakket',
    ],
  ],
  flags: ['--out', '--body', '--group-by', '--municipality'],
  opens: 'data',
  access: () => 'read',
  lockName: withSubcommand,
  async run({ api, args, io, regie }) {
    const [, what, ref] = args.positional;
    const out = args.flags.get('--out');
    const body = args.flags.get('--body');
    const find = (r: string | undefined, usage: string) =>
      api['meetings.find']({ ref: required(r, usage), ...(typeof body === 'string' ? { body } : {}) });
    switch (what) {
      case 'agenda': {
        const usage = 'regie export agenda REF --out BESTAND.docx';
        const meeting = await find(ref, usage);
        const r = await api['export.agenda']({ meetingId: meeting.id, outPath: required(out, usage) });
        io.out(
          `${r.revision ? `Gewijzigde agenda (versie ${r.revision})` : r.exactlyAsSent ? 'Agenda (zoals verstuurd)' : 'Agenda'} opgeslagen: ${r.path}`,
        );
        for (const c of r.changes) io.out(`  - ${c}`);
        return 0;
      }
      case 'minutes': {
        const usage = 'regie export minutes REF --out BESTAND.docx';
        const meeting = await find(ref, usage);
        const r = await api['export.minutes']({ meetingId: meeting.id, outPath: required(out, usage) });
        io.out(`Verslag en afsprakenlijst opgeslagen: ${r.path}`);
        return 0;
      }
      case 'actions': {
        const usage = 'regie export actions [--body NAAM] --out BESTAND.docx';
        const bodies = await api['bodies.list']({});
        const chosen =
          typeof body === 'string'
            ? bodies.filter((b) => b.name.toLowerCase() === body.toLowerCase())
            : bodies;
        if (chosen.length === 0)
          throw new ApiError(
            'not_found',
            typeof body === 'string' ? `Geen overleg met de naam "${body}".` : 'Er is nog geen overleg.',
          );
        if (chosen.length > 1)
          throw new ApiError(
            'invalid',
            `Kies een overleg met --body (${chosen.map((b) => b.name).join(', ')}).`,
          );
        const grouping = args.flags.get('--group-by') ?? 'due';
        if (grouping !== 'due' && grouping !== 'person')
          throw new ApiError('invalid', `--group-by kent due of person, niet ${JSON.stringify(grouping)}.`);
        const groupBy = grouping;
        const r = await api['export.actions']({
          bodyId: (chosen[0] as { id: string }).id,
          outPath: required(out, usage),
          groupBy,
        });
        io.out(`Actielijst opgeslagen: ${r.path}`);
        return 0;
      }
      case 'package': {
        const usage = 'regie export package REF --out MAP';
        const meeting = await find(ref, usage);
        const { jobId } = await api['export.package']({
          meetingId: meeting.id,
          outDir: required(out, usage),
        });
        const job = await regie.context.jobs.wait(jobId);
        if (job.state === 'failed' || !job.result)
          throw new ApiError('internal', job.message ?? 'Het pakket is niet gemaakt.');
        io.out(`Verzendpakket gemaakt: ${job.result.folder}`);
        io.out(`Zip: ${job.result.zipPath}`);
        for (const f of job.result.files) io.out(`  ${f}`);
        if (job.result.skippedRecipients.length)
          io.out(`Zonder geldig e-mailadres (niet in de e-mail): ${job.result.skippedRecipients.join(', ')}`);
        return 0;
      }
      case 'voorstel': {
        const usage = 'regie export voorstel REF PUNT --municipality GEMEENTE --out BESTAND.docx';
        const meeting = await find(ref, usage);
        const number = Number(args.positional[3]);
        const item = meeting.items.find((i) => i.number === number);
        if (!item)
          throw new ApiError(
            'invalid',
            args.positional[3]
              ? `De vergadering van ${meeting.date} heeft geen punt ${args.positional[3]} (1–${meeting.items.length}).`
              : `Gebruik: ${usage}`,
          );
        const r = await api['export.voorstel']({
          meetingId: meeting.id,
          itemId: item.id,
          municipality: required(args.flags.get('--municipality'), usage),
          outPath: required(out, usage),
        });
        io.out(`Concept B&W-voorstel opgeslagen: ${r.path}`);
        if (r.notice) io.out(r.notice);
        return 0;
      }
      default:
        throw new ApiError('invalid', 'Gebruik: regie export agenda|minutes|actions|voorstel|package …');
    }
  },
};
