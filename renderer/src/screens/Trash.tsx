// "Prullenbak": deleted meetings, items and documents of this body; one click puts them back. Nothing empties
// it, so after ten years it holds hundreds of rows: only those in view are rendered (useTableRows).
import { Fragment, useMemo, useRef } from 'react';
import { Badge, Body1, Button, TableCell, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowResetRegular, DeleteRegular } from '@fluentui/react-icons';
import type { BodyView } from '../../../shared/api/views';
import { nl } from '../i18n/nl';
import { Page, Section, QueryStatus } from '../components/Page';
import { useTableRows } from '../components/useTableRows';
import { GapRow } from '../components/GapRow';
import { DataRow, DataTable } from '../components/DataTable';
import { useApiMutation, useApiQuery } from '../api/queries';
import { notify } from '../app/notify';
import { moment } from '../lib/format';

const useStyles = makeStyles({
  colType: { width: '130px' },
  colDeleted: { width: '170px' },
  colAction: { width: '150px' },
  title: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  empty: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground3,
  },
});

export function TrashScreen({ body }: { body: BodyView }) {
  const s = useStyles();
  const trash = useApiQuery('trash.list', { bodyId: body.id });
  const restore = useApiMutation('trash.restore');
  const entries = trash.data ?? [];
  const ids = useMemo(() => entries.map((e) => `${e.table}:${e.id}`), [entries]);
  const table = useRef<HTMLTableElement | null>(null);
  const { roving, virtual, rowProps } = useTableRows(ids, { estimate: 45, listRef: table });
  return (
    <Page title={nl.trash.title} subtitle={nl.trash.subtitle}>
      <QueryStatus query={trash} />
      {trash.data ? (
        <Section flush>
          {entries.length === 0 ? (
            <div className={s.empty}>
              <DeleteRegular /> <Body1>{nl.trash.empty}</Body1>
            </div>
          ) : (
            <DataTable
              label={nl.trash.title}
              tableRef={table}
              rowCount={entries.length}
              testId="trash-table"
              columns={[
                { label: nl.trash.colWhat },
                { label: nl.trash.colType, className: s.colType },
                { label: nl.trash.colContext },
                { label: nl.trash.colDeleted, className: s.colDeleted },
                { label: nl.common.restore, className: s.colAction, hidden: true },
              ]}
            >
              {virtual.rows.map(({ index, gapBefore }) => {
                const e = entries[index];
                if (!e) return null;
                const key = `${e.table}:${e.id}`;
                const run = () =>
                  restore.mutate(
                    { table: e.table, id: e.id },
                    { onSuccess: () => notify({ intent: 'success', text: nl.trash.restored(e.title) }) },
                  );
                return (
                  <Fragment key={key}>
                    <GapRow height={gapBefore} columns={5} />
                    <DataRow {...rowProps(key, index, { onEnter: run })} data-testid="trash-row">
                      <TableCell className={s.title}>{e.title}</TableCell>
                      <TableCell>
                        <Badge appearance="tint" color="informative" shape="rounded">
                          {nl.trash.types[e.table] ?? e.table}
                        </Badge>
                      </TableCell>
                      <TableCell className={s.muted}>{e.context || nl.common.none}</TableCell>
                      <TableCell>{e.deletedAt ? moment(e.deletedAt) : ''}</TableCell>
                      <TableCell>
                        <Button
                          icon={<ArrowResetRegular />}
                          size="small"
                          onClick={run}
                          disabled={restore.isPending}
                          aria-label={nl.trash.restoreLabel(e.title)}
                          tabIndex={roving.active === key ? 0 : -1}
                        >
                          {nl.common.restore}
                        </Button>
                      </TableCell>
                    </DataRow>
                  </Fragment>
                );
              })}
              <GapRow height={virtual.gapAfter} columns={5} />
            </DataTable>
          )}
        </Section>
      ) : null}
    </Page>
  );
}
