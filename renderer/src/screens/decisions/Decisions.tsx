// The decisions register (besluitenlijst): every decision of the body, newest meeting first, with a search box
// and "alleen vervolg": the advice of voorbereidend items that went to the stuurgroep and/or the colleges. Each
// destination is a follow-up of its own, shown as the chain at a glance ("Stuurgroep ✓ 6 mei · Leudal open");
// a click on one records where it stands (FollowUpDialog), and a decided one is proposed as feedback on the next
// agenda. Advice forwarded to the stuurgroep in Regie links to that agenda.
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Caption1, SearchBox, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarLtrRegular } from '@fluentui/react-icons';
import type { BodyView, DecisionView, FollowUpView } from '../../../../shared/api/views';
import { isPending } from '../../../../shared/rules/chain';
import { nlm } from '../../i18n/nl-meeting';
import { PAGE_PADDING_TOP_OFFSET, Page, Section, QueryStatus } from '../../components/Page';
import { useApiQuery } from '../../api/queries';
import { useAppState } from '../../app/state';
import { longDate } from '../../lib/format';
import type { MeetingRoute } from '../meeting-mode/routes';
import { useDebounced } from '../search/useDebounced';
import { useVirtualRows } from '../../components/useVirtualRows';
import { DecisionRow, DECISION_COLUMNS } from './DecisionRow';
import { scrollWithin } from '../minutes/scroll';
import { FollowUpDialog } from './FollowUpDialog';

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  search: { width: '380px', maxWidth: '100%' },
  summary: { color: tokens.colorNeutralForeground3, marginLeft: 'auto' },
  groupHead: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    margin: 0,
    position: 'sticky',
    // At the top edge of the page's scrolling body, over its top padding (nothing shows above it).
    top: PAGE_PADDING_TOP_OFFSET,
    zIndex: 1,
  },
  groupLink: { marginLeft: 'auto' },
  muted: { color: tokens.colorNeutralForeground3 },
  empty: {
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground3,
  },
  columns: {
    display: 'grid',
    gridTemplateColumns: DECISION_COLUMNS,
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
});

type Entry =
  { kind: 'meeting'; meetingId: string; date: string } | { kind: 'decision'; decision: DecisionView };

/** A decision's height before it is measured (a few lines of text). */
const ROW_ESTIMATE = 76;

