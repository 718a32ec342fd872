// The decisions register (besluitenlijst): every decision of the body, newest meeting first, with a search box
// and "alleen vervolg": the advice of voorbereidend items that went to the stuurgroep and/or the colleges. Each
// destination is a follow-up of its own, shown as the chain at a glance ("Stuurgroep ✓ 6 mei · Leudal open");
// a click on one records where it stands (FollowUpDialog), and a decided one is proposed as feedback on the next
// agenda. Advice forwarded to the stuurgroep in Regie links to that agenda.
import { useEffect, useMemo, useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  SearchBox,
  Switch,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowForwardRegular,
  CalendarLtrRegular,
  FolderOpenRegular,
  WarningRegular,
} from '@fluentui/react-icons';
import type { BodyView, DecisionView, FollowUpView } from '../../../../shared/api/views';
import { isPending } from '../../../../shared/rules/chain';
import { nlm } from '../../i18n/nl-meeting';
import { nlc } from '../../i18n/nl-chain';
import { Page, Section, QueryStatus } from '../../components/Page';
import { useApiQuery } from '../../api/queries';
import { useAppState } from '../../app/state';
import { longDate, plainDate } from '../../lib/format';
import type { MeetingRoute } from '../meeting-mode/routes';
import { KindLabel } from '../../components/KindLabel';
import { useDebounced } from '../search/useDebounced';
import { scrollWithin } from '../minutes/scroll';
import { FollowUpChain } from './FollowUpChain';
import { FollowUpDialog } from './FollowUpDialog';
import { VoorstelButton } from './VoorstelMenu';

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  search: { width: '380px', maxWidth: '100%' },
  summary: { color: tokens.colorNeutralForeground3, marginLeft: 'auto' },
  group: { display: 'flex', flexDirection: 'column' },
  groupHead: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightSemibold,
    position: 'sticky',
    top: 0,
    zIndex: 1,
  },
  groupLink: { marginLeft: 'auto' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 0.8fr) minmax(0, 1.3fr) minmax(240px, 0.9fr)',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    alignItems: 'start',
  },
  highlight: {
    animationName: {
      from: { backgroundColor: tokens.colorPaletteYellowBackground2 },
      to: { backgroundColor: 'transparent' },
    },
    animationDuration: '2.5s',
  },
  item: { display: 'flex', flexDirection: 'column', gap: '4px', minWidth: 0 },
  itemTitle: { fontWeight: tokens.fontWeightSemibold },
  text: { whiteSpace: 'pre-wrap' },
  followUp: { display: 'flex', flexDirection: 'column', gap: '6px', alignItems: 'flex-start', minWidth: 0 },
  overdue: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: '4px',
    color: tokens.colorPaletteRedForeground1,
  },
  link: { padding: 0, minWidth: 0, height: 'auto', textAlign: 'left', justifyContent: 'flex-start' },
  muted: { color: tokens.colorNeutralForeground3 },
  empty: {
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground3,
  },
  columns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 0.8fr) minmax(0, 1.3fr) minmax(240px, 0.9fr)',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  quote: {
    borderLeft: `3px solid ${tokens.colorBrandStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
});

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
  const groups = useMemo(() => {
    const out: { meetingId: string; date: string; decisions: DecisionView[] }[] = [];
    for (const d of decisions) {
      const last = out.at(-1);
      if (last && last.meetingId === d.meetingId) last.decisions.push(d);
      else out.push({ meetingId: d.meetingId, date: d.meetingDate, decisions: [d] });
    }
    return out;
  }, [decisions]);
  const waiting = decisions.filter((d) => d.followUps.some((f) => isPending(f.status))).length;

  useEffect(() => {
    if (!highlight || !list.data) return;
    scrollWithin(document.getElementById(`decision-${highlight}`), 'center');
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
          <div data-testid="decisions-list">
            <div className={s.columns} aria-hidden>
              <span>{nlm.decisions.colItem}</span>
              <span>{nlm.decisions.colDecision}</span>
              <span>{nlm.decisions.colFollowUp}</span>
            </div>
            {groups.map((g) => (
              <div
                key={g.meetingId}
                className={s.group}
                role="group"
                aria-label={nlm.decisions.meeting(longDate(g.date))}
              >
                <div className={s.groupHead}>
                  <CalendarLtrRegular aria-hidden />
                  {nlm.decisions.meeting(longDate(g.date))}
                  <Button
                    className={s.groupLink}
                    appearance="transparent"
                    size="small"
                    onClick={() => navigate({ screen: 'minutes', meetingId: g.meetingId })}
                  >
                    {nlm.decisions.openMinutes}
                  </Button>
                </div>
                {g.decisions.map((d) => (
                  <div
                    key={d.id}
                    id={`decision-${d.id}`}
                    className={mergeClasses(s.row, highlight === d.id && s.highlight)}
                    data-testid="decision-row"
                  >
                    <div className={s.item}>
                      <span className={s.itemTitle}>
                        {d.itemNumber ? `${d.itemNumber}. ` : ''}
                        {d.itemTitle}
                      </span>
                      <span>
                        <KindLabel kind={d.itemKind} />
                      </span>
                      <Button
                        className={s.link}
                        appearance="transparent"
                        size="small"
                        icon={<FolderOpenRegular />}
                        aria-label={nlc.openDossierOf(d.itemTitle)}
                        onClick={() => navigate({ screen: 'dossier', itemId: d.itemId })}
                        data-testid="open-dossier"
                      >
                        {nlc.openDossier}
                      </Button>
                    </div>
                    <Body1 className={s.text}>{d.text}</Body1>
                    <FollowUpCell
                      body={body}
                      decision={d}
                      onOpen={(followUp) => setEditing({ decision: d, followUp })}
                    />
                  </div>
                ))}
              </div>
            ))}
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

function FollowUpCell({
  body,
  decision: d,
  onOpen,
}: {
  body: BodyView;
  decision: DecisionView;
  onOpen: (followUp: FollowUpView) => void;
}) {
  const s = useStyles();
  const { navigate, setBodyId } = useAppState();
  if (d.followUps.length === 0)
    return d.closes ? (
      <Caption1 className={s.muted}>{nlc.closes(d.closes.bodyName)}</Caption1>
    ) : d.destination ? (
      <Badge appearance="tint" color="brand" shape="rounded">
        {nlm.minutes.goesTo(nlm.targetInSentence[d.destination])}
      </Badge>
    ) : (
      <Caption1 className={s.muted}>{nlm.decisions.noFollowUp}</Caption1>
    );
  const stuurgroep = d.followUps.find((f) => f.byKind === 'stuurgroep');
  const forwarded = stuurgroep?.forwardedTo ?? null;
  const overdue = d.followUps.some((f) => f.overdue);
  const year = Number(d.meetingDate.slice(0, 4));
  return (
    <div className={s.followUp} data-testid="follow-ups">
      {d.destination ? (
        <Badge appearance="tint" color="brand" shape="rounded">
          {nlm.minutes.goesTo(nlm.targetInSentence[d.destination])}
        </Badge>
      ) : null}
      <FollowUpChain followUps={d.followUps} year={year} onOpen={onOpen} />
      {d.followUps.some((f) => f.byKind === 'college') ? (
        <VoorstelButton bodyId={body.id} meetingId={d.meetingId} itemId={d.itemId} />
      ) : null}
      {overdue ? (
        <Caption1 className={s.overdue}>
          <WarningRegular aria-hidden /> {nlc.overdue(body.followUpWeeks)}
        </Caption1>
      ) : null}
      {forwarded ? (
        <Button
          className={s.link}
          appearance="transparent"
          size="small"
          icon={<ArrowForwardRegular />}
          data-testid="forwarded-link"
          onClick={() => {
            setBodyId(forwarded.bodyId);
            navigate({ screen: 'meeting', meetingId: forwarded.meetingId, itemId: forwarded.itemId });
          }}
        >
          {nlc.forwardedTo(forwarded.bodyName, plainDate(forwarded.meetingDate))}
        </Button>
      ) : stuurgroep && stuurgroep.status === 'open' && body.stuurgroep ? (
        <Caption1 className={s.muted}>{nlc.notForwarded(body.stuurgroep.name)}</Caption1>
      ) : null}
    </div>
  );
}
