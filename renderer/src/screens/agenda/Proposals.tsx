// What the agenda could still hold (recurring items due, postponed items, answers to advice), each one click
// from being added.
import { Badge, Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, SparkleRegular } from '@fluentui/react-icons';
import type { ProposalView } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { Section } from '../../components/Page';

const useStyles = makeStyles({
  proposals: {
    backgroundColor: tokens.colorBrandBackground2,
    borderTopColor: tokens.colorBrandStroke2,
    borderRightColor: tokens.colorBrandStroke2,
    borderBottomColor: tokens.colorBrandStroke2,
    borderLeftColor: tokens.colorBrandStroke2,
  },
  proposalList: { display: 'flex', flexDirection: 'column', gap: '6px' },
  proposalsTitle: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorBrandForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  proposal: {
    display: 'grid',
    gridTemplateColumns: '100px minmax(0, 1fr) auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} 0 0`,
    borderTop: `1px solid ${tokens.colorBrandStroke2}`,
  },
  proposalText: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function Proposals({
  proposals,
  busy,
  onAdd,
}: {
  proposals: ProposalView[];
  busy: boolean;
  onAdd: (proposal: ProposalView) => void;
}) {
  const s = useStyles();
  return (
    <Section dense className={s.proposals}>
      <div className={s.proposalList} data-testid="proposals" role="group" aria-label={nl.agenda.proposals}>
        <Caption1 className={s.proposalsTitle}>
          <SparkleRegular aria-hidden /> {nl.agenda.proposals}
        </Caption1>
        {proposals.map((p) => (
          <div key={p.key} className={s.proposal}>
            <Badge appearance="tint" color="brand" shape="rounded">
              {nl.agenda.proposalKind[p.kind] ?? p.kind}
            </Badge>
            <div className={s.proposalText}>
              <Body1>
                <strong>{p.title}</strong>{' '}
                <span className={s.muted}>
                  · {nl.kinds[p.itemKind]} · {p.reason}
                </span>
              </Body1>
            </div>
            <Button
              size="small"
              icon={<AddRegular />}
              onClick={() => onAdd(p)}
              disabled={busy}
              aria-label={`${nl.agenda.proposalAdd}: ${p.title}`}
            >
              {nl.agenda.proposalAdd}
            </Button>
          </div>
        ))}
      </div>
    </Section>
  );
}
