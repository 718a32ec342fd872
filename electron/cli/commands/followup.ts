// regie followup list [--body NAME] [--open] [--json]: the follow-ups of advice (one per destination).
import type { DataCommand } from '../types';
import { ApiError } from '../../../shared/api/errors';
import { FOLLOW_UP_RESULT_LABEL, FOLLOW_UP_STATUS_LABEL } from '../../../shared/rules/chain';
import { formatDutchDate } from '../../../shared/rules/calendar';
import { followUpJson } from '../views';

export const followupCommand: DataCommand = {
  name: 'followup',
  help: [
    ['followup list [--body NAAM] [--open] [--json]', 'het vervolg van adviezen (stuurgroep, colleges)'],
  ],
  flags: ['--body', '--open', '--json'],
  opens: 'data',
  access: () => 'read',
  async run({ api, args, io }) {
    if (args.positional[1] !== 'list')
      throw new ApiError('invalid', 'Gebruik: regie followup list [--body NAAM] [--open] [--json]');
    const body = args.flags.get('--body');
    let bodyId: string | undefined;
    if (typeof body === 'string') {
      const found = (await api['bodies.list']({})).find((b) => b.name.toLowerCase() === body.toLowerCase());
      if (!found) throw new ApiError('not_found', `Geen overleg met de naam "${body}".`);
      bodyId = found.id;
    }
    const list = await api['followUps.list']({
      ...(bodyId ? { bodyId } : {}),
      openOnly: args.flags.has('--open'),
    });
    if (args.flags.has('--json')) {
      io.out(
        JSON.stringify(
          list.map((f) => ({
            body: f.bodyName,
            meeting: f.meetingDate,
            item: f.itemTitle,
            decision: f.decisionText,
            destination: f.destination,
            ...followUpJson(f),
            note: f.note,
            proposalNumber: f.proposalNumber,
            caseNumber: f.caseNumber,
            overdue: f.overdue,
            forwardedTo: f.forwardedTo
              ? { body: f.forwardedTo.bodyName, meeting: f.forwardedTo.meetingDate }
              : null,
          })),
          null,
          2,
        ),
      );
      return 0;
    }
    if (list.length === 0) io.out(args.flags.has('--open') ? 'Geen open vervolg.' : 'Geen vervolg.');
    for (const f of list) {
      const where = f.on ? ` ${formatDutchDate(f.on)}` : '';
      const result = f.result && f.result !== 'aangehouden' ? ` (${FOLLOW_UP_RESULT_LABEL[f.result]})` : '';
      io.out(
        `${f.meetingDate}  ${f.itemTitle}  →  ${f.byName}: ${FOLLOW_UP_STATUS_LABEL[f.status]}${where}${result}${f.overdue ? '  [te lang open]' : ''}  ${f.bodyName}`,
      );
    }
    return 0;
  },
};
