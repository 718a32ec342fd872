// "Prullenbak": deleted meetings, items and documents of this body; one click puts them back.
import {
  Badge,
  Body1,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowResetRegular, DeleteRegular } from '@fluentui/react-icons';
import type { BodyView } from '../../../shared/api/views';
import { nl } from '../i18n/nl';
import { Page, Section, Loading, LoadError } from '../components/Page';
import { useRovingRows } from '../components/useRovingRows';
import { useApiMutation, useApiQuery } from '../api/queries';
import { errorMessage } from '../api/errors';
import { notify } from '../app/notify';
import { moment } from '../lib/format';

const useStyles = makeStyles({
  table: { tableLayout: 'fixed', width: '100%' },
  row: { ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' } },
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
  const roving = useRovingRows(entries.map((e) => `${e.table}:${e.id}`));
  return (
    <Page title={nl.trash.title} subtitle={nl.trash.subtitle}>
      {trash.isPending ? <Loading /> : null}
      {trash.isError ? (
        <LoadError message={errorMessage(trash.error)} onRetry={() => void trash.refetch()} />
      ) : null}
      {trash.data ? (
        <Section flush>
          {entries.length === 0 ? (
            <div className={s.empty}>
              <DeleteRegular /> <Body1>{nl.trash.empty}</Body1>
            </div>
          ) : (
            <Table className={s.table} aria-label={nl.trash.title}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{nl.trash.colWhat}</TableHeaderCell>
                  <TableHeaderCell className={s.colType}>{nl.trash.colType}</TableHeaderCell>
                  <TableHeaderCell>{nl.trash.colContext}</TableHeaderCell>
                  <TableHeaderCell className={s.colDeleted}>{nl.trash.colDeleted}</TableHeaderCell>
                  <TableHeaderCell className={s.colAction}>
                    <span className="sr-only">{nl.common.restore}</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {entries.map((e) => {
                  const key = `${e.table}:${e.id}`;
                  const run = () =>
                    restore.mutate(
                      { table: e.table, id: e.id },
                      { onSuccess: () => notify({ intent: 'success', text: nl.trash.restored(e.title) }) },
                    );
                  return (
                    <TableRow
                      key={key}
                      className={s.row}
                      {...roving.rowProps(key)}
                      onKeyDown={(ev) => {
                        if (ev.target === ev.currentTarget && ev.key === 'Enter') {
                          ev.preventDefault();
                          run();
                        } else roving.rowProps(key).onKeyDown(ev);
                      }}
                      data-testid="trash-row"
                    >
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
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
        </Section>
      ) : null}
    </Page>
  );
}
