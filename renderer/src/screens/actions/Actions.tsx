// Actions across meetings: every action of the body, filtered by status (open, overdue, done, dropped, all),
// person, municipality and meeting; overdue ones marked. A row opens its details: the status change with a
// date and the meeting where it was reported, and the history. The list exports to Word (by due date or person).
import { useEffect, useMemo, useState } from 'react';
import {
  Button,
  Caption1,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Select,
  Tab,
  TabList,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  CalendarLtrRegular,
  DocumentArrowDownRegular,
  EditRegular,
  PersonRegular,
} from '@fluentui/react-icons';
import type { ActionView, BodyView } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { Page, Section, QueryStatus } from '../../components/Page';
import { useRovingRows } from '../../components/useRovingRows';
import { GridHeader, useGridTableStyles } from '../../components/GridTable';
import { useApiQuery } from '../../api/queries';
import { useApi } from '../../api/context';
import { useAppState } from '../../app/state';
import { plainDate, shortDate } from '../../lib/format';
import type { MeetingRoute } from '../meeting-mode/routes';
import { ExportBar, useExport } from '../minutes/useExport';
import { ActionDialog } from './ActionDialog';
import { StatusBadge } from './StatusBadge';
import type { ActionListOrder } from '../../../../shared/domain/types';
import { ACTION_FILTERS, type ActionFilter } from '../../../../shared/api/schemas';

const useStyles = makeStyles({
  filters: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  filter: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: '170px' },
  filterLabel: { color: tokens.colorNeutralForeground3 },
  tabs: { flexGrow: 1 },
  row: { cursor: 'pointer' },
  nr: {
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
    color: tokens.colorNeutralForeground2,
  },
  what: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  whatText: { fontWeight: tokens.fontWeightSemibold },
  closedText: { color: tokens.colorNeutralForeground3, textDecorationLine: 'line-through' },
  muted: { color: tokens.colorNeutralForeground3 },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  statusCell: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px' },
  empty: {
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground3,
  },
  footer: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground3,
  },
  colNr: { width: '52px' },
  colWho: { width: '170px' },
  colDue: { width: '150px' },
  colStatus: { width: '200px' },
  colCmd: { width: '112px' },
  cmd: { display: 'flex', justifyContent: 'flex-end' },
});

function matches(a: ActionView, status: ActionFilter): boolean {
  if (status === 'all') return true;
  if (status === 'overdue') return a.overdue;
  return a.status === status;
}