export function DecisionsScreen({
  body,
  route,
}: {
  body: BodyView;
  route: Extract<MeetingRoute, { screen: 'decisions' }>;
}) {
  const s = useStyles();
  const { navigate } = useAppState();
  const [query, setQuery] = useState(route.query ?? '');
  const [followUpOnly, setFollowUpOnly] = useState(route.followUpOnly ?? false);
  const [editing, setEditing] = useState<{ decision: DecisionView; followUp: FollowUpView } | null>(null);
  const [highlight, setHighlight] = useState<string | null>(route.decisionId ?? null);
  const debounced = useDebounced(query.trim(), 150);
  const list = useApiQuery(
    'decisions.list',
    { bodyId: body.id, query: debounced, followUpOnly },
    { placeholderData: (previous) => previous },
  );
  const decisions = useMemo(() => list.data ?? [], [list.data]);
  // One flat list: each meeting's heading, then its decisions (rendered only in view when long).
  const { entries, headers } = useMemo(() => {
    const out: Entry[] = [];
    const heads: number[] = [];
    let meetingId: string | null = null;
    for (const d of decisions) {
      if (d.meetingId !== meetingId) {
        meetingId = d.meetingId;
        heads.push(out.length);
        out.push({ kind: 'meeting', meetingId: d.meetingId, date: d.meetingDate });
      }
      out.push({ kind: 'decision', decision: d });
    }
    return { entries: out, headers: heads };
  }, [decisions]);
  const waiting = decisions.filter((d) => d.followUps.some((f) => isPending(f.status))).length;
  const listRef = useRef<HTMLDivElement | null>(null);
  const virtual = useVirtualRows({
    count: entries.length,
    estimate: ROW_ESTIMATE,
    listRef,
    sticky: headers,
  });

  const { reveal } = virtual;
  const highlightIndex = highlight
    ? entries.findIndex((e) => e.kind === 'decision' && e.decision.id === highlight)
    : -1;
  useEffect(() => {
    if (highlightIndex < 0) return;
    if (virtual.virtual) reveal(highlightIndex, 'center');
    else scrollWithin(document.getElementById(`decision-${highlight}`), 'center');
  }, [highlightIndex, highlight, reveal, virtual.virtual]);
  useEffect(() => {
    if (!highlight || !list.data) return;
    const t = window.setTimeout(() => setHighlight(null), 2600);
    return () => window.clearTimeout(t);
  }, [highlight, list.data]);

  return (
    <Page title={nlm.decisions.title} subtitle={`${body.name} · ${nlm.decisions.subtitle}`}>
      <Section dense>
        <div className={s.bar}>
          <SearchBox
            className={s.search}
            value={query}
            onChange={(_e, d) => setQuery(d.value)}
            placeholder={nlm.decisions.searchPlaceholder}
            aria-label={nlm.decisions.search}
            data-testid="decisions-search"
          />
          <Switch
            checked={followUpOnly}
            onChange={(_e, d) => setFollowUpOnly(d.checked)}
            label={nlm.decisions.followUpOnly}
          />
          {list.data ? (
            <Caption1 className={s.summary} data-testid="decisions-summary">
              {nlm.decisions.summary(decisions.length, waiting)}
            </Caption1>
          ) : null}
        </div>
      </Section>

      <Section flush>
        <QueryStatus query={list} />
        {list.data && decisions.length === 0 ? (
          <div className={s.empty}>
            {debounced || followUpOnly ? nlm.decisions.noneFound : nlm.decisions.none}
          </div>
        ) : null}
        {decisions.length > 0 ? (
          <div data-testid="decisions-list" ref={listRef}>
            <div className={s.columns} aria-hidden>
              <span>{nlm.decisions.colItem}</span>
              <span>{nlm.decisions.colDecision}</span>
              <span>{nlm.decisions.colFollowUp}</span>
            </div>
            {virtual.rows.map(({ index, gapBefore }) => {
              const entry = entries[index];
              if (!entry) return null;
              return (
                <Fragment key={entry.kind === 'meeting' ? `m-${entry.meetingId}` : entry.decision.id}>
                  {gapBefore > 0 ? <div aria-hidden style={{ height: gapBefore }} /> : null}
                  {entry.kind === 'meeting' ? (
                    <h2
                      ref={virtual.measure}
                      data-index={index}
                      className={s.groupHead}
                      data-testid="decisions-meeting"
                    >
                      <CalendarLtrRegular aria-hidden />
                      {nlm.decisions.meeting(longDate(entry.date))}
                      <Button
                        className={s.groupLink}
                        appearance="transparent"
                        size="small"
                        onClick={() => navigate({ screen: 'minutes', meetingId: entry.meetingId })}
                      >
                        {nlm.decisions.openMinutes}
                      </Button>
                    </h2>
                  ) : (
                    <DecisionRow
                      body={body}
                      decision={entry.decision}
                      index={index}
                      highlight={highlight === entry.decision.id}
                      measure={virtual.measure}
                      onOpen={(followUp) => setEditing({ decision: entry.decision, followUp })}
                    />
                  )}
                </Fragment>
              );
            })}
            {virtual.gapAfter > 0 ? <div aria-hidden style={{ height: virtual.gapAfter }} /> : null}
          </div>
        ) : null}
      </Section>
      {editing ? (
        <FollowUpDialog
          decision={editing.decision}
          followUp={editing.followUp}
          bodyName={body.name}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Page>
  );
}
