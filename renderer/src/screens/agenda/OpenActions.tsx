// Under item 2 of the agenda: the actions still open from earlier meetings, overdue ones marked. After years
// of meetings the list can be long: only the rows in view render (useVirtualRows).
import { Fragment, useRef } from 'react';
import { Badge, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ActionView } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { plainDate, truncate } from '../../lib/format';
import { GapRow } from '../../components/GapRow';
import { useVirtualRows } from '../../components/useVirtualRows';

const useStyles = makeStyles({
  actionsBox: {
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} 0`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  actionsTable: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  actionsTh: {
    textAlign: 'left',
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightSemibold,
    padding: `2px ${tokens.spacingHorizontalS}`,
  },
  actionsTd: {
    padding: `2px ${tokens.spacingHorizontalS}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: 'top',
  },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3 },
});

export function OpenActions({
  actions,
  boxRef,
}: {
  actions: ActionView[];
  boxRef: (el: HTMLElement | null) => void;
}) {
  const s = useStyles();
  const table = useRef<HTMLTableElement | null>(null);
  const virtual = useVirtualRows({ count: actions.length, estimate: 33, listRef: table });
  return (
    <div
      className={s.actionsBox}
      ref={boxRef}
      tabIndex={-1}
      data-testid="open-actions"
      aria-label={nl.agenda.openActions}
    >
      <Caption1>
        <strong>{nl.agenda.openActions}</strong>
        {actions.length ? ` (${actions.length})` : ''}
      </Caption1>
      {actions.length === 0 ? (
        <Caption1 className={s.meta}>{nl.agenda.openActionsNone}</Caption1>
      ) : (
        <table className={s.actionsTable} ref={table} aria-rowcount={actions.length + 1}>
          <thead>
            <tr>
              <th className={s.actionsTh} style={{ width: '40px' }}>
                {nl.agenda.colActionNr}
              </th>
              <th className={s.actionsTh}>{nl.agenda.colActionWhat}</th>
              <th className={s.actionsTh} style={{ width: '140px' }}>
                {nl.agenda.colActionWho}
              </th>
              <th className={s.actionsTh} style={{ width: '190px' }}>
                {nl.agenda.colActionDue}
              </th>
            </tr>
          </thead>
          <tbody>
            {virtual.rows.map(({ index, gapBefore }) => {
              const a = actions[index];
              if (!a) return null;
              return (
                <Fragment key={a.id}>
                  <GapRow height={gapBefore} columns={4} />
                  <tr
                    data-testid="open-action"
                    ref={virtual.measure}
                    data-index={index}
                    aria-rowindex={index + 2}
                  >
                    <td className={s.actionsTd}>{a.nr}</td>
                    <td className={s.actionsTd}>{truncate(a.what, 90)}</td>
                    <td className={s.actionsTd}>{a.who}</td>
                    <td className={mergeClasses(s.actionsTd, a.overdue && s.overdue)}>
                      {a.due ? plainDate(a.due) : nl.common.none}
                      {a.overdue ? (
                        <Badge
                          appearance="filled"
                          color="danger"
                          size="small"
                          shape="rounded"
                          style={{ marginLeft: 6 }}
                        >
                          {nl.agenda.overdue}
                        </Badge>
                      ) : null}
                    </td>
                  </tr>
                </Fragment>
              );
            })}
            <GapRow height={virtual.gapAfter} columns={4} />
          </tbody>
        </table>
      )}
    </div>
  );
}
