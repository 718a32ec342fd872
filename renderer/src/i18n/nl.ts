// Every text the user sees, in one place. Components import from here; nothing Dutch lives in a component.
// Parametrised texts are functions. Dates arrive already formatted (see lib/format.ts).
import type {
  AgendaItemKind,
  ItemKind,
  MeetingStatus,
  Role,
  Target,
  UserRole,
} from '../../../shared/domain/types';
import { KIND_LABELS } from '../../../shared/domain/item-kinds';
import { MONTHS_NL, WEEKDAYS_NL } from '../../../shared/rules/calendar';
import { nlDocuments } from './nl-documents';
import { nlMeeting } from './nl-meeting';
import { nlMeetings } from './nl-meetings';
import { nlAgenda } from './nl-agenda';
import { nlSettings } from './nl-settings';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const nl = {
  ...nlDocuments,
  ...nlMeeting,
  ...nlSettings,
  ...nlMeetings,
  ...nlAgenda,
  app: {
    name: 'Regie',
    tagline: 'Vergaderingen voorbereiden, leiden en vastleggen',
    loading: 'Regie wordt geladen…',
  },

  errors: {
    unexpected: 'Regie gaf een onverwacht antwoord. Probeer het opnieuw.',
    unreachable: 'Regie is niet bereikbaar. Is het programma nog actief?',
    noToken:
      'Deze pagina mist de toegangssleutel. Open Regie via het adres dat het programma toont (met #token=…).',
    loadFailed: 'Laden is mislukt',
    retry: 'Opnieuw proberen',
    title: 'Er ging iets mis',
    checkFields: 'Controleer de gemarkeerde velden.',
    fileRead: (name: string) => `Het bestand "${name}" kon niet worden gelezen.`,
  },

  common: {
    save: 'Opslaan',
    saving: 'Opslaan…',
    cancel: 'Annuleren',
    close: 'Sluiten',
    add: 'Toevoegen',
    remove: 'Verwijderen',
    edit: 'Bewerken',
    next: 'Volgende',
    back: 'Terug',
    moveUp: 'Omhoog',
    moveDown: 'Omlaag',
    open: 'Openen',
    restore: 'Terugzetten',
    loading: 'Laden…',
    optional: 'optioneel',
    none: '—',
    more: 'Meer acties',
    dismiss: 'Melding sluiten',
    yes: 'Ja',
    no: 'Nee',
  },

  profile: {
    dialogTitle: 'Wie werkt er met Regie?',
    intro:
      'Regie zet uw naam bij elke wijziging (in het Logboek) en bij wat u verstuurt, zoals de agenda en het verslag. U kunt dit later wijzigen in Instellingen.',
    name: 'Uw naam',
    namePlaceholder: 'bijv. L. Peeters',
    role: 'Uw rol',
    roles: {
      ondersteuner: 'Ondersteuner',
      voorzitter: 'Voorzitter',
      notulist: 'Notulist',
      opdrachtgever: 'Opdrachtgever',
      projectleider: 'Projectleider',
      anders: 'Anders',
    } satisfies Record<UserRole, string>,
    later: 'Later',
    save: 'Opslaan',
    saved: (author: string) => `Wijzigingen en verzendingen staan voortaan op naam van ${author}.`,
    sectionTitle: 'Uw naam en rol',
    sectionHint: 'Geldt voor deze installatie van Regie: zo staat u in het Logboek en bij wat u verstuurt.',
    signsAs: (author: string) => `Nu ondertekend als: ${author}`,
    notGiven: (account: string) => `Nog niet ingevuld: Regie gebruikt het account "${account}".`,
  },

  calendar: {
    open: 'Kalender openen',
    label: 'Kalender',
    previousMonth: 'Vorige maand',
    nextMonth: 'Volgende maand',
    datePlaceholder: 'dd-mm-jjjj',
    timePlaceholder: 'uu:mm',
    notADate: (typed: string) => `"${typed}" is geen datum: typ dd-mm-jjjj, bijvoorbeeld 01-04-2027`,
  },

  combobox: {
    openList: 'Lijst openen',
    noMatch: (typed: string) => `Niemand gevonden; "${typed}" blijft als naam staan`,
  },

  unsaved: {
    title: 'Ingevulde gegevens weggooien?',
    text: 'U heeft in dit venster iets ingevuld of gewijzigd dat nog niet is opgeslagen. Sluit u het nu, dan gaat dat verloren.',
    keep: 'Verder invullen',
    discard: 'Weggooien',
  },

  time: {
    today: 'vandaag',
    tomorrow: 'morgen',
    yesterday: 'gisteren',
    inDays: (n: number) => `over ${n} ${plural(n, 'dag', 'dagen')}`,
    daysAgo: (n: number) => `${n} ${plural(n, 'dag', 'dagen')} geleden`,
    minutes: (n: number) => `${n} min`,
    at: (time: string) => `${time} uur`,
    range: (start: string, end: string) => `${start}–${end} uur`,
  },

  deadline: {
    submission: 'Inbrengen',
    distribution: 'Agenda versturen',
    minutes: 'Verslag',
    submissionLong: 'Inbrengen uiterlijk',
    distributionLong: 'Agenda versturen op',
    minutesLong: 'Verslag uiterlijk',
    left: (n: number) =>
      n === 0
        ? 'vandaag'
        : n === 1
          ? 'morgen'
          : n > 1
            ? `nog ${n} dagen`
            : n === -1
              ? 'gisteren verstreken'
              : `${-n} dagen geleden verstreken`,
    passed: 'verstreken',
  },

  /** The item types' names come with their rules (shared/domain/item-kinds); a fixed item shows none. */
  kinds: { ...KIND_LABELS, vast: '' } satisfies Record<AgendaItemKind, string>,

  kindHelp: {
    informerend: 'Ter informatie; er wordt niets besloten.',
    besluitvormend: 'De regiegroep neemt zelf een besluit; vermeld het voorgestelde besluit.',
    voorbereidend: 'Bereidt een besluit voor van de stuurgroep, de colleges van B&W of beide.',
  } satisfies Record<ItemKind, string>,

  targets: {
    stuurgroep: 'Stuurgroep',
    colleges: 'Colleges van B&W',
    beide: 'Stuurgroep én colleges van B&W',
  } satisfies Record<Target, string>,

  roles: {
    opdrachtgever: 'Opdrachtgever',
    ondersteuner: 'Ondersteuner',
    projectleider: 'Projectleider',
    lid: 'Lid',
  } satisfies Record<Role, string>,

  status: {
    planned: 'Gepland',
    held: 'Gehouden',
    cancelled: 'Geannuleerd',
  } satisfies Record<MeetingStatus, string>,

  missing: {
    title: 'titel ontbreekt',
    proposal: 'voorgesteld besluit ontbreekt',
    target: 'besluit door (stuurgroep/colleges) ontbreekt',
    document: 'geen stukken',
  } as Record<string, string>,

  // The Dutch names come from the rules, so the app and the documents never disagree.
  weekdays: WEEKDAYS_NL,
  months: MONTHS_NL,

  nav: {
    label: 'Hoofdnavigatie',
    bodies: 'Overleg',
    newBody: 'Nieuw overleg',
    attention: 'Aandacht',
    meetings: 'Vergaderingen',
    settings: 'Instellingen',
    trash: 'Prullenbak',
    audit: 'Logboek',
    today: (date: string) => `Vandaag: ${date}`,
    undo: 'Ongedaan maken',
    undoTitle: (label: string) => `Ongedaan maken: ${label} (Ctrl+Z)`,
    nothingToUndo: 'Er is niets om ongedaan te maken.',
    undone: (label: string) => `Ongedaan gemaakt: ${label}`,
    shortcut: (key: string) => `Alt+${key}`,
  },

  welcome: {
    title: 'Welkom bij Regie',
    intro:
      'Regie bereidt de vergaderingen van de ambtelijke regiegroep voor: de agenda met stukken en bijlageletters, de termijnen voor inbrengen, versturen en verslag, en wie voorzit en notuleert.',
    demoTitle: 'Demo laden',
    demoText:
      'Een jaar regiegroepvergaderingen van Leudal, Nederweert en Weert, met de voorbeeldagenda (Stavaza Beschermd wonen, Aanschaf informatieplatform). Handig om Regie te leren kennen.',
    demoButton: 'Demo laden',
    demoBusy: 'Demo wordt geladen…',
    ownTitle: 'Zelf een overleg inrichten',
    ownText:
      'Begin met een leeg overleg: gemeenten en rotatie, termijnen, personen en rollen. Daarna plant u de vergaderingen.',
    ownButton: 'Overleg inrichten',
    demoLoaded: 'De demo is geladen.',
    offline: 'Regie werkt volledig op deze computer; er gaat niets over internet.',
  },

  attention: {
    title: 'Aandacht',
    subtitle: (date: string) => `Wat vandaag aandacht vraagt — ${date}`,
    upcoming: 'Komende vergaderingen',
    noUpcoming: 'Geen vergaderingen gepland in de komende weken.',
    planMeetings: 'Vergaderingen plannen',
    warnings: 'Signalen',
    noWarnings: 'Alles op orde: geen signalen.',
    daysToMeeting: (n: number) => (n === 0 ? 'vandaag' : n === 1 ? 'morgen' : `over ${n} dagen`),
    submission: 'Inbrengen',
    distribution: 'Agenda versturen',
    agendaSent: 'Agenda verstuurd',
    items: (n: number) => `${n} ${plural(n, 'agendapunt', 'agendapunten')}`,
    late: (n: number) => `${n} laat ingebracht`,
    chairNotulist: (chair: string, notulist: string) => `Voorzitter ${chair} · notulist ${notulist}`,
    severity: { error: 'Te laat', warning: 'Let op', info: 'Ter info' } as Record<string, string>,
    go: 'Naar de plek',
    goTo: {
      meeting: 'Agenda openen',
      actions: 'Acties bekijken',
      minutes: 'Verslag openen',
      decisions: 'Besluitenlijst openen',
    } as Record<string, string>,
    // Signals grouped per meeting, and the overdue actions per meeting they were agreed in.
    groupMeeting: (date: string) => `Vergadering ${date}`,
    groupActions: 'Acties over tijd',
    groupFollowUps: 'Adviezen die wachten op de stuurgroep of de colleges',
    groupCount: {
      error: (n: number) => `${n} te laat`,
      warning: (n: number) => `${n} let op`,
      info: (n: number) => `${n} ter info`,
    },
    total: (n: number) => `${n} ${plural(n, 'signaal', 'signalen')}`,
    showMore: (n: number) => `Nog ${n} tonen`,
    showLess: 'Minder tonen',
    allOverdue: 'Alle acties over tijd bekijken',
  },

  trash: {
    title: 'Prullenbak',
    subtitle:
      'Verwijderde vergaderingen, agendapunten en stukken. Terugzetten zet alles terug zoals het was.',
    empty: 'De prullenbak is leeg.',
    colWhat: 'Wat',
    colType: 'Soort',
    colContext: 'Waar',
    colDeleted: 'Verwijderd',
    types: { agenda_items: 'Agendapunt', documents: 'Stuk', meetings: 'Vergadering' } as Record<
      string,
      string
    >,
    restored: (title: string) => `"${title}" is teruggezet.`,
    restoreLabel: (title: string) => `"${title}" terugzetten`,
  },

  audit: {
    title: 'Logboek',
    subtitle:
      'Elke wijziging in dit overleg, met wie en wanneer. Ongedaan gemaakte wijzigingen blijven zichtbaar.',
    empty: 'Nog geen wijzigingen.',
    colAt: 'Tijdstip',
    colUser: 'Door',
    colLabel: 'Wijziging',
    colRows: 'Regels',
    undone: 'ongedaan gemaakt',
    isUndo: 'herstel',
    more: 'Meer tonen',
  },

  shortcuts: {
    undo: 'Ctrl+Z',
  },
} as const;
