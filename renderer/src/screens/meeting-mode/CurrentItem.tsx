// The current item in meeting mode: its type and status, the title, the clock against the planned minutes,
// the proposed decision, the explanation, the open actions (item 2), the documents, and the controls.
import { useLayoutEffect, useRef } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  ProgressBar,
  ToggleButton,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowLeftRegular,
  ArrowRightRegular,
  CheckmarkRegular,
  PauseRegular,
  PlayRegular,
  StopRegular,
} from '@fluentui/react-icons';
import type { ItemView, MeetingDetail } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { plainDate } from '../../lib/format';
import { KindLabel } from '../../components/KindLabel';
import { clock } from './timing';
import type { ItemTimer } from './useItemTimer';
import { CurrentDocuments } from './CurrentDocuments';
import { OpenActionsBlock } from './OpenActionsBlock';
import { useModeStyles } from './styles';
import type { ItemStatus } from '../../../../shared/domain/types';
import { proposalLabel as proposalLabelOf } from '../../lib/kinds';

const useStyles = makeStyles({
  panelScroll: {
    flexGrow: 1,
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  panelTop: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  position: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold },
  title: { fontSize: '28px', lineHeight: '36px', fontWeight: tokens.fontWeightSemibold, margin: 0 },
  timerRow: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr) auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  timerDigits: {
    fontSize: '34px',
    lineHeight: '40px',
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
    minWidth: '110px',
  },
  timerRunning: { color: tokens.colorBrandForeground1 },
  timerOver: { color: tokens.colorPaletteRedForeground1 },
  timerInfo: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  proposal: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderLeft: `4px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: 'pre-wrap',
  },
  explanation: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    whiteSpace: 'pre-wrap',
    color: tokens.colorNeutralForeground2,
  },
  controls: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  spacer: { flexGrow: 1 },
});

export function CurrentItem({
  meeting,
  item,
  index,
  total,
  timer,
  seconds,
  frozen,
  onPrevious,
  onNext,
  onMark,
}: {
  meeting: MeetingDetail;
  item: ItemView;
  index: number;
  total: number;
  timer: ItemTimer;
  seconds: number;
  frozen: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onMark: (status: Exclude<ItemStatus, 'open'>) => void;
}) {
  const s = useStyles();
  const m = useModeStyles();
  const running = timer.runningFor === item.id;
  const planned = (item.durationMinutes ?? 0) * 60;
  const over = planned > 0 && seconds > planned;
  const typed = item.fixedRole === null;
  const proposalLabel = proposalLabelOf(item.kind);
  const scroll = useRef<HTMLDivElement | null>(null);
  useLayoutEffect(() => {
    scroll.current?.scrollTo({ top: 0 });
  }, [item.id]);

  return (
    <section
      className={m.panel}
      aria-label={nlm.mode.currentItem}
      data-testid="current-item"
      data-item-id={item.id}
    >
      <div className={s.panelScroll} ref={scroll}>
        <div className={s.panelTop}>
          <Caption1 className={s.position}>{nlm.mode.position(item.number, total)}</Caption1>
          <KindLabel kind={item.kind} />
          {item.target ? (
            <Badge appearance="outline" color="informative" shape="rounded">
              {nl.agenda.target(nl.targets[item.target])}
            </Badge>
          ) : null}
          {item.status !== 'open' ? (
            <Badge
              appearance="filled"
              color={item.status === 'handled' ? 'success' : 'warning'}
              shape="rounded"
              data-testid="current-status"
            >
              {nlm.itemStatus[item.status]}
            </Badge>
          ) : null}
          {item.postponedFrom ? (
            <Badge appearance="tint" color="subtle" shape="rounded">
              {nl.agenda.postponedBadge(plainDate(item.postponedFrom.meetingDate))}
            </Badge>
          ) : null}
        </div>
        <h2 className={s.title} data-testid="current-title">
          {item.title}
        </h2>

        <div className={s.timerRow}>
          <span
            className={mergeClasses(s.timerDigits, running && s.timerRunning, over && s.timerOver)}
            data-testid="timer"
            aria-live="off"
          >
            {clock(seconds)}
          </span>
          <div className={s.timerInfo}>
            <Body1>
              {item.durationMinutes
                ? nlm.mode.planned(item.durationMinutes, item.startsAt)
                : nlm.mode.noPlanned}
              {over ? (
                <strong className={s.over}> · {nlm.mode.over(Math.ceil((seconds - planned) / 60))}</strong>
              ) : null}
            </Body1>
            {planned > 0 ? (
              <ProgressBar
                aria-label={nlm.mode.timeUsed}
                value={Math.min(1, seconds / planned)}
                color={over ? 'error' : seconds / planned > 0.85 ? 'warning' : 'brand'}
                thickness="large"
              />
            ) : null}
          </div>
          <Tooltip content={nlm.mode.timerHint} relationship="description">
            <Button
              appearance={running ? 'primary' : 'secondary'}
              size="large"
              icon={running ? <StopRegular /> : <PlayRegular />}
              onClick={() => timer.toggle(item.id)}
              aria-keyshortcuts="Space"
              data-testid="timer-toggle"
            >
              {running ? nlm.mode.stop : nlm.mode.start}
            </Button>
          </Tooltip>
        </div>

        {typed && item.proposal ? (
          <div className={m.block}>
            <span className={m.blockLabel}>{proposalLabel}</span>
            <div className={s.proposal} data-testid="current-proposal">
              {item.proposal}
            </div>
          </div>
        ) : null}
        {item.explanation ? (
          <div className={m.block}>
            <span className={m.blockLabel}>{nl.item.explanation}</span>
            <Body1 className={s.explanation}>{item.explanation}</Body1>
          </div>
        ) : null}

        {item.fixedRole === 'minutes' ? <OpenActionsBlock meeting={meeting} /> : null}

        <CurrentDocuments item={item} />
        {typed && item.submitter ? (
          <Caption1 className={m.hint}>{nl.agenda.submitter(item.submitter.name)}</Caption1>
        ) : null}
      </div>

      <div className={s.controls}>
        <Button
          icon={<ArrowLeftRegular />}
          onClick={onPrevious}
          disabled={index === 0}
          aria-keyshortcuts="ArrowLeft PageUp k"
        >
          {nlm.mode.previous}
        </Button>
        <div className={s.spacer} />
        {typed ? (
          <>
            <ToggleButton
              icon={<CheckmarkRegular />}
              appearance={item.status === 'handled' ? 'primary' : 'secondary'}
              checked={item.status === 'handled'}
              onClick={() => onMark('handled')}
              disabled={frozen}
              aria-keyshortcuts="h"
              data-testid="mark-handled"
            >
              {nlm.mode.handled}
            </ToggleButton>
            <ToggleButton
              icon={<PauseRegular />}
              appearance={item.status === 'postponed' ? 'primary' : 'secondary'}
              checked={item.status === 'postponed'}
              onClick={() => onMark('postponed')}
              disabled={frozen}
              aria-keyshortcuts="p"
              data-testid="mark-postponed"
            >
              {nlm.mode.postpone}
            </ToggleButton>
          </>
        ) : null}
        <div className={s.spacer} />
        <Button
          appearance="primary"
          icon={<ArrowRightRegular />}
          iconPosition="after"
          onClick={onNext}
          disabled={index >= total - 1}
          aria-keyshortcuts="ArrowRight PageDown j"
        >
          {nlm.mode.next}
        </Button>
      </div>
    </section>
  );
}
