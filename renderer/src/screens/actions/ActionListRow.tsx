// One row of the action list (Acties): number, what (and where it was agreed), who, due date, status, and the
// button that opens it. Its keyboard, measuring and place-in-table props come from useTableRows.
import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import type { ActionView } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { useGridTableStyles } from '../../components/GridTable';
import type { TableRowProps } from '../../components/useTableRows';
import { plainDate, shortDate } from '../../lib/format';
import { StatusBadge } from './StatusBadge';

const useStyles = makeStyles({
  row: { cursor: 'pointer' },
  nr: {
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
    color: tokens.colorNeutralForeground2,
  },
  what: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  whatText: { fontWeight: tokens.fontWeightSemibold },
  closedText: { color: tokens.colorNeutralForeground3, textDecorationLine: 'line-through' },
  muted: { color: tokens.colorNeutralForeground3 },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  statusCell: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px' },
  cmd: { display: 'flex', justifyContent: 'flex-end' },
});

export function ActionListRow({
  action: a,
  highlight,
  onOpen,
  ...row
}: {
  action: ActionView;
  highlight: boolean;
  onOpen: () => void;
} & TableRowProps) {
  const s = useStyles();
  const g = useGridTableStyles();
  return (
    <tr
      {...row}
      className={mergeClasses(g.row, s.row, highlight && g.highlight)}
      onClick={onOpen}
      aria-label={nlm.actions.row(a.nr, a.what)}
      data-testid="action-list-row"
      data-status={a.status}
      data-overdue={a.overdue ? 'true' : undefined}
    >
      <td className={mergeClasses(g.td, s.nr)}>{a.nr}</td>
      <td className={g.td}>
        <span className={s.what}>
          <span className={mergeClasses(s.whatText, a.status !== 'open' && s.closedText)}>{a.what}</span>
          <Caption1 className={s.muted}>{nlm.actions.from(shortDate(a.meetingDate), a.itemTitle)}</Caption1>
        </span>
      </td>
      <td className={g.td}>{a.who}</td>
      <td className={mergeClasses(g.td, a.overdue && s.overdue)}>
        {a.due ? plainDate(a.due) : nl.common.none}
      </td>
      <td className={g.td}>
        <span className={s.statusCell}>
          <StatusBadge action={a} />
          {a.closedOn ? (
            <Caption1 className={s.muted}>
              {a.closedInMeetingDate
                ? nlm.actions.closedIn(shortDate(a.closedOn), shortDate(a.closedInMeetingDate))
                : nlm.actions.closedOn(shortDate(a.closedOn))}
            </Caption1>
          ) : null}
        </span>
      </td>
      <td className={g.td}>
        <span className={s.cmd}>
          <Button
            size="small"
            appearance="subtle"
            icon={<EditRegular />}
            tabIndex={-1}
            aria-label={nlm.actions.updateLabel(a.nr)}
            onClick={(e) => {
              e.stopPropagation();
              onOpen();
            }}
          >
            {nlm.actions.update}
          </Button>
        </span>
      </td>
    </tr>
  );
}
