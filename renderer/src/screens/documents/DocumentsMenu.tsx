// "Documenten" in the agenda's header: the agenda as a Word file, recording it as sent, the versions that
// were sent, the distribution package, and the meeting package (.regie) for the chair or notulist. Next to
// it the agenda's sending state: "Verstuurd …" or, when it changed since, "Gewijzigd na verzending".
import { useRef, useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Menu,
  MenuDivider,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArchiveRegular,
  ArrowDownloadRegular,
  BoxArrowUpRegular,
  DocumentArrowDownRegular,
  DocumentBulletListRegular,
  FolderOpenRegular,
  FolderZipRegular,
  HistoryRegular,
  MailCheckmarkRegular,
  OpenRegular,
} from '@fluentui/react-icons';
import type { ExportResult, SentVersionView } from '../../../../shared/api/calls/exports';
import type { BodyView, MeetingDetail } from '../../../../shared/api/views';
import { useApi, useShell } from '../../api/context';
import { errorMessage } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { notify } from '../../app/notify';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DialogFrame } from '../../components/DialogFrame';
import { nl } from '../../i18n/nl';
import { formatBytes, nld } from '../../i18n/nl-documents';
import { moment } from '../../lib/format';
import { useOpenPackage } from '../sync/useOpenPackage';
import { baseName, downloadExport, exportsPath, failureText, safeName } from './files';
import { PackageDialog } from './PackageDialog';

const useStyles = makeStyles({
  wrap: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  where: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    gap: `2px ${tokens.spacingHorizontalM}`,
  },
  path: { overflowWrap: 'anywhere' },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  versions: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  version: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  versionText: { flexGrow: 1, display: 'flex', flexDirection: 'column', minWidth: 0 },
});

interface Saved {
  title: string;
  fileName: string;
  /** Where it went on this computer (desktop), or null when the browser downloaded it. */
  path: string | null;
  result?: ExportResult;
  note?: string;
}

