// regie meeting list [--json] [--body NAME] and regie meeting show REF --json [--body NAME]: read beside the app.
import { ApiError } from '../../../shared/api/errors';
import { formatDutchDate } from '../../../shared/rules/calendar';
import { meetingShowJson } from '../views';
import { flag, UsageError, withSubcommand, type DataCommand } from '../types';

export const meetingCommand: DataCommand = {
  name: 'meeting',
  help: [
    ['meeting list [--json] [--body NAAM]', 'de vergaderingen'],
    ['meeting show REF --json [--body NAAM]', 'één vergadering (REF: id of datum JJJJ-MM-DD)'],
  ],
  flags: ['--json', '--body'],
  opens: 'data',
  access: () => 'read',
  lockName: withSubcommand,
  async run({ api, args, io }) {
    const [, sub, ref] = args.positional;
    if (sub === 'list') {
      const bodies = await api['bodies.list']({});
      const bodyName = flag(args, '--body');
      const chosen = bodyName
        ? bodies.filter((b) => b.name.toLowerCase() === bodyName.toLowerCase())
        : bodies;
      if (bodyName && chosen.length === 0)
        throw new ApiError('not_found', `Geen overleg met de naam "${bodyName}".`);
      const meetings = (await Promise.all(chosen.map((b) => api['meetings.list']({ bodyId: b.id })))).flat();
      if (args.flags.has('--json')) {
        io.out(
          JSON.stringify(
            meetings.map((m) => ({
              id: m.id,
              body: m.bodyName,
              date: m.date,
              start: m.start,
              status: m.status,
              host: m.host?.name ?? null,
              location: m.location,
              chair: { name: m.chair.name, overridden: m.chair.overridden },
              notulist: { name: m.notulist.name, overridden: m.notulist.overridden },
              deadlines: m.deadlines,
            })),
            null,
            2,
          ),
        );
      } else {
        if (meetings.length === 0) io.out('Geen vergaderingen.');
        for (const m of meetings)
          io.out(
            `${m.date}  ${m.start}  ${(m.host?.name ?? '-').padEnd(12)} voorzitter ${m.chair.name ?? '?'}${m.chair.overridden ? ' (vervanging)' : ''}, notulist ${m.notulist.name ?? '?'}  inbrengen ${formatDutchDate(m.deadlines.submission)}  [${m.status}]  ${m.bodyName}`,
          );
      }
      return 0;
    }
    if (sub === 'show') {
      if (!ref) throw new UsageError('Gebruik: regie meeting show REF --json');
      const body = flag(args, '--body');
      const detail = await api['meetings.find']({ ref, ...(body ? { body } : {}) });
      io.out(JSON.stringify(meetingShowJson(detail), null, 2));
      return 0;
    }
    throw new UsageError('Gebruik: regie meeting list|show …');
  },
};
