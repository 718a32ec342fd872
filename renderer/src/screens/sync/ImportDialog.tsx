// Opening a meeting package (.regie): first the preview (what it creates, updates, removes), then, when a
// field changed on both computers, the two values side by side (with the value both had before) for the
// user to choose per field; then the import. undo.last undoes it, like any change.
import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleFilled, DocumentRegular } from '@fluentui/react-icons';
import type { ConflictChoice, PackagePreview, SyncConflictView } from '../../../../shared/api/calls/sync';
import { useApi } from '../../api/context';
import { errorMessage } from '../../api/errors';
import { notify } from '../../app/notify';
import { nl } from '../../i18n/nl';
import { nld } from '../../i18n/nl-documents';
import { longDate, moment } from '../../lib/format';
import { DialogFrame } from '../../components/DialogFrame';
import { ErrorBar } from '../../components/ErrorBar';

const useStyles = makeStyles({
  // A long list of conflicts scrolls inside the dialog.
  content: { maxHeight: 'calc(100vh - 220px)' },
  source: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-start' },
  sourceIcon: { fontSize: '28px', color: tokens.colorBrandForeground1, flexShrink: 0, marginTop: '2px' },
  muted: { color: tokens.colorNeutralForeground3 },
  notes: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  count: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    minWidth: 0,
  },
  countList: { margin: 0, padding: 0, listStyle: 'none', color: tokens.colorNeutralForeground2 },
  conflicts: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    overflowY: 'auto',
    paddingRight: '2px',
  },
  conflict: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  conflictHead: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  choices: { display: 'grid', gridTemplateColumns: '1fr 1.4fr 1.4fr', gap: tokens.spacingHorizontalS },
  base: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    minWidth: 0,
  },
  choice: {
    textAlign: 'left',
    font: 'inherit',
    color: 'inherit',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer',
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  chosen: {
    border: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    padding: `calc(${tokens.spacingHorizontalS} - 1px)`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  label: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  check: { color: tokens.colorBrandForeground1 },
  value: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: '96px', overflowY: 'auto' },
  bulk: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  grow: { flexGrow: 1 },
  nowrap: { whiteSpace: 'nowrap' },
});

type Choice = ConflictChoice;
const keyOf = (c: SyncConflictView) => `${c.table}\u0000${c.id}\u0000${c.field}`;

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return nld.regie.empty;
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nee';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function tableName(table: string, n: number) {
  const names = nld.regie.tables[table];
  return names ? names[n === 1 ? 0 : 1] : table.replace(/_/g, ' ');
}

