// The distribution package: the agenda and every document with its attachment letter, in a folder and a
// zip, with an e-mail and a calendar invitation. Copying large documents takes a while, so the job is
// polled (jobs.get, every 150 ms) for a progress bar.
import { useEffect, useRef, useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  DocumentRegular,
  FolderOpenRegular,
  FolderZipRegular,
} from '@fluentui/react-icons';
import type { JobView } from '../../../../shared/api/calls/exports';
import type { MeetingDetail } from '../../../../shared/api/views';
import { useApi, useShell } from '../../api/context';
import { errorMessage } from '../../api/errors';
import { notify } from '../../app/notify';
import { DialogFrame } from '../../components/DialogFrame';
import { ErrorBar } from '../../components/ErrorBar';
import { nl } from '../../i18n/nl';
import { formatBytes, nld } from '../../i18n/nl-documents';
import { baseName, downloadExport, failureText } from './files';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
  progress: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
  },
  progressText: { display: 'flex', justifyContent: 'space-between', color: tokens.colorNeutralForeground2 },
  files: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: '220px',
    overflowY: 'auto',
  },
  file: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    ':last-child': { borderBottom: 'none' },
    minWidth: 0,
  },
  fileName: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  fileIcon: { color: tokens.colorNeutralForeground3, flexShrink: 0 },
  where: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    gap: `2px ${tokens.spacingHorizontalM}`,
  },
  path: { overflowWrap: 'anywhere' },
});

type Phase = { kind: 'ready' } | { kind: 'running'; job: JobView | null } | { kind: 'done'; job: JobView };

export function PackageDialog({
  meeting,
  open,
  onClose,
}: {
  meeting: MeetingDetail;
  open: boolean;
  onClose: () => void;
}) {
  const s = useStyles();
  const api = useApi();
  const shell = useShell();
  const [phase, setPhase] = useState<Phase>({ kind: 'ready' });
  const [error, setError] = useState<string | null>(null);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  useEffect(() => {
    if (open) {
      setPhase({ kind: 'ready' });
      setError(null);
    }
  }, [open]);

  const start = async () => {
    setError(null);
    try {
      let outDir: string | undefined;
      if (shell) {
        const chosen = await shell.chooseFolder(nld.distribution.chooseFolder);
        if (!chosen) return;
        outDir = chosen;
      }
      setPhase({ kind: 'running', job: null });
      const { jobId } = await api['export.package']({ meetingId: meeting.id, ...(outDir ? { outDir } : {}) });
      for (;;) {
        const job = await api['jobs.get']({ jobId });
        if (!live.current) return;
        if (job.state === 'running') {
          setPhase({ kind: 'running', job });
          await new Promise((r) => setTimeout(r, 150));
          continue;
        }
        if (job.state === 'failed') throw new Error(job.message ?? nld.distribution.failed);
        setPhase({ kind: 'done', job });
        if (!shell && job.result?.download) downloadExport(job.result.download, baseName(job.result.zipPath));
        return;
      }
    } catch (e) {
      if (!live.current) return;
      setPhase({ kind: 'ready' });
      setError(failureText(e, errorMessage));
    }
  };

  const running = phase.kind === 'running';
  const job = phase.kind === 'ready' ? null : phase.job;
  const fraction = job && job.totalBytes > 0 ? Math.min(1, job.doneBytes / job.totalBytes) : undefined;
  const result = phase.kind === 'done' ? phase.job.result : null;
  const safely = (p: Promise<unknown>) =>
    void p.catch((e: unknown) => notify({ intent: 'error', text: errorMessage(e) }));

  return (
    <DialogFrame
      open={open}
      title={nld.distribution.title}
      width={620}
      onClose={onClose}
      dismissable={!running}
      testId="distribution-package"
      actions={
        <>
          {result && shell ? (
            <>
              <Button icon={<FolderOpenRegular />} onClick={() => safely(shell.openPath(result.folder))}>
                {nld.distribution.openFolder}
              </Button>
              <Button icon={<FolderZipRegular />} onClick={() => safely(shell.showInFolder(result.zipPath))}>
                {nld.exported.showInFolder}
              </Button>
            </>
          ) : null}
          {result && !shell && result.download ? (
            <Button
              icon={<ArrowDownloadRegular />}
              onClick={() => downloadExport(result.download, baseName(result.zipPath))}
            >
              {nld.distribution.downloadZip}
            </Button>
          ) : null}
          <Button appearance={result ? 'primary' : 'secondary'} onClick={onClose} disabled={running}>
            {result ? nl.common.close : nl.common.cancel}
          </Button>
          {result ? null : (
            <Button
              appearance="primary"
              onClick={() => void start()}
              disabled={running}
              data-testid="package-make"
            >
              {running ? nld.documents.busy : nld.distribution.make}
            </Button>
          )}
        </>
      }
    >
      {error ? <ErrorBar title={nld.distribution.failed}>{error}</ErrorBar> : null}
      {phase.kind !== 'done' ? <Body1>{nld.distribution.intro}</Body1> : null}
      {running ? (
        <div className={s.progress} data-testid="package-progress">
          <ProgressBar thickness="large" value={fraction} max={1} aria-label={nld.distribution.copying} />
          <div className={s.progressText}>
            <Caption1>{nld.distribution.copying}</Caption1>
            <Caption1>
              {job && job.totalBytes > 0
                ? nld.distribution.progress(formatBytes(job.doneBytes), formatBytes(job.totalBytes))
                : ''}
            </Caption1>
          </div>
        </div>
      ) : null}
      {result ? (
        <>
          <MessageBar intent="success" data-testid="package-done">
            <MessageBarBody>
              <MessageBarTitle>{nld.distribution.doneTitle}</MessageBarTitle>
              {nld.distribution.files(result.files.length)}
              {shell ? '' : ` — ${nld.exported.downloadHint}`}
            </MessageBarBody>
          </MessageBar>
          <ul className={s.files} data-testid="package-files">
            {result.files.map((f) => (
              <li key={f} className={s.file}>
                <DocumentRegular className={s.fileIcon} />
                <Body1 className={s.fileName} title={f}>
                  {f}
                </Body1>
              </li>
            ))}
          </ul>
          {shell ? (
            <div className={s.where}>
              <Caption1 className={s.muted}>{nld.distribution.folder}</Caption1>
              <Caption1 className={s.path}>{result.folder}</Caption1>
              <Caption1 className={s.muted}>{nld.distribution.zip}</Caption1>
              <Caption1 className={s.path}>{result.zipPath}</Caption1>
            </div>
          ) : null}
          {result.skippedRecipients.length > 0 ? (
            <MessageBar intent="warning" layout="multiline" data-testid="package-skipped">
              <MessageBarBody>
                {nld.distribution.skipped(result.skippedRecipients.length)}{' '}
                {result.skippedRecipients.join(', ')}
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </>
      ) : null}
    </DialogFrame>
  );
}