/** What was saved or downloaded, with Openen / Toon in map on the desktop. */
function SavedDialog({ saved: current, onClose }: { saved: Saved | null; onClose: () => void }) {
  const s = useStyles();
  const shell = useShell();
  // Keep showing what was saved while the dialog fades out (the caller has already cleared it).
  const last = useRef(current);
  if (current) last.current = current;
  const saved = current ?? last.current;
  const result = saved?.result;
  const safely = (p: Promise<unknown>) =>
    void p.catch((e: unknown) => notify({ intent: 'error', text: errorMessage(e) }));
  if (!saved) return null;
  return (
    <DialogFrame
      open={current !== null}
      title={saved.title}
      width={560}
      onClose={onClose}
      testId="export-result"
      actions={
        <>
          {shell && saved.path ? (
            <>
              <Button icon={<OpenRegular />} onClick={() => safely(shell.openPath(saved.path!))}>
                {nl.common.open}
              </Button>
              <Button icon={<FolderOpenRegular />} onClick={() => safely(shell.showInFolder(saved.path!))}>
                {nld.exported.showInFolder}
              </Button>
            </>
          ) : null}
          <Button appearance="primary" onClick={onClose}>
            {nl.common.close}
          </Button>
        </>
      }
    >
      <div className={s.where}>
        <Caption1 className={s.muted}>{nld.exported.file}</Caption1>
        <Body1 className={s.path} data-testid="export-file-name">
          {saved.fileName}
        </Body1>
        {saved.path ? (
          <>
            <Caption1 className={s.muted}>{nld.exported.location}</Caption1>
            <Caption1 className={s.path}>{saved.path}</Caption1>
          </>
        ) : null}
      </div>
      {saved.path ? null : <Caption1 className={s.muted}>{nld.exported.downloadHint}</Caption1>}
      {saved.note ? <Body1>{saved.note}</Body1> : null}
      {result?.revision ? (
        <MessageBar intent="warning" layout="multiline" data-testid="export-revision">
          <MessageBarBody>
            {nld.exported.revision(result.revision)}
            {result.changes.length > 0 ? (
              <ul className={s.changes}>
                {result.changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result?.exactlyAsSent ? (
        <MessageBar intent="success">
          <MessageBarBody>{nld.exported.exactlyAsSent}</MessageBarBody>
        </MessageBar>
      ) : null}
    </DialogFrame>
  );
}

function VersionsDialog({
  meeting,
  open,
  onClose,
  onRetrieve,
}: {
  meeting: MeetingDetail;
  open: boolean;
  onClose: () => void;
  onRetrieve: (v: SentVersionView) => void;
}) {
  const s = useStyles();
  const versions = useApiQuery('sent.versions', { meetingId: meeting.id }, { enabled: open });
  return (
    <DialogFrame
      open={open}
      title={nld.sent.title}
      width={560}
      onClose={onClose}
      testId="sent-versions"
      actions={
        <Button appearance="primary" onClick={onClose}>
          {nl.common.close}
        </Button>
      }
    >
      <Body1>{nld.sent.intro}</Body1>
      {versions.isPending ? <Spinner size="small" /> : null}
      {versions.data?.length === 0 ? <Body1 className={s.muted}>{nld.sent.none}</Body1> : null}
      <ul className={s.versions}>
        {(versions.data ?? []).map((v) => (
          <li key={`${v.kind}-${v.version}`} className={s.version}>
            <MailCheckmarkRegular />
            <div className={s.versionText}>
              <Body1>
                <strong>{v.kind === 'agenda' ? nld.sent.agenda : nld.sent.minutes}</strong> —{' '}
                {nld.sent.version(v.version)}
              </Body1>
              <Caption1 className={s.muted}>
                {nld.sent.sentBy(v.sentBy, moment(v.sentAt))} · {nld.sent.filesCount(v.files.length)} ·{' '}
                {formatBytes(v.files.reduce((sum, f) => sum + f.size, 0))}
              </Caption1>
            </div>
            <Button icon={<ArrowDownloadRegular />} onClick={() => onRetrieve(v)}>
              {nld.sent.retrieve}
            </Button>
          </li>
        ))}
      </ul>
    </DialogFrame>
  );
}

/** One line under the header: when the agenda was sent, or that it changed since ("Gewijzigd na verzending"). */
export function SentState({ meeting }: { meeting: MeetingDetail }) {
  const sent = meeting.agendaSent;
  if (!sent) return null;
  if (meeting.agendaChangedSinceSent)
    return (
      <MessageBar intent="warning" data-testid="agenda-changed-since-sent">
        <MessageBarBody>
          <MessageBarTitle>{nld.documents.changedBadge}</MessageBarTitle>
          {nld.documents.changedLine(sent.version, moment(sent.sentAt))}
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent="success" data-testid="agenda-sent">
      <MessageBarBody>
        {nld.documents.sentLine(sent.version, moment(sent.sentAt), sent.sentBy)}
      </MessageBarBody>
    </MessageBar>
  );
}

export function DocumentsMenu({ body, meeting }: { body: BodyView; meeting: MeetingDetail }) {
  const s = useStyles();
  const api = useApi();
  const shell = useShell();
  const info = useApiQuery('app.info', {});
  const markSent = useApiMutation('agenda.markSent');
  const opener = useOpenPackage();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [confirmSent, setConfirmSent] = useState(false);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [packageOpen, setPackageOpen] = useState(false);

  const short = body.shortName || body.name;
  const sent = meeting.agendaSent;
  const changed = meeting.agendaChangedSinceSent;

  /** Desktop: the save dialog, then the export to that path. Browser: the export folder, then a download. */
  const saveWord = async (
    title: string,
    dialogTitle: string,
    defaultName: string,
    call: (outPath?: string) => Promise<ExportResult>,
  ) => {
    if (busy) return;
    setBusy(true);
    try {
      if (shell) {
        const path = await shell.chooseSavePath({
          title: dialogTitle,
          defaultName,
          filters: [{ name: nld.documents.wordFilter, extensions: ['docx'] }],
        });
        if (!path) return;
        const result = await call(path);
        setSaved({ title, fileName: result.fileName, path: result.path, result });
      } else {
        const result = await call(undefined);
        if (!downloadExport(result.download, result.fileName)) throw new Error(nld.exported.noDownload);
        setSaved({ title: nld.exported.downloadedTitle, fileName: result.fileName, path: null, result });
      }
    } catch (e) {
      notify({ intent: 'error', text: failureText(e, errorMessage) });
    } finally {
      setBusy(false);
    }
  };

  const exportAgenda = () =>
    void saveWord(
      nld.exported.savedTitle,
      nld.documents.exportAgendaDialog,
      nld.documents.agendaName(short, meeting.date),
      (outPath) => api['export.agenda']({ meetingId: meeting.id, ...(outPath ? { outPath } : {}) }),
    );

  const retrieve = (v: SentVersionView) =>
    void saveWord(
      nld.exported.savedTitle,
      nld.sent.retrieveDialog,
      `${v.kind === 'agenda' ? 'Agenda' : 'Verslag'} ${short} ${meeting.date} versie ${v.version}.docx`,
      (outPath) =>
        api['export.sentVersion']({
          meetingId: meeting.id,
          kind: v.kind,
          version: v.version,
          ...(outPath ? { outPath } : {}),
        }),
    );

  const exportRegie = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const fileName = safeName(nld.regie.fileName(short, meeting.date));
      let outPath: string;
      if (shell) {
        const chosen = await shell.chooseSavePath({
          title: nld.regie.exportDialog,
          defaultName: fileName,
          filters: [{ name: nld.documents.regieFilter, extensions: ['regie'] }],
        });
        if (!chosen) return;
        outPath = chosen;
      } else {
        const dataDir = info.data?.dataDir ?? (await api['app.info']({})).dataDir;
        outPath = exportsPath(dataDir, fileName);
      }
      const result = await api['package.export']({ meetingId: meeting.id, outPath });
      if (!shell && !downloadExport(fileName, fileName)) throw new Error(nld.exported.noDownload);
      setSaved({
        title: nld.exported.regieSavedTitle,
        fileName: baseName(result.path),
        path: shell ? result.path : null,
        note: `${nld.exported.regieCounts(result.documents, formatBytes(result.bytes))}. ${nld.exported.regieHint}`,
      });
    } catch (e) {
      notify({ intent: 'error', text: failureText(e, errorMessage) });
    } finally {
      setBusy(false);
    }
  };

  const nextVersion = (sent?.version ?? 0) + 1;
  // Late items nobody decided on yet: sending asks first, as "Toch versturen" does for the minutes.
  const pendingLate = meeting.items.filter((i) => i.late && i.lateDecision !== 'admitted');
  const lateText = pendingLate.length
    ? ` ${nld.documents.markSentLate(pendingLate.map((i) => `punt ${i.number} "${i.title}"`).join(', '))}`
    : '';

  return (
    <div className={s.wrap}>
      <Menu positioning="below-end">
        <MenuTrigger disableButtonEnhancement>
          <Tooltip content={nld.documents.menuHint} relationship="description">
            <Button
              icon={busy ? <Spinner size="extra-tiny" /> : <DocumentBulletListRegular />}
              data-testid="documents-menu"
              disabled={busy}
            >
              {nld.documents.menu}
            </Button>
          </Tooltip>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem icon={<DocumentArrowDownRegular />} onClick={exportAgenda} data-testid="export-agenda">
              {sent && changed ? nld.documents.exportAgendaRevised : nld.documents.exportAgenda}
            </MenuItem>
            <MenuItem
              icon={<FolderZipRegular />}
              onClick={() => setPackageOpen(true)}
              data-testid="open-distribution"
            >
              {nld.documents.package}
            </MenuItem>
            <MenuDivider />
            <MenuItem
              icon={<MailCheckmarkRegular />}
              onClick={() => setConfirmSent(true)}
              data-testid="mark-sent"
              disabled={meeting.status === 'cancelled'}
            >
              {nld.documents.markSent}
            </MenuItem>
            <MenuItem
              icon={<HistoryRegular />}
              onClick={() => setVersionsOpen(true)}
              data-testid="sent-versions-open"
            >
              {nld.documents.sentVersions}
            </MenuItem>
            <MenuDivider />
            <MenuItem
              icon={<BoxArrowUpRegular />}
              onClick={() => void exportRegie()}
              data-testid="export-regie"
            >
              {nld.documents.exportRegie}
            </MenuItem>
            <MenuItem
              icon={<ArchiveRegular />}
              onClick={() => void opener.choose()}
              data-testid="import-regie"
            >
              {nld.documents.importRegie}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>

      <SavedDialog saved={saved} onClose={() => setSaved(null)} />
      <VersionsDialog
        meeting={meeting}
        open={versionsOpen}
        onClose={() => setVersionsOpen(false)}
        onRetrieve={retrieve}
      />
      <PackageDialog meeting={meeting} open={packageOpen} onClose={() => setPackageOpen(false)} />
      <ConfirmDialog
        open={confirmSent}
        title={nld.documents.markSentTitle}
        text={nld.documents.markSentText(nextVersion) + lateText}
        confirm={pendingLate.length ? nld.documents.markSentAnyway : nld.documents.markSentConfirm}
        busy={markSent.isPending}
        onClose={() => setConfirmSent(false)}
        onConfirm={() =>
          markSent.mutate(
            { meetingId: meeting.id, acknowledgeLate: pendingLate.length > 0 },
            {
              onSuccess: (r) => {
                setConfirmSent(false);
                notify({ intent: 'success', text: nld.documents.markedSent(r.version) });
              },
            },
          )
        }
      />
      {opener.dialog}
    </div>
  );
}
