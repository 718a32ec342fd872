// One decision in the decisions register: the item it was taken on (with its dossier), the decision, and its
// follow-ups: each destination of an advice as the chain at a glance ("Stuurgroep ✓ 6 mei · Leudal open"), a
// click on one records where it stands. `measure` and `index` let the register render only the rows in view
// (useVirtualRows).
import { Badge, Body1, Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowForwardRegular, FolderOpenRegular, WarningRegular } from '@fluentui/react-icons';
import type { BodyView, DecisionView, FollowUpView } from '../../../../shared/api/views';
import { nlm } from '../../i18n/nl-meeting';
import { nlc } from '../../i18n/nl-chain';
import { KindLabel } from '../../components/KindLabel';
import { useAppState } from '../../app/state';
import { plainDate } from '../../lib/format';
import { FollowUpChain } from './FollowUpChain';
import { VoorstelButton } from './VoorstelMenu';

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
  followUp: { display: 'flex', flexDirection: 'column', gap: '6px', alignItems: 'flex-start', minWidth: 0 },
  overdue: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: '4px',
    color: tokens.colorPaletteRedForeground1,
  },
  link: { padding: 0, minWidth: 0, height: 'auto', textAlign: 'left', justifyContent: 'flex-start' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function DecisionRow({
  body,
  decision: d,
  index,
  highlight,
  measure,
  onOpen,
}: {
  body: BodyView;
  decision: DecisionView;
  index: number;
  highlight: boolean;
  measure: (el: Element | null) => void;
  onOpen: (followUp: FollowUpView) => void;
}) {
  const s = useStyles();
  const { navigate } = useAppState();
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
      <FollowUpCell body={body} decision={d} onOpen={onOpen} />
    </div>
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
