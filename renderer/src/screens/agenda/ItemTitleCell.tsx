// The title cell of an agenda row: the title (a click edits), the proposal, who submitted it when, the flags
// (target, admitted late, missing parts, recurring, postponed) and, for a late item, admit or move on.
import { Badge, Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowForwardRegular, CheckmarkRegular, WarningFilled } from '@fluentui/react-icons';
import type { ItemView, MeetingDetail } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { localDateTime, plainDate } from '../../lib/format';
import type { LateResolution } from '../../../../shared/domain/types';
import { proposalLabel } from '../../lib/kinds';

const useStyles = makeStyles({
  titleCell: { display: 'flex', flexDirection: 'column', gap: '4px', minWidth: 0 },
  title: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    background: 'none',
    border: 'none',
    padding: 0,
    textAlign: 'left',
    cursor: 'pointer',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    ':hover': { textDecorationLine: 'underline' },
  },
  fixedTitle: { fontWeight: tokens.fontWeightRegular },
  meta: { color: tokens.colorNeutralForeground3 },
  proposal: {
    color: tokens.colorNeutralForeground2,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  flags: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  // A badge has one line's height; a long one ("besluit door: Stuurgroep én colleges van B&W" at 150 %) wraps
  // inside its box instead of running out of it.
  flag: { height: 'auto', minHeight: '20px', whiteSpace: 'normal', paddingTop: '1px', paddingBottom: '1px' },
  late: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
    border: `1px solid ${tokens.colorPaletteMarigoldBorder1}`,
    color: tokens.colorNeutralForeground1,
    alignSelf: 'flex-start',
  },
  lateIcon: { color: tokens.colorPaletteMarigoldForeground1, fontSize: '16px' },
  lateText: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  lateButtons: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

export function ItemTitleCell({
  item,
  meeting,
  tabIndex: tab,
  onEdit,
  onResolveLate,
}: {
  item: ItemView;
  meeting: MeetingDetail;
  tabIndex: number;
  onEdit: (item: ItemView) => void;
  onResolveLate: (item: ItemView, decision: LateResolution) => void;
}) {
  const s = useStyles();
  const typed = item.fixedRole === null;
  const submitted =
    item.submitter || item.submittedAt
      ? nl.agenda.submitted(
          item.submitter?.name ?? null,
          item.submittedAt ? localDateTime(item.submittedAt) : null,
        )
      : '';

  return (
    <div className={s.titleCell}>
      <button
        type="button"
        className={mergeClasses(s.title, !typed && s.fixedTitle)}
        tabIndex={-1}
        onClick={() => onEdit(item)}
      >
        {item.title}
      </button>
      {typed && item.proposal ? (
        <Caption1 className={s.proposal}>{`${proposalLabel(item.kind)}: ${item.proposal}`}</Caption1>
      ) : null}
      {typed && submitted ? <Caption1 className={s.meta}>{submitted}</Caption1> : null}
      {typed &&
      (item.target ||
        item.missing.length ||
        item.recurringKey ||
        item.postponedFrom ||
        (item.late && item.lateDecision === 'admitted')) ? (
        <div className={s.flags}>
          {item.target ? (
            <Badge appearance="outline" color="informative" shape="rounded" className={s.flag}>
              {nl.agenda.target(nl.targets[item.target])}
            </Badge>
          ) : null}
          {item.late && item.lateDecision === 'admitted' ? (
            <Badge
              appearance="tint"
              color="subtle"
              shape="rounded"
              className={s.flag}
              data-testid="late-admitted"
            >
              {nl.agenda.lateAdmitted}
            </Badge>
          ) : null}
          {item.missing.map((m) => (
            <Badge
              key={m}
              appearance="tint"
              color={m === 'document' ? 'subtle' : 'warning'}
              shape="rounded"
              className={s.flag}
              data-testid={`missing-${m}`}
            >
              {nl.missing[m] ?? m}
            </Badge>
          ))}
          {item.recurringKey ? (
            <Badge appearance="tint" color="subtle" shape="rounded" className={s.flag}>
              {nl.agenda.recurringBadge}
            </Badge>
          ) : null}
          {item.postponedFrom ? (
            <Badge appearance="tint" color="subtle" shape="rounded" className={s.flag}>
              {nl.agenda.postponedBadge(plainDate(item.postponedFrom.meetingDate))}
            </Badge>
          ) : null}
        </div>
      ) : null}
      {item.late && item.lateDecision === 'pending' ? (
        <div className={s.late} role="group" aria-label={nl.agenda.late} data-testid="late">
          <span className={s.lateText}>
            <WarningFilled className={s.lateIcon} aria-hidden />
            {nl.agenda.late}
          </span>
          <span className={s.lateButtons}>
            <Button
              size="small"
              icon={<CheckmarkRegular />}
              tabIndex={tab}
              onClick={() => onResolveLate(item, 'admit')}
            >
              {nl.agenda.admit}
            </Button>
            <Button
              size="small"
              icon={<ArrowForwardRegular />}
              tabIndex={tab}
              onClick={() => onResolveLate(item, 'moveToNext')}
              disabled={!meeting.nextMeeting}
            >
              {nl.agenda.toNext}
            </Button>
          </span>
        </div>
      ) : null}
    </div>
  );
}
