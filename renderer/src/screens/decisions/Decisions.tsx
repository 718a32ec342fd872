// The decisions register (besluitenlijst): every decision of the body, newest meeting first, with a search box
// and "alleen vervolg": the advice of voorbereidend items that went to the stuurgroep and/or the colleges. Their
// answer is recorded here (decisions.recordAnswer); the services then propose it as feedback on the next agenda.
import { useEffect, useMemo, useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  SearchBox,
  Switch,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { ArrowReplyRegular, CalendarLtrRegular } from '@fluentui/react-icons';
import type { BodyView, DecisionView } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { Page, Section, QueryStatus } from '../../components/Page';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useAppState } from '../../app/state';
import { notify } from '../../app/notify';
import { longDate, plainDate } from '../../lib/format';
import type { MeetingRoute } from '../meeting-mode/routes';
import { KindLabel } from '../../components/KindLabel';
import { DialogFrame } from '../../components/DialogFrame';
import { useDebounced } from '../search/useDebounced';
import { scrollWithin } from '../minutes/scroll';
import { DateField } from '../../components/DateField';

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
  followUp: { display: 'flex', flexDirection: 'column', gap: '6px', alignItems: 'flex-start' },
  answer: {
    whiteSpace: 'pre-wrap',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorPaletteGreenBorderActive}`,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    borderRadius: tokens.borderRadiusSmall,
  },
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
  const [answering, setAnswering] = useState<DecisionView | null>(null);
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
  const waiting = decisions.filter((d) => d.followUp?.status === 'open').length;

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
                    </div>
                    <Body1 className={s.text}>{d.text}</Body1>
                    <FollowUp decision={d} onAnswer={() => setAnswering(d)} />
                  </div>
                ))}
              </div>
            ))}
          </div>
        ) : null}
      </Section>
      {answering ? <AnswerDialog decision={answering} onClose={() => setAnswering(null)} /> : null}
    </Page>
  );
}

function FollowUp({ decision: d, onAnswer }: { decision: DecisionView; onAnswer: () => void }) {
  const s = useStyles();
  if (!d.destination && !d.followUp)
    return <Caption1 className={s.muted}>{nlm.decisions.noFollowUp}</Caption1>;
  return (
    <div className={s.followUp}>
      {d.destination ? (
        <Badge appearance="tint" color="brand" shape="rounded">
          {nlm.minutes.goesTo(nlm.targetInSentence[d.destination])}
        </Badge>
      ) : null}
      {d.followUp?.status === 'answered' ? (
        <>
          <Caption1 className={s.muted}>
            {nlm.decisions.answeredOn(plainDate(d.followUp.answeredOn ?? ''))}
          </Caption1>
          <Body1 className={s.answer} data-testid="answer">
            {d.followUp.answer}
          </Body1>
        </>
      ) : d.followUp ? (
        <>
          <Badge appearance="tint" color="warning" shape="rounded">
            {nlm.decisions.waiting}
          </Badge>
          <Button size="small" icon={<ArrowReplyRegular />} onClick={onAnswer} data-testid="record-answer">
            {nlm.decisions.recordAnswer}
          </Button>
        </>
      ) : null}
    </div>
  );
}

function AnswerDialog({ decision, onClose }: { decision: DecisionView; onClose: () => void }) {
  const s = useStyles();
  const { today } = useAppState();
  const record = useApiMutation('decisions.recordAnswer');
  const [answer, setAnswer] = useState('');
  const [answeredOn, setAnsweredOn] = useState(today);
  const target = decision.destination ? nlm.targetInSentence[decision.destination] : '';
  const submit = () =>
    record.mutate(
      { id: decision.id, answer: answer.trim(), answeredOn },
      {
        onSuccess: () => {
          notify({ intent: 'success', text: nlm.decisions.answerSaved });
          onClose();
        },
      },
    );
  return (
    <DialogFrame
      title={nlm.decisions.answerTitle(target)}
      // Fluent's own width for a dialog.
      width={600}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>{nl.common.cancel}</Button>
          <Button
            appearance="primary"
            onClick={submit}
            disabled={!answer.trim() || !answeredOn || record.isPending}
            data-testid="answer-save"
          >
            {nlm.decisions.saveAnswer}
          </Button>
        </>
      }
    >
      <Caption1 className={s.muted}>
        {nlm.decisions.adviceOf(plainDate(decision.meetingDate))}: {decision.itemTitle}
      </Caption1>
      <Body1 className={s.quote}>{decision.text}</Body1>
      <Field label={nlm.decisions.answer} required>
        <Textarea
          value={answer}
          onChange={(_e, d) => setAnswer(d.value)}
          rows={4}
          resize="vertical"
          placeholder={nlm.decisions.answerPlaceholder}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && answer.trim()) {
              e.preventDefault();
              submit();
            }
          }}
        />
      </Field>
      <Field label={nlm.decisions.answeredOnLabel}>
        <DateField value={answeredOn} onChange={setAnsweredOn} />
      </Field>
      <Caption1 className={s.muted}>{nlm.decisions.answerHint}</Caption1>
    </DialogFrame>
  );
}
