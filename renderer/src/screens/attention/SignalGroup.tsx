// One group of signals on "Aandacht": a meeting (its agenda, its minutes) or the overdue actions, with its
// counts by severity at once and its first few signals; the rest on request. Ten years of data once gave
// 1,400 lines here; grouped, the screen says what needs doing first and stays short.
import { useId, useState } from 'react';
import { Badge, Body1, Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  CalendarLtrRegular,
  CheckboxCheckedRegular,
  GavelRegular,
  ChevronRightRegular,
  ErrorCircleFilled,
  InfoFilled,
  WarningFilled,
} from '@fluentui/react-icons';
import type { AttentionGroup, Severity, WarningView } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { longDate } from '../../lib/format';

/** Signals shown before "Nog n tonen". */
export const SIGNALS_SHOWN = 3;
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  head: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  headIcon: { fontSize: '16px', display: 'flex', color: tokens.colorNeutralForeground3 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  headLink: { marginLeft: 'auto' },
  list: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, listStyleType: 'none' },
  warning: {
    width: '100%',
    display: 'grid',
    gridTemplateColumns: '24px 84px minmax(0, 1fr) auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    border: 'none',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: 'transparent',
    textAlign: 'left',
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  icon: { fontSize: '20px', display: 'flex' },
  error: { color: tokens.colorPaletteRedForeground1 },
  // Foreground1 (#d39300) has 2.6:1 on white: below WCAG's 4.5:1 for text and 3:1 for an icon that carries meaning.
  warn: { color: tokens.colorPaletteMarigoldForeground2 },
  warnText: { color: tokens.colorPaletteMarigoldForeground2 },
  info: { color: tokens.colorBrandForeground1 },
  go: {
    display: 'flex',
    alignItems: 'center',
    gap: '2px',
    color: tokens.colorBrandForeground1,
    whiteSpace: 'nowrap',
  },
  more: {
    alignSelf: 'flex-start',
    margin: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
  },
});

export function SignalGroup({
  group,
  signals,
  onGo,
  onAllOverdue,
}: {
  group: AttentionGroup;
  signals: readonly WarningView[];
  onGo: (w: WarningView) => void;
  onAllOverdue: () => void;
}) {
  const s = useStyles();
  const heading = useId();
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? signals : signals.slice(0, SIGNALS_SHOWN);
  const hidden = signals.length - shown.length;
  const title =
    group.kind === 'follow-ups'
      ? nl.attention.groupFollowUps
      : group.kind === 'actions' || !group.meeting
        ? nl.attention.groupActions
        : nl.attention.groupMeeting(longDate(group.meeting.date));
  return (
    <section className={s.group} aria-labelledby={heading} data-testid="signal-group" data-group={group.kind}>
      <div className={s.head}>
        <span className={s.headIcon} aria-hidden>
          {group.kind === 'actions' ? (
            <CheckboxCheckedRegular />
          ) : group.kind === 'follow-ups' ? (
            <GavelRegular />
          ) : (
            <CalendarLtrRegular />
          )}
        </span>
        <h3 className={s.title} id={heading}>
          {title}
        </h3>
        <span className={s.badges} data-testid="signal-counts">
          {SEVERITIES.filter((sev) => group.counts[sev] > 0).map((sev) => (
            <Badge key={sev} appearance="tint" shape="rounded" color={BADGE_COLOR[sev]}>
              {nl.attention.groupCount[sev](group.counts[sev])}
            </Badge>
          ))}
        </span>
        {group.kind === 'actions' ? (
          <Button className={s.headLink} appearance="transparent" size="small" onClick={onAllOverdue}>
            {nl.attention.allOverdue}
          </Button>
        ) : null}
      </div>
      <ul className={s.list} aria-labelledby={heading}>
        {shown.map((w, i) => (
          <SignalLine key={i} warning={w} onGo={() => onGo(w)} />
        ))}
      </ul>
      {hidden > 0 || expanded ? (
        <Button
          className={s.more}
          appearance="subtle"
          size="small"
          aria-expanded={expanded}
          onClick={() => setExpanded((x) => !x)}
          data-testid="signal-more"
        >
          {expanded ? nl.attention.showLess : nl.attention.showMore(hidden)}
        </Button>
      ) : null}
    </section>
  );
}

function SignalLine({ warning: w, onGo }: { warning: WarningView; onGo: () => void }) {
  const s = useStyles();
  const tone = w.severity === 'error' ? s.error : w.severity === 'warning' ? s.warn : s.info;
  const text = w.severity === 'warning' ? s.warnText : tone;
  return (
    <li>
      <button type="button" className={s.warning} onClick={onGo} data-kind={w.kind}>
        <span className={mergeClasses(s.icon, tone)} aria-hidden>
          {w.severity === 'error' ? (
            <ErrorCircleFilled />
          ) : w.severity === 'warning' ? (
            <WarningFilled />
          ) : (
            <InfoFilled />
          )}
        </span>
        <Caption1 className={text}>
          <strong>{nl.attention.severity[w.severity]}</strong>
        </Caption1>
        <Body1>{w.message}</Body1>
        <Caption1 className={s.go}>
          {nl.attention.goTo[w.link.screen] ?? nl.attention.go} <ChevronRightRegular aria-hidden />
        </Caption1>
      </button>
    </li>
  );
}
