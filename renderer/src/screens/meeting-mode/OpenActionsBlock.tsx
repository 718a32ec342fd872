// At item 2 (the previous minutes): the actions still open, as the chair goes through them.
import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { MeetingDetail } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { plainDate } from '../../lib/format';
import { useModeStyles } from './styles';

const useStyles = makeStyles({
  actionsList: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export function OpenActionsBlock({ meeting }: { meeting: MeetingDetail }) {
  const s = useStyles();
  const m = useModeStyles();
  const open = meeting.openActions.filter((a) => a.status === 'open');
  return (
    <div className={m.block}>
      <span className={m.blockLabel}>{nl.agenda.openActions}</span>
      {open.length === 0 ? (
        <Caption1 className={m.hint}>{nl.agenda.openActionsNone}</Caption1>
      ) : (
        <ul className={s.actionsList} data-testid="mode-open-actions">
          {open.slice(0, 8).map((a) => (
            <li key={a.id}>
              <Body1>
                {a.nr}. {a.what} — {a.who}
                {a.due ? (
                  <span className={a.overdue ? s.overdue : m.hint}>
                    {' '}
                    ({plainDate(a.due)}
                    {a.overdue ? `, ${nl.agenda.overdue}` : ''})
                  </span>
                ) : null}
              </Body1>
            </li>
          ))}
          {open.length > 8 ? (
            <Caption1 className={m.hint}>{nlm.mode.moreActions(open.length - 8)}</Caption1>
          ) : null}
        </ul>
      )}
    </div>
  );
}