function Counts({ title, counts }: { title: string; counts: Record<string, number> }) {
  const s = useStyles();
  const entries = Object.entries(counts).filter(([, n]) => n > 0);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  return (
    <div className={s.count}>
      <Caption1 className={s.muted}>{title}</Caption1>
      <Subtitle2>{total}</Subtitle2>
      <ul className={s.countList}>
        {entries.map(([table, n]) => (
          <li key={table}>
            <Caption1>
              {n} {tableName(table, n)}
            </Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The preview and import of one package at `path` (null: closed). */
export function ImportDialog({ path, onClose }: { path: string | null; onClose: () => void }) {
  const s = useStyles();
  const api = useApi();
  const client = useQueryClient();
  const [preview, setPreview] = useState<PackagePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setPreview(null);
    setError(null);
    setChoices({});
    if (!path) return;
    let live = true;
    api['package.preview']({ path }).then(
      (p) => live && setPreview(p),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [api, path]);

  const conflicts = preview?.conflicts ?? [];
  const total = (r: Record<string, number> | undefined) => Object.values(r ?? {}).reduce((a, b) => a + b, 0);
  const hasCounts = total(preview?.created) + total(preview?.updated) + total(preview?.removed) > 0;
  const open = conflicts.filter((c) => !choices[keyOf(c)]).length;
  const setAll = (choice: Choice) => setChoices(Object.fromEntries(conflicts.map((c) => [keyOf(c), choice])));

  const runImport = async () => {
    if (!path || !preview || open > 0 || busy) return;
    setBusy(true);
    try {
      const result = await api['package.import']({
        path,
        resolutions: conflicts.map((c) => ({
          table: c.table,
          id: c.id,
          field: c.field,
          choice: choices[keyOf(c)] ?? 'ours',
        })),
      });
      const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
      const summary = result.unchanged
        ? nld.regie.importedUnchanged
        : nld.regie.imported(sum(result.created), sum(result.updated));
      // What the import settled by itself (a duplicate action number, attendance recorded twice) is said too.
      notify({
        intent: result.notes.length ? 'warning' : 'success',
        text: [summary, ...result.notes].join(' '),
      });
      await client.invalidateQueries();
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <DialogFrame
      open={path !== null}
      title={nld.regie.previewTitle}
      width={760}
      onClose={onClose}
      dismissable={!busy}
      testId="package-import"
      contentClassName={s.content}
      actions={
        <>
          <Button onClick={onClose} disabled={busy}>
            {preview?.unchanged && conflicts.length === 0 ? nl.common.close : nl.common.cancel}
          </Button>
          {preview && !(preview.unchanged && conflicts.length === 0) ? (
            <Button
              appearance="primary"
              onClick={() => void runImport()}
              disabled={busy || open > 0 || preview.problem !== null}
              data-testid="package-import-run"
            >
              {busy ? nld.regie.importing : open > 0 ? nld.regie.chooseAll(open) : nld.regie.import}
            </Button>
          ) : null}
        </>
      }
    >
      {error ? <ErrorBar>{error}</ErrorBar> : null}
      {!preview && !error ? <Spinner size="small" label={nld.regie.reading} labelPosition="after" /> : null}
      {preview ? (
        <>
          <div className={s.source}>
            <DocumentRegular className={s.sourceIcon} />
            <div>
              <Subtitle2 as="h3" block>
                {nld.regie.meeting(preview.meeting.bodyName, longDate(preview.meeting.date))}
              </Subtitle2>
              <Caption1 className={s.muted}>
                {nld.regie.from(preview.exportedBy, moment(preview.exportedAt), preview.appVersion)}
              </Caption1>
            </div>
          </div>
          {preview.problem ? (
            <div data-testid="package-problem">
              <ErrorBar title={nld.regie.cannotImport}>{preview.problem}</ErrorBar>
            </div>
          ) : null}
          {preview.notes.length > 0 ? (
            <MessageBar intent="info" layout="multiline" data-testid="package-notes">
              <MessageBarBody>
                <MessageBarTitle>{nld.regie.settles}</MessageBarTitle>
                <ul className={s.notes}>
                  {preview.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {preview.unchanged && conflicts.length === 0 ? (
            <MessageBar intent="success" data-testid="package-unchanged">
              <MessageBarBody>{nld.regie.unchanged}</MessageBarBody>
            </MessageBar>
          ) : null}
          {hasCounts ? (
            <>
              <Body1>{nld.regie.willChange}</Body1>
              <div className={s.counts}>
                <Counts title={nld.regie.created} counts={preview.created} />
                <Counts title={nld.regie.updated} counts={preview.updated} />
                <Counts title={nld.regie.removed} counts={preview.removed} />
              </div>
            </>
          ) : null}
          {preview.documents.new > 0 || hasCounts ? (
            <Caption1 className={s.muted}>
              {nld.regie.documents(preview.documents.total, preview.documents.new)}
            </Caption1>
          ) : null}
          {conflicts.length > 0 ? (
            <>
              <div className={s.bulk}>
                <div className={s.grow}>
                  <Subtitle2 block>{nld.regie.conflictsTitle(conflicts.length)}</Subtitle2>
                  <Caption1 className={s.muted}>{nld.regie.conflictsIntro}</Caption1>
                </div>
                <Button size="small" className={s.nowrap} onClick={() => setAll('ours')}>
                  {nld.regie.allOurs}
                </Button>
                <Button size="small" className={s.nowrap} onClick={() => setAll('theirs')}>
                  {nld.regie.allTheirs}
                </Button>
              </div>
              <div className={s.conflicts} role="list">
                {conflicts.map((c) => {
                  const k = keyOf(c);
                  const removed = c.field === '*';
                  const option = (choice: Choice, label: string, value: unknown) => (
                    <button
                      type="button"
                      className={mergeClasses(s.choice, choices[k] === choice && s.chosen)}
                      aria-pressed={choices[k] === choice}
                      data-testid={`conflict-${choice}`}
                      onClick={() => setChoices((prev) => ({ ...prev, [k]: choice }))}
                    >
                      <span className={s.label}>
                        {choices[k] === choice ? <CheckmarkCircleFilled className={s.check} /> : null}
                        {label}
                      </span>
                      <span className={s.value}>
                        {removed && value === null ? nld.regie.removedValue : show(value)}
                      </span>
                    </button>
                  );
                  return (
                    <div key={k} className={s.conflict} role="listitem" data-testid="conflict">
                      <div className={s.conflictHead}>
                        <Body1 className={s.grow}>
                          <strong>{c.what}</strong>
                        </Body1>
                        {choices[k] ? null : (
                          <Badge appearance="tint" color="warning" size="small">
                            {nld.regie.pick}
                          </Badge>
                        )}
                      </div>
                      <div className={s.choices}>
                        <div className={s.base}>
                          <span className={s.label}>{nld.regie.base}</span>
                          <span className={s.value}>{show(c.base)}</span>
                        </div>
                        {option('ours', nld.regie.ours, c.ours)}
                        {option('theirs', nld.regie.theirs, c.theirs)}
                      </div>
                    </div>
                  );
                })}
              </div>
            </>
          ) : null}
        </>
      ) : null}
    </DialogFrame>
  );
}
