// The chain of an advice at a glance: one pill per destination — "Stuurgroep ✓ 6 mei", "Leudal open",
// "Weert ✗ 20 mei" — green for akkoord, red for niet akkoord, amber while waiting, with the full words for
// screen readers. With `onOpen` each pill is a button that opens that follow-up.
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { FollowUpView } from '../../../../shared/api/views';
import { chainSegments, type ChainSegment } from '../../../../shared/rules/chain';
import { nlc } from '../../i18n/nl-chain';

const useStyles = makeStyles({
  chain: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '4px',
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  pill: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: '4px',
    minHeight: '24px',
    minWidth: 0,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: 'nowrap',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  button: { height: 'auto' },
  yes: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `1px solid ${tokens.colorPaletteGreenBorder1}`,
  },
  no: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `1px solid ${tokens.colorPaletteRedBorder1}`,
  },
  waiting: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    border: `1px solid ${tokens.colorPaletteYellowBorder1}`,
  },
  overdue: { border: `1px solid ${tokens.colorPaletteRedBorderActive}` },
  who: { fontWeight: tokens.fontWeightSemibold },
  mark: { fontWeight: tokens.fontWeightBold },
  separator: { color: tokens.colorNeutralForeground3 },
});

function tone(segment: ChainSegment): 'yes' | 'no' | 'waiting' | null {
  if (segment.result === 'akkoord' || segment.result === 'akkoord met aanpassing') return 'yes';
  if (segment.result === 'niet akkoord') return 'no';
  if (segment.status === 'besloten') return null;
  return 'waiting';
}

export function FollowUpChain({
  followUps,
  year,
  onOpen,
}: {
  followUps: FollowUpView[];
  /** Dates in this year are written without it. */
  year?: number;
  onOpen?: (followUp: FollowUpView) => void;
}) {
  const s = useStyles();
  const segments = chainSegments(followUps, year);
  return (
    <ul className={s.chain} aria-label={nlc.chainLabel} data-testid="follow-up-chain">
      {segments.map((segment, i) => {
        const f = followUps[i] as FollowUpView;
        const t = tone(segment);
        const className = mergeClasses(s.pill, t ? s[t] : undefined, f.overdue && s.overdue);
        // The visible words first (WCAG 2.5.3, label in name), then what the sign means.
        const label = [
          `${segment.who} ${segment.detail}`,
          ...(segment.mark && segment.result ? [nlc.result[segment.result].toLowerCase()] : []),
          ...(f.overdue ? [nlc.overdueShort] : []),
        ].join(', ');
        const content = (
          <>
            <span className={s.who}>{segment.who}</span>{' '}
            {segment.mark ? (
              <>
                <span className={s.mark} aria-hidden>
                  {segment.mark}
                </span>{' '}
              </>
            ) : null}
            {segment.detail ? <span>{segment.detail}</span> : null}
          </>
        );
        return (
          <li key={f.id} data-testid="follow-up" data-status={f.status}>
            {onOpen ? (
              <Button
                className={mergeClasses(className, s.button)}
                appearance="transparent"
                size="small"
                aria-label={label}
                title={nlc.edit(segment.who)}
                onClick={() => onOpen(f)}
              >
                {content}
              </Button>
            ) : (
              <span className={className} role="img" aria-label={label}>
                {content}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