export function ActionsScreen({
  body,
  route,
}: {
  body: BodyView;
  route: Extract<MeetingRoute, { screen: 'actions' }>;
}) {
  const s = useStyles();
  const g = useGridTableStyles();
  const { today } = useAppState();
  const api = useApi();
  const [status, setStatus] = useState<ActionFilter>(route.status ?? 'open');
  const [personId, setPersonId] = useState('');
  const [municipalityId, setMunicipalityId] = useState('');
  const [meetingId, setMeetingId] = useState(route.meetingId ?? '');
  const [openId, setOpenId] = useState<string | null>(route.actionId ?? null);
  const [highlight, setHighlight] = useState<string | null>(route.actionId ?? null);
  const filter = {
    bodyId: body.id,
    ...(personId ? { personId } : {}),
    ...(municipalityId ? { municipalityId } : {}),
    ...(meetingId ? { meetingId } : {}),
  };
  const list = useApiQuery('actions.list', { ...filter, status });
  const all = useApiQuery('actions.list', { ...filter, status: 'all' });
  const people = useApiQuery('people.list', { bodyId: body.id });
  const meetings = useApiQuery('meetings.list', { bodyId: body.id });
  const exporter = useExport();
  const rows = useMemo(() => list.data ?? [], [list.data]);
  const roving = useRovingRows(rows.map((a) => a.id));
  const counts = useMemo(
    () =>
      Object.fromEntries(
        ACTION_FILTERS.map((st) => [st, (all.data ?? []).filter((a) => matches(a, st)).length]),
      ),
    [all.data],
  );
  const opened = openId ? ((all.data ?? []).find((a) => a.id === openId) ?? null) : null;

  useEffect(() => {
    if (!highlight) return;
    const t = window.setTimeout(() => setHighlight(null), 2600);
    return () => window.clearTimeout(t);
  }, [highlight]);

  const exportList = (groupBy: ActionListOrder) =>
    void exporter.run(
      (outPath) => api['export.actions']({ bodyId: body.id, groupBy, ...(outPath ? { outPath } : {}) }),
      nlm.exporting.actionsDialog,
      nlm.exporting.actionsName(body.shortName || body.name, today),
    );

  const heldMeetings = (meetings.data ?? []).filter((m) => m.status !== 'cancelled');

  return (
    <Page
      title={nlm.actions.title}
      subtitle={`${body.name} · ${nlm.actions.subtitle}`}
      commands={
        <Menu positioning="below-end">
          <MenuTrigger disableButtonEnhancement>
            <Button icon={<DocumentArrowDownRegular />} disabled={exporter.busy} data-testid="export-actions">
              {exporter.busy ? nlm.exporting.busy : nlm.exporting.actions}
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem icon={<CalendarLtrRegular />} onClick={() => exportList('due')}>
                {nlm.exporting.byDue}
              </MenuItem>
              <MenuItem icon={<PersonRegular />} onClick={() => exportList('person')}>
                {nlm.exporting.byPerson}
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      }
    >
      {exporter.done ? <ExportBar done={exporter.done} onDismiss={exporter.dismiss} /> : null}
      <Section dense>
        <div className={s.filters}>
          <TabList
            className={s.tabs}
            selectedValue={status}
            onTabSelect={(_e, d) => setStatus(d.value as ActionFilter)}
            aria-label={nlm.actions.statusFilter}
          >
            {ACTION_FILTERS.map((st) => (
              <Tab key={st} value={st} data-testid={`tab-${st}`}>
                {nlm.actions.filters[st]}
                {all.data ? (
                  <span
                    className={st === 'overdue' && (counts[st] ?? 0) > 0 ? s.overdue : s.muted}
                  >{` ${counts[st] ?? 0}`}</span>
                ) : null}
              </Tab>
            ))}
          </TabList>
          <label className={s.filter}>
            <Caption1 className={s.filterLabel}>{nlm.actions.person}</Caption1>
            <Select
              value={personId}
              onChange={(_e, d) => setPersonId(d.value)}
              aria-label={nlm.actions.person}
            >
              <option value="">{nlm.actions.everyone}</option>
              {(people.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          </label>
          <label className={s.filter}>
            <Caption1 className={s.filterLabel}>{nlm.actions.municipality}</Caption1>
            <Select
              value={municipalityId}
              onChange={(_e, d) => setMunicipalityId(d.value)}
              aria-label={nlm.actions.municipality}
            >
              <option value="">{nlm.actions.allMunicipalities}</option>
              {body.rotation.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </Select>
          </label>
          <label className={s.filter}>
            <Caption1 className={s.filterLabel}>{nlm.actions.meeting}</Caption1>
            <Select
              value={meetingId}
              onChange={(_e, d) => setMeetingId(d.value)}
              aria-label={nlm.actions.meeting}
            >
              <option value="">{nlm.actions.allMeetings}</option>
              {heldMeetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {plainDate(m.date)}
                </option>
              ))}
            </Select>
          </label>
        </div>
      </Section>

      <Section flush>
        <QueryStatus query={list} />
        {list.data ? (
          rows.length === 0 ? (
            <div className={s.empty}>{nlm.actions.none[status]}</div>
          ) : (
            <table className={g.table} aria-label={nlm.actions.title} data-testid="actions-table">
              <GridHeader
                columns={[
                  { label: nl.agenda.colActionNr, className: s.colNr },
                  { label: nl.agenda.colActionWhat },
                  { label: nl.agenda.colActionWho, className: s.colWho },
                  { label: nl.agenda.colActionDue, className: s.colDue },
                  { label: nlm.actions.status, className: s.colStatus },
                  { label: nl.agenda.colActions, className: s.colCmd, hidden: true },
                ]}
              />
              <tbody>
                {rows.map((a) => (
                  <tr
                    key={a.id}
                    {...roving.rowProps(a.id, { onEnter: () => setOpenId(a.id) })}
                    className={mergeClasses(g.row, s.row, highlight === a.id && g.highlight)}
                    onClick={() => setOpenId(a.id)}
                    aria-label={nlm.actions.row(a.nr, a.what)}
                    data-testid="action-list-row"
                    data-status={a.status}
                    data-overdue={a.overdue ? 'true' : undefined}
                  >
                    <td className={mergeClasses(g.td, s.nr)}>{a.nr}</td>
                    <td className={g.td}>
                      <span className={s.what}>
                        <span className={mergeClasses(s.whatText, a.status !== 'open' && s.closedText)}>
                          {a.what}
                        </span>
                        <Caption1 className={s.muted}>
                          {nlm.actions.from(shortDate(a.meetingDate), a.itemTitle)}
                        </Caption1>
                      </span>
                    </td>
                    <td className={g.td}>{a.who}</td>
                    <td className={mergeClasses(g.td, a.overdue && s.overdue)}>
                      {a.due ? plainDate(a.due) : nl.common.none}
                    </td>
                    <td className={g.td}>
                      <span className={s.statusCell}>
                        <StatusBadge action={a} />
                        {a.closedOn ? (
                          <Caption1 className={s.muted}>
                            {a.closedInMeetingDate
                              ? nlm.actions.closedIn(shortDate(a.closedOn), shortDate(a.closedInMeetingDate))
                              : nlm.actions.closedOn(shortDate(a.closedOn))}
                          </Caption1>
                        ) : null}
                      </span>
                    </td>
                    <td className={g.td}>
                      <span className={s.cmd}>
                        <Button
                          size="small"
                          appearance="subtle"
                          icon={<EditRegular />}
                          tabIndex={-1}
                          aria-label={nlm.actions.updateLabel(a.nr)}
                          onClick={(e) => {
                            e.stopPropagation();
                            setOpenId(a.id);
                          }}
                        >
                          {nlm.actions.update}
                        </Button>
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        ) : null}
        {rows.length > 0 ? <Caption1 className={s.footer}>{nlm.actions.keyboardHint}</Caption1> : null}
      </Section>

      {opened ? (
        <ActionDialog action={opened} meetings={heldMeetings} today={today} onClose={() => setOpenId(null)} />
      ) : null}
    </Page>
  );
}
