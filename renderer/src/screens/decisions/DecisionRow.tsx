// One decision in the decisions register: the item it was taken on, the decision, and its follow-up (where a
// voorbereidend item's advice went and the answer, or the button to record it). `measure` and `index` let the
// register render only the rows in view (useVirtualRows).
import { Badge, Body1, Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowReplyRegular } from '@fluentui/react-icons';
import type { DecisionView } from '../../../../shared/api/views';
import { nlm } from '../../i18n/nl-meeting';
import { KindLabel } from '../../components/KindLabel';
import { plainDate } from '../../lib/format';

/** The register's three columns: item, decision, follow-up (the header and every row). */
export const DECISION_COLUMNS = 'minmax(0, 0.8fr) minmax(0, 1.3fr) minmax(240px, 0.9fr)';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: DECISION_COLUMNS,
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
});

export function DecisionRow({
  decision: d,
  index,
  highlight,
  measure,
  onAnswer,
}: {
  decision: DecisionView;
  index: number;
  highlight: boolean;
  measure: (el: Element | null) => void;
  onAnswer: () => void;
}) {
  const s = useStyles();
  return (
    <div
      ref={measure}
      data-index={index}
      id={`decision-${d.id}`}
      className={mergeClasses(s.row, highlight && s.highlight)}
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
      <FollowUp decision={d} onAnswer={onAnswer} />
    </div>
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
