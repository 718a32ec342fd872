// Actions across meetings: every action of the body, filtered by status (open, overdue, done, dropped, all),
// person, municipality and meeting; overdue ones marked. A row opens its details: the status change with a
// date and the meeting where it was reported, and the history. The list exports to Word (by due date or person).
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
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
  tokens,
} from '@fluentui/react-components';
import { CalendarLtrRegular, DocumentArrowDownRegular, PersonRegular } from '@fluentui/react-icons';
import type { ActionView, BodyView } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { Page, Section, QueryStatus } from '../../components/Page';
import { useTableRows } from '../../components/useTableRows';
import { GapRow } from '../../components/GapRow';
import { GridHeader, useGridTableStyles } from '../../components/GridTable';
import { useApiQuery } from '../../api/queries';
import { useApi } from '../../api/context';
import { useAppState } from '../../app/state';
import { plainDate } from '../../lib/format';
import type { MeetingRoute } from '../meeting-mode/routes';
import { ExportBar, useExport } from '../minutes/useExport';
import { ActionDialog } from './ActionDialog';
import { ActionListRow } from './ActionListRow';
import type { ActionListOrder } from '../../../../shared/domain/types';
import { ACTION_FILTERS, type ActionFilter } from '../../../../shared/api/schemas';

const useStyles = makeStyles({
  filters: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  filter: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: '170px' },
  filterLabel: { color: tokens.colorNeutralForeground3 },
  tabs: { flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
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
});

type WidthClass = 'colNr' | 'colWho' | 'colDue' | 'colStatus' | 'colCmd';
const COLUMNS: { label: string; width?: WidthClass; hidden?: boolean }[] = [
  { label: nl.agenda.colActionNr, width: 'colNr' },
  { label: nl.agenda.colActionWhat },
  { label: nl.agenda.colActionWho, width: 'colWho' },
  { label: nl.agenda.colActionDue, width: 'colDue' },
  { label: nlm.actions.status, width: 'colStatus' },
  { label: nl.agenda.colActions, width: 'colCmd', hidden: true },
];
/** A row's height before it is measured: two lines of text and the cell padding. */
const ROW_ESTIMATE = 58;

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
  const counted = useApiQuery('actions.counts', filter);
  const people = useApiQuery('people.list', { bodyId: body.id });
  const meetings = useApiQuery('meetings.list', { bodyId: body.id });
  const exporter = useExport();
  const rows = useMemo(() => list.data ?? [], [list.data]);
  const ids = useMemo(() => rows.map((a) => a.id), [rows]);
  const table = useRef<HTMLTableElement | null>(null);
  const { virtual, rowProps } = useTableRows(ids, { estimate: ROW_ESTIMATE, listRef: table });
  const counts = counted.data;
  // The opened action stays open while a change moves it out of the tab on screen (done while on "open").
  const lastOpened = useRef<ActionView | null>(null);
  const found = openId ? rows.find((a) => a.id === openId) : undefined;
  if (found) lastOpened.current = found;
  const opened = openId ? (found ?? (lastOpened.current?.id === openId ? lastOpened.current : null)) : null;

  // The action Regie brings the user to (from search) is scrolled into view and flashes.
  const { reveal } = virtual;
  const highlightIndex = highlight ? ids.indexOf(highlight) : -1;
  useEffect(() => {
    if (highlightIndex >= 0) reveal(highlightIndex, 'center');
  }, [highlightIndex, reveal]);
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
                {counts ? (
                  <span
                    className={st === 'overdue' && counts[st] > 0 ? s.overdue : s.muted}
                  >{` ${counts[st]}`}</span>
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
            <table
              ref={table}
              className={g.table}
              aria-label={nlm.actions.title}
              aria-rowcount={rows.length + 1}
              data-testid="actions-table"
            >
              <GridHeader
                columns={COLUMNS.map((c) => ({ ...c, className: c.width ? s[c.width] : undefined }))}
              />
              <tbody>
                {virtual.rows.map(({ index, gapBefore }) => {
                  const a = rows[index];
                  if (!a) return null;
                  return (
                    <Fragment key={a.id}>
                      <GapRow height={gapBefore} columns={COLUMNS.length} />
                      <ActionListRow
                        action={a}
                        highlight={highlight === a.id}
                        onOpen={() => setOpenId(a.id)}
                        {...rowProps(a.id, index, { onEnter: () => setOpenId(a.id) })}
                      />
                    </Fragment>
                  );
                })}
                <GapRow height={virtual.gapAfter} columns={COLUMNS.length} />
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
