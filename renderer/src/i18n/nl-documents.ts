// The texts of documents and data: exporting the agenda, sending it as a record, the distribution package,
// meeting packages (.regie), backups, the integrity check, the user guide and "Over Regie". nl.ts spreads
// this object; it imports nothing from nl.ts (no cycle) and its keys do not clash with nl's.
import type { BackupKind } from '../../../shared/api/calls/sync';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const nlDocuments = {
  docNav: {
    data: 'Gegevens',
    help: 'Handleiding',
  },

  documents: {
    menu: 'Documenten',
    menuHint: 'Agenda als Word, verzendpakket, versturen en vergaderpakket',
    exportAgenda: 'Agenda als Word-bestand',
    exportAgendaRevised: 'Gewijzigde agenda als Word-bestand',
    exportAgendaDialog: 'Agenda opslaan',
    agendaName: (body: string, date: string) => `Agenda ${body} ${date}.docx`,
    wordFilter: 'Word-document',
    zipFilter: 'Zip-bestand',
    regieFilter: 'Regie-vergaderpakket',
    busy: 'Bezig…',
    markSent: 'Agenda verstuurd…',
    markSentTitle: 'Agenda als verstuurd vastleggen',
    markSentText: (version: number) =>
      `Regie bewaart precies de agenda en de stukken zoals ze nu zijn als versie ${version}, met datum en tijd. Daarna ziet iedereen het als de agenda gewijzigd wordt, en wordt de volgende agenda een "Gewijzigde agenda".`,
    markSentConfirm: 'Vastleggen als verstuurd',
    /** Late items nobody decided on: the agenda shows them as "nagekomen (onder voorbehoud van toelating)". */
    markSentLate: (items: string) =>
      `Let op: over ${items} is nog niet beslist. Ze staan op de agenda als "nagekomen (onder voorbehoud van toelating)". Laat ze eerst toe of verplaats ze naar de volgende vergadering, of leg de agenda toch vast.`,
    markSentAnyway: 'Toch vastleggen als verstuurd',
    markedSent: (version: number) => `Agenda vastgelegd als verstuurd (versie ${version}).`,
    sentVersions: 'Verstuurde versies…',
    package: 'Verzendpakket maken…',
    exportRegie: 'Vergaderpakket (.regie) maken…',
    importRegie: 'Vergaderpakket openen…',
    sentBadge: (version: number, when: string) =>
      `Verstuurd ${when}${version > 1 ? ` (versie ${version})` : ''}`,
    changedBadge: 'Gewijzigd na verzending',
    changedHint:
      'De agenda is gewijzigd nadat hij verstuurd is. De volgende agenda wordt een "Gewijzigde agenda".',
    sentLine: (version: number, when: string, who: string) =>
      `Agenda verstuurd op ${when} door ${who}${version > 1 ? ` (versie ${version})` : ''}.`,
    changedLine: (version: number, when: string) =>
      `De agenda is gewijzigd nadat versie ${version} op ${when} is verstuurd. Verstuur de gewijzigde agenda opnieuw.`,
    notSent: 'Nog niet verstuurd',
  },

  exported: {
    savedTitle: 'Agenda opgeslagen',
    downloadedTitle: 'Agenda gedownload',
    regieSavedTitle: 'Vergaderpakket gemaakt',
    file: 'Bestand',
    location: 'Locatie',
    downloadHint: 'Het bestand staat in de map Downloads van uw browser.',
    revision: (n: number) =>
      `Dit is een gewijzigde agenda (versie ${n}): de wijzigingen staan bovenaan het document.`,
    exactlyAsSent: 'Dit is precies de agenda zoals hij verstuurd is: er is sindsdien niets gewijzigd.',
    changes: 'Gewijzigd sinds de verzending',
    showInFolder: 'Toon in map',
    noDownload: 'Het bestand kon niet worden gedownload.',
    regieHint:
      'Geef dit bestand aan de voorzitter of notulist (bijvoorbeeld via een USB-stick of de gedeelde schijf). Zij openen het in Regie; wat zij vastleggen komt met hun pakket terug.',
    regieCounts: (documents: number, size: string) =>
      `${documents} ${plural(documents, 'stuk', 'stukken')}, ${size}`,
  },

  attachmentOpen: {
    /** Browser mode: the attachment was downloaded (nothing opens by itself there). */
    downloaded: (name: string) => `Gedownload: ${name}`,
    noDownload: 'Het stuk kon niet worden gedownload.',
  },

  distribution: {
    title: 'Verzendpakket',
    intro:
      'Regie zet de agenda en alle stukken, met hun bijlageletters, in één map en in één zip-bestand, klaar om te versturen.',
    make: 'Pakket maken',
    chooseFolder: 'Map voor het verzendpakket kiezen',
    copying: 'Stukken kopiëren…',
    progress: (done: string, total: string) => `${done} van ${total}`,
    doneTitle: 'Het verzendpakket is klaar',
    files: (n: number) => `${n} ${plural(n, 'bestand', 'bestanden')}`,
    folder: 'Map',
    zip: 'Zip-bestand',
    downloadZip: 'Zip downloaden',
    openFolder: 'Map openen',
    skipped: (n: number) =>
      `${n} ${plural(n, 'genodigde heeft', 'genodigden hebben')} geen geldig e-mailadres en ${plural(n, 'staat', 'staan')} niet in de verzendlijst:`,
    failed: 'Het verzendpakket kon niet worden gemaakt',
  },

  sent: {
    title: 'Verstuurde versies',
    intro: 'Wat verstuurd is, bewaart Regie precies zoals het was. U kunt elke versie opnieuw opslaan.',
    none: 'De agenda is nog niet als verstuurd vastgelegd.',
    agenda: 'Agenda',
    minutes: 'Verslag',
    version: (n: number) => `Versie ${n}`,
    sentBy: (who: string, when: string) => `${when} door ${who}`,
    filesCount: (n: number) => `${n} ${plural(n, 'bestand', 'bestanden')}`,
    retrieve: 'Opslaan',
    retrieveDialog: 'Verstuurde versie opslaan',
  },

  regie: {
    exportDialog: 'Vergaderpakket opslaan',
    fileName: (body: string, date: string) => `${body} ${date}.regie`,
    openDialog: 'Vergaderpakket openen',
    chooseFile: 'Kies een .regie-bestand',
    previewTitle: 'Vergaderpakket openen',
    reading: 'Het pakket wordt gelezen…',
    from: (who: string, when: string, version: string) => `Gemaakt door ${who} op ${when} (Regie ${version})`,
    meeting: (body: string, date: string) => `${body}, vergadering van ${date}`,
    unchanged: 'Dit pakket bevat niets nieuws: alles staat al zo in Regie.',
    willChange: 'Wat er verandert',
    created: 'Nieuw',
    updated: 'Gewijzigd',
    removed: 'Verwijderd',
    documents: (total: number, fresh: number) =>
      `${total} ${plural(total, 'stuk', 'stukken')} in het pakket, ${fresh} nieuw`,
    /** What a number of rows of a table is called: [one, more]. */
    tables: {
      bodies: ['overleg', 'overleggen'],
      body_municipalities: ['gemeente in de rotatie', 'gemeenten in de rotatie'],
      municipalities: ['gemeente', 'gemeenten'],
      people: ['persoon', 'personen'],
      memberships: ['rol', 'rollen'],
      closed_days: ['gesloten dag', 'gesloten dagen'],
      meetings: ['vergadering', 'vergaderingen'],
      agenda_items: ['agendapunt', 'agendapunten'],
      documents: ['stuk', 'stukken'],
      decisions: ['besluit', 'besluiten'],
      actions: ['actie', 'acties'],
      action_events: ['stap in de voortgang van acties', 'stappen in de voortgang van acties'],
      attendance: ['aanwezigheid', 'aanwezigheden'],
      sent_versions: ['verstuurde versie', 'verstuurde versies'],
      settings: ['instelling', 'instellingen'],
    } as Record<string, [string, string]>,
    conflictsTitle: (n: number) =>
      `${n} ${plural(n, 'tegenstrijdigheid', 'tegenstrijdigheden')}: kies per veld`,
    conflictsIntro:
      'Deze velden zijn op beide computers gewijzigd sinds het vorige pakket. Kies per veld welke waarde blijft.',
    base: 'Eerder',
    ours: 'Hier',
    theirs: 'In het pakket',
    allOurs: 'Overal "Hier"',
    allTheirs: 'Overal "In het pakket"',
    empty: '(leeg)',
    removedValue: '(verwijderd)',
    pick: 'Nog kiezen',
    chooseAll: (n: number) => `Kies nog ${n} ${plural(n, 'veld', 'velden')}`,
    import: 'Importeren',
    importing: 'Importeren…',
    imported: (created: number, updated: number) =>
      `Vergaderpakket geïmporteerd: ${created} nieuw, ${updated} bijgewerkt.`,
    importedUnchanged: 'Vergaderpakket geopend: er was niets nieuws.',
    cannotImport: 'Inlezen niet mogelijk.',
    settles: 'Regie regelt bij het inlezen ook:',
    undoLabel: 'vergaderpakket importeren',
  },

  data: {
    title: 'Gegevens',
    subtitle: 'Back-ups, controle en vergaderpakketten',
    backups: 'Back-ups',
    backupsHint:
      'Regie maakt elke dag zelf een back-up. Maak er ook een vóór een grote wijziging. Een back-up bevat de database en alle stukken.',
    backupNow: 'Back-up maken',
    backingUp: 'Back-up maken…',
    backupMade: (when: string) => `Back-up gemaakt (${when}).`,
    backupWhere: 'De back-up (database en alle stukken) staat in deze map:',
    showInFolder: 'Toon in map',
    download: 'Downloaden als .zip',
    packing: 'Inpakken…',
    noDownload: 'De back-up kon niet worden gedownload.',
    noBackups: 'Er is nog geen back-up.',
    colWhen: 'Gemaakt',
    colKind: 'Soort',
    colContents: 'Inhoud',
    withDocuments: 'database en stukken',
    databaseOnly: 'alleen database',
    kinds: {
      dagelijks: 'Dagelijks',
      handmatig: 'Handmatig',
      'voor-terugzetten': 'Vóór terugzetten',
      'voor-migratie': 'Vóór bijwerken',
      onbekend: 'Onbekend',
    } satisfies Record<BackupKind, string>,
    restore: 'Terugzetten…',
    restoreTitle: 'Back-up terugzetten?',
    restoreText: (when: string) =>
      `Alle gegevens worden teruggezet naar de stand van ${when}. Wat daarna is vastgelegd, verdwijnt uit Regie. Regie maakt eerst een back-up van de huidige stand, zodat u dit altijd kunt terugdraaien.`,
    restoreConfirm: 'Terugzetten',
    restored: (when: string) => `De gegevens zijn teruggezet naar de stand van ${when}.`,
    restoredMissing: (n: number) => `${n} ${plural(n, 'stuk ontbreekt', 'stukken ontbreken')} in de back-up.`,
    lastError: (message: string) => `De laatste automatische back-up is mislukt: ${message}`,
    check: 'Controleren',
    checkHint: 'Controleert of de database en de opgeslagen stukken compleet en onbeschadigd zijn.',
    checking: 'Controleren…',
    checkOk: 'Alles in orde',
    checkProblems: (n: number) => `${n} ${plural(n, 'probleem', 'problemen')} gevonden`,
    packages: 'Vergaderpakketten',
    packagesHint:
      'Met een vergaderpakket (.regie) neemt de voorzitter of notulist een vergadering mee naar een andere computer en brengt het verslag terug. Een pakket maakt u bij de agenda, via Documenten.',
    openPackage: 'Vergaderpakket openen…',
  },

  help: {
    title: 'Handleiding',
    subtitle: 'Hoe Regie werkt, voor ondersteuner, voorzitter en notulist',
    contents: 'Inhoud',
    about: 'Over Regie',
    aboutTitle: 'Over Regie',
    aboutTagline: 'Vergaderingen voorbereiden, leiden en vastleggen — volledig op deze computer.',
    version: 'Versie',
    user: 'Gebruiker',
    dataDir: 'Gegevensmap',
    dbPath: 'Database',
    copy: 'Kopiëren',
    copied: 'Gekopieerd',
    showDataDir: 'Map openen',
  },
};

export const nld = nlDocuments;

/** Bytes as people read them: "3,4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString('nl-NL', { maximumFractionDigits: value < 10 ? 1 : 0 })} ${units[unit]}`;
}
