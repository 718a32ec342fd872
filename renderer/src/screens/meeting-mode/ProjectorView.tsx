// The projector view (F5 in meeting mode): only the agenda, in big type, without controls; the current item
// stands out and shows its clock. Escape leaves it.
import { useEffect, useRef } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, PauseCircleFilled } from '@fluentui/react-icons';
import type { BodyView, ItemView, MeetingDetail } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { longDate } from '../../lib/format';
import { clock } from './timing';

const useStyles = makeStyles({
  root: {
    position: 'fixed',
    inset: 0,
    zIndex: 1000,
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: '#ffffff',
    color: tokens.colorNeutralForeground1,
    padding: '3vh 4vw',
    gap: '2.2vh',
    cursor: 'none',
    overflow: 'hidden',
  },
  header: {
    display: 'flex',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: '2vw',
    borderBottom: `3px solid ${tokens.colorBrandStroke1}`,
    paddingBottom: '1.6vh',
  },
  body: {
    margin: 0,
    fontSize: 'clamp(18px, 2.6vh, 30px)',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  date: { fontSize: 'clamp(16px, 2.4vh, 28px)', color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: '1vh',
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    flexGrow: 1,
    minHeight: 0,
    overflow: 'hidden',
  },
  row: {
    display: 'grid',
    gridTemplateColumns: '1.5em minmax(0, 1fr) auto',
    alignItems: 'center',
    gap: '1.2vw',
    padding: '1.1vh 1.4vw',
    borderRadius: '10px',
    fontSize: 'var(--projector-size)',
    lineHeight: 1.25,
  },
  current: { backgroundColor: tokens.colorBrandBackground, color: '#ffffff' },
  done: { color: tokens.colorNeutralForeground4 },
  number: { fontWeight: tokens.fontWeightBold, fontVariantNumeric: 'tabular-nums', textAlign: 'right' },
  title: {
    fontWeight: tokens.fontWeightSemibold,
    overflow: 'hidden',
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
  },
  titleLine: { display: 'flex', alignItems: 'baseline', gap: '0.5em', minWidth: 0 },
  titleDone: { textDecorationLine: 'line-through', textDecorationThickness: '2px' },
  side: {
    fontSize: '0.7em',
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
    display: 'flex',
    alignItems: 'center',
    gap: '0.5em',
  },
  kind: { fontSize: '0.55em', fontWeight: tokens.fontWeightRegular, opacity: 0.8, whiteSpace: 'nowrap' },
  // White at 80 % on the brand colour is 4.0:1, too little for text this size at 150 %: full white there.
  kindCurrent: { opacity: 1 },
  postponedRow: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  icon: { fontSize: '1.1em' },
  handled: { color: tokens.colorPaletteGreenForeground1 },
  postponed: { color: tokens.colorPaletteMarigoldForeground1 },
  footer: {
    display: 'flex',
    justifyContent: 'space-between',
    color: tokens.colorNeutralForeground3,
    fontSize: 'clamp(13px, 1.8vh, 20px)',
  },
});

export function ProjectorView({
  meeting,
  body,
  currentId,
  live,
  running,
}: {
  meeting: MeetingDetail;
  body: BodyView;
  currentId: string | null;
  live: (item: ItemView) => number;
  running: string | null;
}) {
  const s = useStyles();
  const items = meeting.items;
  // Big type that still fits: fewer items, bigger letters.
  const size = `clamp(20px, min(${Math.min(6, 62 / Math.max(items.length, 1)).toFixed(2)}vh, 3.6vw), 60px)`;
  const currentRef = useRef<HTMLLIElement | null>(null);
  useEffect(() => {
    currentRef.current?.scrollIntoView({ block: 'nearest' });
  }, [currentId]);
  return (
    <div
      className={s.root}
      data-testid="projector"
      role="presentation"
      style={{ ['--projector-size' as string]: size }}
    >
      <div className={s.header}>
        <h1 className={s.body}>{body.name}</h1>
        <span className={s.date}>
          {longDate(meeting.date)} · {nl.time.at(meeting.start)}
        </span>
      </div>
      <ol className={s.list} aria-label={nlm.mode.agenda}>
        {items.map((item) => {
          const isCurrent = item.id === currentId;
          const done = !isCurrent && item.status === 'handled';
          const postponed = !isCurrent && item.status === 'postponed';
          return (
            <li
              key={item.id}
              ref={isCurrent ? currentRef : undefined}
              className={mergeClasses(
                s.row,
                isCurrent && s.current,
                done && s.done,
                postponed && s.postponedRow,
              )}
              aria-current={isCurrent ? 'step' : undefined}
              data-testid="projector-row"
              data-current={isCurrent ? 'true' : undefined}
            >
              <span className={s.number}>{item.number}.</span>
              <span className={s.titleLine}>
                <span className={mergeClasses(s.title, done && s.titleDone)}>{item.title}</span>
                {item.kind !== 'vast' ? (
                  <span className={mergeClasses(s.kind, isCurrent && s.kindCurrent)}>
                    {nl.kinds[item.kind].toLowerCase()}
                  </span>
                ) : null}
              </span>
              <span className={s.side}>
                {item.status === 'handled' ? (
                  <CheckmarkCircleFilled
                    className={mergeClasses(s.icon, !isCurrent && s.handled)}
                    aria-label={nlm.itemStatus.handled}
                  />
                ) : null}
                {item.status === 'postponed' ? (
                  <PauseCircleFilled
                    className={mergeClasses(s.icon, !isCurrent && s.postponed)}
                    aria-label={nlm.itemStatus.postponed}
                  />
                ) : null}
                {isCurrent && (running === item.id || live(item) > 0)
                  ? clock(live(item))
                  : (item.startsAt ?? '')}
              </span>
            </li>
          );
        })}
      </ol>
      <div className={s.footer}>
        <span>{meeting.location}</span>
        <span>{nlm.mode.projectorLeave}</span>
      </div>
    </div>
  );
}
