// The texts of the decision chain: the follow-ups of advice at the stuurgroep and the colleges, forwarding
// to the stuurgroep, the draft B&W-voorstel and the dossier of a subject. Imports nothing from nl.ts.
import type { FollowUpResult, FollowUpStatus } from '../../../shared/domain/types';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const nlChain = {
  status: {
    open: 'Open',
    geagendeerd: 'Geagendeerd',
    besloten: 'Besloten',
    aangehouden: 'Aangehouden',
  } satisfies Record<FollowUpStatus, string>,
  statusHelp: {
    open: 'Nog niet geagendeerd',
    geagendeerd: 'Staat op de agenda van stuurgroep of college',
    besloten: 'Er is een besluit genomen',
    aangehouden: 'De behandeling is uitgesteld',
  } satisfies Record<FollowUpStatus, string>,
  result: {
    akkoord: 'Akkoord',
    'akkoord met aanpassing': 'Akkoord met aanpassing',
    'niet akkoord': 'Niet akkoord',
    aangehouden: 'Aangehouden',
    anders: 'Anders',
  } satisfies Record<FollowUpResult, string>,

  chainLabel: 'Vervolg per bestemming',
  edit: (who: string) => `Vervolg bij ${who} bijwerken`,
  overdue: (weeks: number) => `langer dan ${weeks} weken open`,
  overdueShort: 'te lang open',
  forwardedTo: (body: string, date: string) => `Op de agenda van de ${body} van ${date}`,
  forwardedOpen: 'Agenda stuurgroep openen',
  notForwarded: (body: string) => `Voorgesteld voor de volgende vergadering van de ${body}`,
  reportedIn: (date: string) => `Teruggekoppeld op de agenda van ${date}`,
  waitingCount: (n: number) => `${n} ${plural(n, 'bestemming wacht', 'bestemmingen wachten')}`,

  dialogTitle: (who: string) => `Vervolg bij ${who}`,
  adviceOf: (body: string, date: string) => `Advies van de ${body} van ${date}`,
  statusLabel: 'Stand',
  onPlanned: 'Geagendeerd op',
  onDecided: 'Datum van het besluit',
  resultLabel: 'Uitkomst',
  noteLabel: 'Toelichting',
  notePlaceholder: 'bijv. akkoord, met een evaluatie na een jaar',
  noteRequired: 'Beschrijf bij "anders" wat er besloten is.',
  proposalNumber: 'Nummer B&W-voorstel',
  caseNumber: 'Zaaknummer',
  optional: 'optioneel',
  save: 'Opslaan',
  saved: (who: string) => `Het vervolg bij ${who} is bijgewerkt.`,
  feedbackHint:
    'Een besluit staat daarna als terugkoppeling voorgesteld op de agenda van de volgende vergadering.',
  linkedHint: (body: string) =>
    `Dit advies staat op de agenda van de ${body}: het besluit daar werkt dit vervolg vanzelf bij.`,

  outcomeFor: (body: string) => `Uitkomst voor de ${body}`,
  forwardedFrom: (body: string, date: string) => `Doorgestuurd advies van de ${body} (${date})`,
  closes: (body: string) => `Werkt het vervolg bij de ${body} bij`,
  closedToast: (body: string) => `Het besluit is vastgelegd en teruggemeld aan de ${body}.`,

  voorstel: 'Concept B&W-voorstel',
  voorstelHint: 'Een concept B&W-voorstel (.docx) per gemeente, met het advies van het overleg',
  voorstelFor: (municipality: string) => `Gemeente ${municipality}`,
  voorstelDialog: (municipality: string) => `Concept B&W-voorstel ${municipality} opslaan`,
  ownTemplate: 'eigen sjabloon',
  voorstelSaved: (name: string) => `Opgeslagen: ${name}`,
  voorstelDownloaded: (name: string) => `Gedownload: ${name} (map Downloads van de browser)`,

  templatesTitle: 'Sjablonen B&W-voorstel',
  templatesHint:
    'Een gemeente kan een eigen Word-sjabloon gebruiken met plaatsaanduidingen zoals {onderwerp}, {voorstel}, {inleiding} en {bijlagen} (zie de Handleiding). Zonder sjabloon gebruikt Regie de opmaak van de B&W-voorstellen van Weert.',
  templateNone: 'Opmaak van Regie',
  templateChoose: (municipality: string) => `Sjabloon voor ${municipality} kiezen…`,
  templateChooseShort: 'Sjabloon kiezen…',
  templateRemove: (municipality: string) => `Sjabloon van ${municipality} verwijderen`,
  templateSet: (municipality: string, name: string) => `${municipality} gebruikt nu het sjabloon ${name}.`,
  templateRemoved: (municipality: string) => `${municipality} gebruikt weer de opmaak van Regie.`,

  dossier: 'Dossier',
  openDossier: 'Dossier',
  openDossierOf: (title: string) => `Dossier van "${title}"`,
  dossierSubtitle: (items: number, meetings: number) =>
    `Dossier · ${items} ${plural(items, 'agendapunt', 'agendapunten')} in ${meetings} ${plural(meetings, 'vergadering', 'vergaderingen')}`,
  verloop: 'Verloop',
  verloopHint: 'In de woorden van het stuk zelf: plak het bovenaan de volgende versie.',
  copy: 'Kopiëren',
  copied: 'Het verloop staat op het klembord.',
  copyFailed: 'Kopiëren lukte niet; gebruik "Als Word".',
  asWord: 'Als Word (.docx)',
  verloopDialog: 'Verloop opslaan',
  trajectory: 'Op de agenda',
  itemAt: (number: number | null, body: string) => `${number ? `punt ${number} · ` : ''}${body}`,
  toAgenda: 'Naar de agenda',
  takeOut: 'Uit dossier halen',
  takenOut: (title: string) => `"${title}" is uit het dossier gehaald.`,
  versions: 'Versies van de stukken',
  versionsHint:
    'Genummerd per dossier in de volgorde waarin ze zijn toegevoegd; hetzelfde bestand houdt zijn nummer.',
  versionNew: 'nieuw',
  noDocuments: 'Geen stukken',
  noVersions: 'Nog geen stukken in dit dossier.',
  version: (n: number) => `v${n}`,
  attachedOn: (date: string) => `toegevoegd ${date}`,
  itemStatus: { open: 'open', handled: 'behandeld', postponed: 'aangehouden' } as Record<string, string>,
  link: 'Agendapunt toevoegen aan dit dossier',
  linkHint:
    'Komt het onderwerp terug met een herziene versie op een latere agenda? Koppel dat punt hier; doorgestuurde, aangehouden en teruggekoppelde punten horen er vanzelf bij.',
  linkChoose: 'Kies een agendapunt',
  linkSameTitle: 'zelfde titel',
  linkAdd: 'Toevoegen',
  linked: (title: string) => `"${title}" hoort nu bij dit dossier.`,
  noCandidates: 'Geen andere agendapunten om te koppelen.',

  settingsTitle: 'Vervolg van adviezen',
  followUpWeeks: 'Signaleren na (weken)',
  followUpWeeksHint: 'Aandacht waarschuwt voor een advies dat langer op stuurgroep of college wacht.',
  stuurgroepBody: 'Stuurgroep in Regie',
  stuurgroepHint: 'Advies voor de stuurgroep wordt voorgesteld op de agenda van dit overleg.',
  stuurgroepAuto: (name: string) => `Automatisch: ${name}`,
  stuurgroepNone: 'Geen (de stuurgroep vergadert buiten Regie)',
} as const;

export const nlc = nlChain;
