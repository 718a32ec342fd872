// One agenda item in the notulist's record: its status, the discussion notes (saved as you go), the
// decision taken (besluitvormend) or the advice and where it goes (voorbereidend, which opens a follow-up),
// and the actions — what, who, when done — with fast keyboard entry: Enter adds the action and opens the
// next empty row.
import { useState } from 'react';
import {
  Badge,
  Button,
  Caption1,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, CheckmarkRegular, PauseRegular } from '@fluentui/react-icons';
import type { ItemView, MeetingDetail, PersonView } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { useApiMutation } from '../../api/queries';
import { KindLabel } from '../../components/KindLabel';
import { PreviousMinutes } from './PreviousMinutes';
import { NotesField } from './NotesField';
import { RecordActions } from './RecordActions';
import { RecordDecisions } from './RecordDecisions';
import { useRecordStyles } from './recordStyles';
import type { ItemStatus } from '../../../../shared/domain/types';
import { kindRules } from '../../../../shared/domain/item-kinds';
import { proposalLabel } from '../../lib/kinds';

const useStyles = makeStyles({
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    display: 'flex',
    flexDirection: 'column',
    scrollMarginTop: tokens.spacingVerticalL,
  },
  flash: {
    animationName: {
      from: { boxShadow: `0 0 0 3px ${tokens.colorBrandStroke1}` },
      to: { boxShadow: tokens.shadow2 },
    },
    animationDuration: '2s',
    animationTimingFunction: 'ease-out',
  },
  head: {
    display: 'grid',
    gridTemplateColumns: '32px minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  number: {
    width: '28px',
    height: '28px',
    borderRadius: '50%',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  headText: { display: 'flex', flexDirection: 'column', gap: '3px', minWidth: 0 },
  title: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  statusButtons: { display: 'flex', gap: tokens.spacingHorizontalXS },
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalL}`,
  },
  proposal: {
    color: tokens.colorNeutralForeground2,
    borderLeft: `3px solid ${tokens.colorBrandStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    whiteSpace: 'pre-wrap',
  },
});

export function ItemRecord({
  meeting,
  item,
  people,
  frozen,
  flash,
}: {
  meeting: MeetingDetail;
  item: ItemView;
  people: PersonView[];
  frozen: boolean;
  flash: boolean;
}) {
  const s = useStyles();
  const r = useRecordStyles();
  const typed = item.fixedRole === null;
  const setStatus = useApiMutation('items.setStatus');
  const needsDecision = kindRules(item.kind)?.minutes != null;
  const [showDecision, setShowDecision] = useState(false);

  const toggleStatus = (status: Exclude<ItemStatus, 'open'>) =>
    setStatus.mutate({ id: item.id, status: item.status === status ? 'open' : status });

  return (
    <article
      className={mergeClasses(s.card, flash && s.flash)}
      id={`record-${item.id}`}
      data-testid="record-item"
      data-item-id={item.id}
      aria-label={nl.agenda.row(item.number, item.title)}
    >
      <div className={s.head}>
        <span className={s.number}>{item.number}</span>
        <div className={s.headText}>
          <h2 className={s.title}>{item.title}</h2>
          {typed ? (
            <div className={r.flags}>
              <KindLabel kind={item.kind} />
              {item.target ? (
                <Badge appearance="outline" color="informative" shape="rounded">
                  {nl.agenda.target(nl.targets[item.target])}
                </Badge>
              ) : null}
              {item.elapsedSeconds > 0 ? (
                <Caption1 className={r.muted}>
                  {nlm.minutes.elapsed(
                    Math.max(1, Math.round(item.elapsedSeconds / 60)),
                    item.durationMinutes,
                  )}
                </Caption1>
              ) : null}
            </div>
          ) : null}
        </div>
        {typed ? (
          <div className={s.statusButtons} role="group" aria-label={nlm.minutes.itemStatus}>
            <ToggleButton
              size="small"
              icon={<CheckmarkRegular />}
              checked={item.status === 'handled'}
              disabled={frozen}
              onClick={() => toggleStatus('handled')}
            >
              {nlm.itemStatus.handled}
            </ToggleButton>
            <ToggleButton
              size="small"
              icon={<PauseRegular />}
              checked={item.status === 'postponed'}
              disabled={frozen}
              onClick={() => toggleStatus('postponed')}
            >
              {nlm.itemStatus.postponed}
            </ToggleButton>
          </div>
        ) : null}
      </div>
      <div className={s.content}>
        {typed && item.proposal ? (
          <Caption1 className={s.proposal}>
            {proposalLabel(item.kind)}: {item.proposal}
          </Caption1>
        ) : null}
        {item.status === 'postponed' ? (
          <Caption1 className={r.muted}>{nlm.minutes.postponedNote}</Caption1>
        ) : null}

        {item.fixedRole === 'minutes' ? <PreviousMinutes meeting={meeting} frozen={frozen} /> : null}

        <NotesField item={item} frozen={frozen} />

        {needsDecision || item.decisions.length > 0 || showDecision ? (
          <RecordDecisions item={item} frozen={frozen} />
        ) : !frozen ? (
          <Button
            className={r.addDecision}
            appearance="subtle"
            size="small"
            icon={<AddRegular />}
            onClick={() => setShowDecision(true)}
          >
            {nlm.minutes.addDecisionOptional}
          </Button>
        ) : null}

        <RecordActions item={item} actions={item.actions} people={people} frozen={frozen} />
      </div>
    </article>
  );
}
