// The texts of the e-mail drafts: the agenda to the invitees (its items with their letters, which are late or
// changed, where and when, who chairs and takes notes) and the minutes to the ondersteuner.
import type { MeetingDetail } from '../../../shared/api/views';
import { formatDutchDate } from '../../../shared/rules/calendar';
import type { MailAddress } from '../../documents/ics';
import type { DocRevision } from '../../documents/model';
import { LATE_ADMITTED, LATE_PENDING } from '../../documents/agenda';

/** 'Stadhuis Weert, Wilhelminasingel 101, Weert' — the place with its address, or ''. */
export function placeLine(detail: Pick<MeetingDetail, 'place'>): string {
  if (!detail.place) return '';
  return [detail.place.name, detail.place.address].filter((s) => s.trim() !== '').join(', ');
}

function roleLine(detail: MeetingDetail, role: 'chair' | 'notulist'): string {
  const holder = detail[role];
  if (!holder.name) return 'onbekend';
  const invitee = detail.invitees.find((i) => i.personId === holder.personId);
  const replaces = invitee?.replaces ?? (holder.overridden ? holder.replaces : null);
  return replaces ? `${holder.name} (vervangt ${replaces})` : holder.name;
}

export function agendaRecipients(detail: MeetingDetail): { to: MailAddress[]; cc: MailAddress[] } {
  return {
    to: detail.invitees.map((p) => ({ name: p.name, email: p.email })),
    cc: detail.cc.map((p) => ({ name: p.name, email: p.email })),
  };
}

/** The body of the agenda's e-mail. */
export function agendaMailBody(
  detail: MeetingDetail,
  revision: DocRevision | null,
  changedItemIds: ReadonlySet<string>,
): string {
  const when = formatDutchDate(detail.date, true);
  const where = placeLine(detail);
  const items = detail.items.map((item) => {
    const kind = item.kind === 'vast' ? '' : `${item.kind.charAt(0).toUpperCase()}${item.kind.slice(1)}: `;
    const letters = item.attachments.map((a) => a.label);
    const marks: string[] = [];
    if (item.late)
      marks.push(item.lateDecision === 'admitted' ? LATE_ADMITTED.toLowerCase() : LATE_PENDING.toLowerCase());
    if (revision && changedItemIds.has(item.id)) marks.push('gewijzigd');
    return (
      `${item.number}. ${kind}${item.title}` +
      (letters.length ? ` (${letters.length > 1 ? 'bijlagen' : 'bijlage'} ${letters.join(', ')})` : '') +
      (marks.length ? ` — ${marks.join('; ')}` : '')
    );
  });
  const pending = detail.items.filter((i) => i.late && i.lateDecision !== 'admitted');
  return [
    'Beste leden van het overleg,',
    '',
    `Hierbij ontvangt u de ${revision ? 'gewijzigde ' : ''}agenda met de stukken voor de vergadering van ${when} om ${detail.start} uur${where ? ` in ${where}` : ''}.`,
    '',
    'Agenda:',
    ...items,
    ...(pending.length
      ? [
          '',
          `${pending.length === 1 ? 'Punt' : 'De punten'} ${pending.map((i) => i.number).join(', ')} ${pending.length === 1 ? 'is' : 'zijn'} na de termijn ingebracht; de vergadering besluit of ${pending.length === 1 ? 'het wordt' : 'ze worden'} behandeld.`,
        ]
      : []),
    ...(revision
      ? ['', 'Gewijzigd ten opzichte van de vorige versie:', ...revision.changes.map((c) => `- ${c}`)]
      : []),
    '',
    `Voorzitter: ${roleLine(detail, 'chair')}. Notulist: ${roleLine(detail, 'notulist')}.`,
    ...(detail.cc.length
      ? ['', `In kopie: ${detail.cc.map((c) => `${c.name} (punt ${c.items.join(', ')})`).join(', ')}.`]
      : []),
    '',
    'Met vriendelijke groet,',
    '',
    'Het secretariaat',
  ].join('\n');
}

/** The minutes' e-mail to the ondersteuner. */
export function minutesMail(
  detail: MeetingDetail,
  files: string[],
): { to: MailAddress[]; cc: MailAddress[]; from: MailAddress | null; subject: string; bodyText: string } {
  const ondersteuners = detail.invitees.filter((i) => i.role === 'ondersteuner');
  const notulist = detail.invitees.find((i) => i.personId === detail.notulist.personId) ?? null;
  const chair = detail.invitees.find((i) => i.personId === detail.chair.personId) ?? null;
  const when = formatDutchDate(detail.date, false);
  const greeting = ondersteuners.length === 1 ? `Beste ${ondersteuners[0]?.name},` : 'Beste ondersteuner,';
  const next = detail.nextMeeting ? formatDutchDate(detail.nextMeeting.date, true) : null;
  return {
    to: ondersteuners.map((o) => ({ name: o.name, email: o.email })),
    cc: chair && chair.personId !== notulist?.personId ? [{ name: chair.name, email: chair.email }] : [],
    from: notulist ? { name: notulist.name, email: notulist.email } : null,
    subject: `Verslag en afsprakenlijst ${detail.bodyName} ${when}`,
    bodyText: [
      greeting,
      '',
      `Hierbij het verslag en de afsprakenlijst van de vergadering van ${formatDutchDate(detail.date, true)}, met de actielijst.`,
      ...(next ? [`Graag agenderen bij punt 2 van de vergadering van ${next}, ter vaststelling.`] : []),
      '',
      'Bijlagen:',
      ...files.map((f) => `- ${f}`),
      '',
      'Met vriendelijke groet,',
      '',
      detail.notulist.name ?? 'De notulist',
      ...(detail.notulist.name ? ['Notulist'] : []),
    ].join('\n'),
  };
}
