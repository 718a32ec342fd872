// "Gegevens": backups (make one, see them, restore one after confirming), the integrity check, and opening a
// meeting package. Restoring first backs up the current state; afterwards every view is refetched.
import { useCallback, useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArchiveRegular,
  ArrowCounterclockwiseRegular,
  CheckmarkCircleFilled,
  SaveRegular,
  ShieldCheckmarkRegular,
  WarningFilled,
} from '@fluentui/react-icons';
import type { BackupView, CheckRunView } from '../../../../shared/api/calls/sync';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { notify } from '../../app/notify';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { LoadError, Loading, Page, Section } from '../../components/Page';
import { nld } from '../../i18n/nl-documents';
import { moment } from '../../lib/format';
import { useOpenPackage } from './useOpenPackage';
import { BackupMadeBar } from './BackupMadeBar';

const useStyles = makeStyles({
  table: { tableLayout: 'fixed' },
  when: { width: '34%' },
  kind: { width: '22%' },
  action: { width: '150px', textAlign: 'right' },
  right: { display: 'flex', justifyContent: 'flex-end' },
  muted: { color: tokens.colorNeutralForeground3 },
  scroll: { maxHeight: '300px', overflowY: 'auto' },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  grow: { flexGrow: 1 },
  ok: { color: tokens.colorPaletteGreenForeground1, fontSize: '20px' },
  bad: { color: tokens.colorPaletteRedForeground1, fontSize: '20px' },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground2 },
  twoCols: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
  },
});

export function DataScreen({ backupNow, openPath }: { backupNow?: number; openPath?: string | null }) {
  const s = useStyles();
  const client = useQueryClient();
  const list = useApiQuery('backup.list', {});
  const create = useApiMutation('backup.create');
  const restore = useApiMutation('backup.restore');
  const check = useApiMutation('check.run');
  const opener = useOpenPackage();
  const [confirm, setConfirm] = useState<BackupView | null>(null);
  const [report, setReport] = useState<CheckRunView | null>(null);
  const [made, setMade] = useState<BackupView | null>(null);

  const { mutate: createBackup } = create;
  const makeBackup = useCallback(() => createBackup({}, { onSuccess: setMade }), [createBackup]);

  // The desktop menu's "Back-up maken" and a .regie file opened from Explorer arrive here.
  useEffect(() => {
    if (backupNow) makeBackup();
  }, [backupNow, makeBackup]);
  const { open: openPackage } = opener;
  useEffect(() => {
    if (openPath) openPackage(openPath);
  }, [openPath, openPackage]);

  const backups = list.data?.backups ?? [];
  return (
    <Page
      title={nld.data.title}
      subtitle={nld.data.subtitle}
      commands={
        <Button
          appearance="primary"
          icon={<SaveRegular />}
          onClick={makeBackup}
          disabled={create.isPending}
          data-testid="backup-create"
        >
          {create.isPending ? nld.data.backingUp : nld.data.backupNow}
        </Button>
      }
    >
      {made ? <BackupMadeBar backup={made} onDismiss={() => setMade(null)} /> : null}
      {list.data?.lastAutomaticError ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{nld.data.lastError(list.data.lastAutomaticError)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Section title={nld.data.backups} hint={nld.data.backupsHint} flush>
        {list.isPending ? <Loading /> : null}
        {list.isError ? <LoadError message={list.error.message} onRetry={() => void list.refetch()} /> : null}
        {list.data && backups.length === 0 ? (
          <Body1 className={s.muted} style={{ padding: tokens.spacingHorizontalL }}>
            {nld.data.noBackups}
          </Body1>
        ) : null}
        {backups.length > 0 ? (
          <div className={s.scroll}>
            <Table size="small" className={s.table} data-testid="backup-list" aria-label={nld.data.backups}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={s.when}>{nld.data.colWhen}</TableHeaderCell>
                  <TableHeaderCell className={s.kind}>{nld.data.colKind}</TableHeaderCell>
                  <TableHeaderCell>{nld.data.colContents}</TableHeaderCell>
                  <TableHeaderCell className={s.action} />
                </TableRow>
              </TableHeader>
              <TableBody>
                {backups.map((b) => (
                  <TableRow key={b.path} data-testid="backup-row">
                    <TableCell title={b.name}>{moment(b.createdAt)}</TableCell>
                    <TableCell>
                      <Badge
                        appearance="tint"
                        shape="rounded"
                        color={b.kind === 'handmatig' ? 'brand' : 'informative'}
                      >
                        {nld.data.kinds[b.kind]}
                      </Badge>
                    </TableCell>
                    <TableCell className={s.muted}>
                      {b.withDocuments ? nld.data.withDocuments : nld.data.databaseOnly}
                    </TableCell>
                    <TableCell>
                      <div className={s.right}>
                        <Button
                          size="small"
                          appearance="subtle"
                          icon={<ArrowCounterclockwiseRegular />}
                          onClick={() => setConfirm(b)}
                        >
                          {nld.data.restore}
                        </Button>
                      </div>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        ) : null}
      </Section>

      <div className={s.twoCols}>
        <Section
          title={nld.data.check}
          hint={nld.data.checkHint}
          actions={
            <Button
              icon={<ShieldCheckmarkRegular />}
              onClick={() => check.mutate({ repair: true }, { onSuccess: setReport })}
              disabled={check.isPending}
              data-testid="check-run"
            >
              {check.isPending ? nld.data.checking : nld.data.check}
            </Button>
          }
        >
          {report ? (
            <div data-testid="check-report">
              <div className={s.row}>
                {report.ok ? <CheckmarkCircleFilled className={s.ok} /> : <WarningFilled className={s.bad} />}
                <Body1>
                  <strong>
                    {report.ok ? nld.data.checkOk : nld.data.checkProblems(report.problems.length)}
                  </strong>
                </Body1>
              </div>
              <ul className={s.lines}>
                {[...report.problems, ...report.lines].map((line, i) => (
                  <li key={i}>
                    <Caption1>{line}</Caption1>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </Section>
        <Section
          title={nld.data.packages}
          hint={nld.data.packagesHint}
          actions={
            <Button
              icon={<ArchiveRegular />}
              onClick={() => void opener.choose()}
              data-testid="data-import-regie"
            >
              {nld.data.openPackage}
            </Button>
          }
        >
          {null}
        </Section>
      </div>

      <ConfirmDialog
        open={confirm !== null}
        title={nld.data.restoreTitle}
        text={confirm ? nld.data.restoreText(moment(confirm.createdAt)) : ''}
        confirm={nld.data.restoreConfirm}
        busy={restore.isPending}
        onClose={() => setConfirm(null)}
        onConfirm={() => {
          if (!confirm) return;
          const when = moment(confirm.createdAt);
          restore.mutate(
            { path: confirm.path },
            {
              onSuccess: (r) => {
                setConfirm(null);
                client.clear();
                void client.invalidateQueries();
                notify({
                  intent: r.missingDocuments > 0 ? 'warning' : 'success',
                  text: [
                    nld.data.restored(when),
                    r.missingDocuments > 0 ? nld.data.restoredMissing(r.missingDocuments) : '',
                  ]
                    .filter(Boolean)
                    .join(' '),
                });
              },
            },
          );
        }}
      />
      {opener.dialog}
    </Page>
  );
}
