// The frame of every screen: a header (title, subtitle, commands) and a scrolling body with cards.
import { useEffect, type ReactNode } from 'react';
import {
  Body1,
  Spinner,
  Subtitle2,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
  Button,
} from '@fluentui/react-components';
import { nl } from '../i18n/nl';
import { errorMessage } from '../api/errors';
import { ErrorBar } from './ErrorBar';

/** For a sticky header in the scrolling body: its top edge, above the body's top padding. */
export const PAGE_PADDING_TOP_OFFSET = `calc(-1 * ${tokens.spacingVerticalL})`;

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0 },
  header: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL} ${tokens.spacingVerticalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    flexShrink: 0,
  },
  headings: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    flexGrow: 1,
  },
  subtitle: { color: tokens.colorNeutralForeground3 },
  commands: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexShrink: 0 },
  body: {
    flexGrow: 1,
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL} ${tokens.spacingVerticalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    // Nothing in the scrolling column shrinks: a message bar squeezed to less than its content let its
    // buttons and second line run under the card below.
    '& > *': { flexShrink: 0 },
  },
  section: {
    // Never shrink in the scrolling column (a flush section has overflow hidden and would collapse).
    flexShrink: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  // clip, not hidden: hidden would make the card a scroll container and break the sticky headers inside it.
  sectionFlush: { padding: 0, gap: 0, overflow: 'clip' },
  sectionDense: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    gap: tokens.spacingVerticalS,
  },
  sectionHeader: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  sectionHeaderFlush: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  sectionActions: {
    flexShrink: 0,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    whiteSpace: 'nowrap',
  },
  sectionTitles: { display: 'flex', flexDirection: 'column', gap: '2px', flexGrow: 1, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  center: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    padding: tokens.spacingVerticalXXXL,
  },
});

export function Page({
  title,
  subtitle,
  commands,
  children,
  before,
  windowTitle,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  commands?: ReactNode;
  children: ReactNode;
  before?: ReactNode;
  /** The window's title (taskbar, Alt+Tab); defaults to the page title when that is text. */
  windowTitle?: string;
}) {
  const s = useStyles();
  const text = windowTitle ?? (typeof title === 'string' ? title : null);
  useEffect(() => {
    document.title = text ? `${text} — ${nl.app.name}` : nl.app.name;
  }, [text]);
  return (
    <div className={s.page}>
      {before}
      <header className={s.header}>
        <div className={s.headings}>
          <Title3 as="h1">{title}</Title3>
          {subtitle ? <Body1 className={s.subtitle}>{subtitle}</Body1> : null}
        </div>
        {commands ? <div className={s.commands}>{commands}</div> : null}
      </header>
      {/* data-scroll-pane: where long lists find the element they scroll in (useVirtualRows). */}
      <div className={s.body} data-scroll-pane>
        {children}
      </div>
    </div>
  );
}

export function Section({
  title,
  hint,
  actions,
  children,
  flush,
  dense,
  id,
  className,
}: {
  title?: ReactNode;
  hint?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  flush?: boolean;
  dense?: boolean;
  id?: string;
  className?: string;
}) {
  const s = useStyles();
  return (
    <section
      className={mergeClasses(s.section, flush && s.sectionFlush, dense && s.sectionDense, className)}
      id={id}
      aria-label={typeof title === 'string' ? title : undefined}
    >
      {title || actions ? (
        <div className={mergeClasses(s.sectionHeader, flush && s.sectionHeaderFlush)}>
          <div className={s.sectionTitles}>
            {title ? <Subtitle2 as="h2">{title}</Subtitle2> : null}
            {hint ? <Body1 className={s.hint}>{hint}</Body1> : null}
          </div>
          {actions ? <div className={s.sectionActions}>{actions}</div> : null}
        </div>
      ) : null}
      {children}
    </section>
  );
}

export function Loading({ label = nl.common.loading }: { label?: string }) {
  const s = useStyles();
  return (
    <div className={s.center}>
      <Spinner size="small" label={label} />
    </div>
  );
}

export function LoadError({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <ErrorBar
      title={nl.errors.loadFailed}
      actions={onRetry ? <Button onClick={onRetry}>{nl.errors.retry}</Button> : undefined}
    >
      {message}
    </ErrorBar>
  );
}

/** Where a list's query stands before it has data: loading, or failed with a retry. */
export function QueryStatus({
  query,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
}) {
  return (
    <>
      {query.isPending ? <Loading /> : null}
      {query.isError ? (
        <LoadError message={errorMessage(query.error)} onRetry={() => void query.refetch()} />
      ) : null}
    </>
  );
}
