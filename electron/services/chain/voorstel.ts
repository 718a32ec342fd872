// The draft B&W-voorstel of a voorbereidend item for one municipality: what it says, worked out from the item,
// its advice and the chain (Onderwerp = title, Voorstel = the proposal's decision points, Inleiding = the
// explanation and the advice with its date, Bijlagen = the documents), rendered in Regie's own layout or in
// the municipality's own Word template.
import type { ItemView, MeetingDetail } from '../../../shared/api/views';
import { ApiError } from '../../../shared/api/errors';
import { kindRules } from '../../../shared/domain/item-kinds';
import { formatDutchDate } from '../../../shared/rules/calendar';
import { localDateOf } from '../../../shared/rules/clock';
import { FOLLOW_UP_RESULT_LABEL, TARGET_REACHES } from '../../../shared/rules/chain';
import { inSentence } from '../../../shared/rules/dossier';
import { getMunicipality } from '../../../db/repos/chain';
import { rotationOf } from '../../../db/repos/reads';
import type { VoorstelDocModel } from '../../documents/model';
import type { VoorstelTemplateData } from '../../documents/voorstel-template';
import type { AppContext } from '../context';
import { detailOf } from '../exports/handlers';

/** The proposal as decision points: one per line, without the numbering or bullet someone typed. */
export function decisionPoints(proposal: string): string[] {
  return proposal
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:\d+[.)]|[-•*–])\s*/, '').trim())
    .filter((line) => line !== '');
}

export interface VoorstelSource {
  model: VoorstelDocModel;
  data: VoorstelTemplateData;
  template: { sha256: string; name: string } | null;
  fileName: string;
}

function itemOf(detail: MeetingDetail, itemId: string): ItemView {
  const item = detail.items.find((i) => i.id === itemId);
  if (!item) throw new ApiError('not_found', 'Dit agendapunt bestaat niet (meer).');
  return item;
}

export async function voorstelSource(
  ctx: AppContext,
  meetingId: string,
  itemId: string,
  municipalityName: string,
  now: Date,
): Promise<VoorstelSource> {
  const today = localDateOf(now);
  const detail = await detailOf(ctx, meetingId);
  const item = itemOf(detail, itemId);
  if (!kindRules(item.kind)?.decidedElsewhere)
    throw new ApiError(
      'invalid',
      `Punt ${item.number} "${item.title}" is ${item.kind === 'vast' ? 'een vast punt' : item.kind}: een B&W-voorstel hoort bij een voorbereidend punt met advies aan de colleges.`,
    );
  const advice = item.decisions.filter((d) => d.destination);
  const destinations = advice.length ? advice.map((d) => d.destination) : [item.target];
  if (!destinations.some((d) => d && TARGET_REACHES[d].colleges))
    throw new ApiError(
      'invalid',
      `Het advies bij "${item.title}" gaat alleen naar de stuurgroep; een B&W-voorstel is voor de colleges.`,
    );
  const followUps = advice.flatMap((d) => d.followUps);
  const municipalities = new Map<string, { id: string; name: string }>();
  for (const f of followUps) if (f.municipality) municipalities.set(f.municipality.id, f.municipality);
  for (const m of await rotationOf(ctx.store.db, detail.bodyId)) municipalities.set(m.id, m);
  const chosen = [...municipalities.values()].find(
    (m) => m.name.toLowerCase() === municipalityName.trim().toLowerCase(),
  );
  if (!chosen)
    throw new ApiError(
      'invalid',
      `"${municipalityName}" is geen gemeente van dit overleg (${[...municipalities.values()].map((m) => m.name).join(', ')}).`,
      [{ path: 'municipality', message: 'kies een gemeente van het overleg' }],
    );
  const own = followUps.find((f) => f.municipality?.id === chosen.id) ?? null;
  const stuurgroep = followUps.find((f) => f.byKind === 'stuurgroep' && f.status === 'besloten') ?? null;
  const when = formatDutchDate(detail.date);
  const body = inSentence(detail.bodyName);

  const adviceLines: string[] = [];
  if (advice.length)
    for (const d of advice)
      adviceLines.push(`De ${body} heeft op ${when} over dit voorstel geadviseerd: ${d.text}`);
  else
    adviceLines.push(
      detail.date >= today
        ? `Dit voorstel staat op de agenda van de ${body} van ${when} ter advisering.`
        : `De ${body} heeft dit voorstel op ${when} besproken.`,
    );
  if (stuurgroep?.on)
    adviceLines.push(
      `De stuurgroep heeft op ${formatDutchDate(stuurgroep.on)} besloten${stuurgroep.result ? `: ${FOLLOW_UP_RESULT_LABEL[stuurgroep.result]}` : ''}.${stuurgroep.note.trim() ? ` ${stuurgroep.note.trim()}` : ''}`,
    );

  const consulted = [`${detail.bodyName} (${when})`];
  if (stuurgroep?.on) consulted.push(`stuurgroep (${formatDutchDate(stuurgroep.on)})`);
  const points = decisionPoints(item.proposal);
  const attachments = item.attachments.filter((a) => a.source === 'document').map((a) => a.title);
  const model: VoorstelDocModel = {
    municipality: chosen.name,
    bodyName: detail.bodyName,
    subject: item.title,
    decisionPoints: points,
    introduction: item.explanation,
    adviceLines,
    department: null,
    author: null,
    portfolioHolder: null,
    proposalNumber: own?.proposalNumber || null,
    caseNumber: own?.caseNumber || null,
    publication: null,
    consulted,
    attachments,
    preparedOn: today,
    generatedAt: now.toISOString(),
  };
  const numberedLines = (lines: string[]) => lines.map((l, i) => `${i + 1}. ${l}`).join('\n');
  const data: VoorstelTemplateData = {
    gemeente: chosen.name,
    overleg: detail.bodyName,
    onderwerp: item.title,
    voorstel: numberedLines(points),
    voorstelpunten: points.map((tekst, i) => ({ nummer: i + 1, tekst })),
    inleiding: [item.explanation.trim(), ...adviceLines].filter(Boolean).join('\n\n'),
    advies: advice.map((d) => d.text).join('\n'),
    adviesdatum: when,
    argumenten: '',
    overleg_gevoerd_met: `Extern: ${consulted.join('; ')}`,
    bijlagen: numberedLines(attachments),
    bijlagenlijst: attachments.map((titel, i) => ({ nummer: i + 1, titel })),
    bw_nummer: own?.proposalNumber ?? '',
    zaaknummer: own?.caseNumber ?? '',
    datum: formatDutchDate(today),
    afdeling: '',
    opsteller: '',
    portefeuillehouder: '',
    publicatie: '',
  };
  const row = await getMunicipality(ctx.store.db, chosen.id);
  return {
    model,
    data,
    template:
      row?.voorstel_template_sha256 && row.voorstel_template_name
        ? { sha256: row.voorstel_template_sha256, name: row.voorstel_template_name }
        : null,
    fileName: `B&W-voorstel ${chosen.name} ${item.title}.docx`,
  };
}
