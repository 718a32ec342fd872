// Under item 2 of the agenda: the actions still open from earlier meetings, overdue ones marked.
import { Badge, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ActionView } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { plainDate, truncate } from '../../lib/format';

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
        <table className={s.actionsTable}>
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
            {actions.map((a) => (
              <tr key={a.id} data-testid="open-action">
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
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
