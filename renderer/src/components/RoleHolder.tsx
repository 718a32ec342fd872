// A chair or notulist: the name, and when overridden a visible mark with the reason as explanation.
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { LazyTooltip } from './LazyTooltip';
import type { RoleHolderView } from '../../../shared/api/views';
import { nl } from '../i18n/nl';

const useStyles = makeStyles({
  wrap: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  unknown: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  name: {
    textDecorationLine: 'underline',
    textDecorationStyle: 'dotted',
    textDecorationColor: tokens.colorNeutralStroke1,
    textUnderlineOffset: '3px',
  },
});

export function RoleHolder({ holder }: { holder: RoleHolderView }) {
  const s = useStyles();
  const name = holder.name ?? nl.meetings.unknown;
  const explanation =
    holder.overridden && holder.reason
      ? `${holder.explanation} — ${nl.meetings.overrideTitle(holder.reason)}`
      : holder.explanation;
  return (
    <span className={s.wrap}>
      <LazyTooltip content={explanation} relationship="description" withArrow>
        <span className={holder.name ? s.name : s.unknown} tabIndex={-1}>
          {name}
        </span>
      </LazyTooltip>
      {holder.overridden ? (
        <LazyTooltip
          content={holder.reason ? nl.meetings.overrideTitle(holder.reason) : holder.explanation}
          relationship="description"
          withArrow
        >
          <Badge appearance="tint" color="warning" size="small" shape="rounded" data-testid="override">
            {nl.meetings.override}
          </Badge>
        </LazyTooltip>
      ) : null}
    </span>
  );
}
