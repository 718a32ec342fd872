// "Logboek": every change with who and when; undone changes stay visible, marked.
import { Fragment, useMemo, useRef, useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  TableCell,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import { nl } from '../i18n/nl';
import { Page, Section, QueryStatus } from '../components/Page';
import { useTableRows } from '../components/useTableRows';
import { GapRow } from '../components/GapRow';
import { DataRow, DataTable } from '../components/DataTable';
import { useApiQuery } from '../api/queries';
import { moment } from '../lib/format';
import { useAppState } from '../app/state';

const useStyles = makeStyles({
  colAt: { width: '170px' },
  // The author is "name (role)" since people say who they are: 140 px broke "L. Peeters (ondersteuner)" in two
  // lines that the row's height squeezed against its borders.
  colUser: { width: '220px' },
  colRows: { width: '80px', textAlign: 'right' },
  rows: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground3 },
  label: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  undone: { color: tokens.colorNeutralForeground3, '& .text': { textDecorationLine: 'line-through' } },
  undo: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  empty: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
  more: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}` },
});

export function AuditScreen() {
  const s = useStyles();
  const [limit, setLimit] = useState(100);
  // The body on screen: its own changes and those of no single body, as undo works.
  const { bodyId } = useAppState();
  const audit = useApiQuery('audit.list', { limit, ...(bodyId ? { bodyId } : {}) });
  const entries = audit.data ?? [];
  const ids = useMemo(() => entries.map((e) => String(e.id)), [entries]);
  const table = useRef<HTMLTableElement | null>(null);
  const { virtual, rowProps } = useTableRows(ids, { estimate: 41, listRef: table });
  return (
    <Page title={nl.audit.title} subtitle={nl.audit.subtitle}>
      <QueryStatus query={audit} />
      {audit.data ? (
        <Section flush>
          {entries.length === 0 ? (
            <Body1 className={s.empty}>{nl.audit.empty}</Body1>
          ) : (
            <DataTable
              label={nl.audit.title}
              size="small"
              tableRef={table}
              rowCount={entries.length}
              columns={[
                { label: nl.audit.colAt, className: s.colAt },
                { label: nl.audit.colUser, className: s.colUser },
                { label: nl.audit.colLabel },
                { label: nl.audit.colRows, className: s.colRows },
              ]}
            >
              {virtual.rows.map(({ index, gapBefore }) => {
                const e = entries[index];
                if (!e) return null;
                return (
                  <Fragment key={e.id}>
                    <GapRow height={gapBefore} columns={4} />
                    <DataRow
                      className={e.undone ? s.undone : undefined}
                      {...rowProps(String(e.id), index)}
                      data-testid="audit-row"
                      data-undone={e.undone}
                    >
                      <TableCell>{moment(e.at)}</TableCell>
                      <TableCell>{e.user}</TableCell>
                      <TableCell>
                        <span className={s.label}>
                          {e.isUndo ? <ArrowUndoRegular aria-label={nl.audit.isUndo} /> : null}
                          <span className={mergeClasses('text', e.isUndo && s.undo)}>{e.label}</span>
                          {e.undone ? (
                            <Badge appearance="tint" color="subtle" size="small" shape="rounded">
                              {nl.audit.undone}
                            </Badge>
                          ) : null}
                        </span>
                      </TableCell>
                      <TableCell className={s.rows}>{e.rows}</TableCell>
                    </DataRow>
                  </Fragment>
                );
              })}
              <GapRow height={virtual.gapAfter} columns={4} />
            </DataTable>
          )}
          {entries.length >= limit ? (
            <div className={s.more}>
              <Button onClick={() => setLimit((l) => Math.min(1000, l + 200))}>{nl.audit.more}</Button>
            </div>
          ) : null}
        </Section>
      ) : null}
    </Page>
  );
}
