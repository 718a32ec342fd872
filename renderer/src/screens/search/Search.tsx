// Search across the body's meetings as you type: agenda items (with their notes), decisions, actions, and
// documents by title and by the text inside them (a hit shows the letter, item and page: "B – Stavaza
// Beschermd wonen, p. 3"), with the matched words highlighted in the snippet. A result opens its place: the item
// on its agenda (or in the minutes), the decisions register, the action list. ↓ moves from the box into
// the results, ↑/↓ between them, Enter opens.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  SearchBox,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  CheckboxCheckedRegular,
  DocumentRegular,
  GavelRegular,
  NotepadRegular,
  TextBulletListSquareRegular,
} from '@fluentui/react-icons';
import type { BodyView, SearchResultView } from '../../../../shared/api/views';
import { nlm } from '../../i18n/nl-meeting';
import { LoadError, Page, Section } from '../../components/Page';
import { useApiQuery } from '../../api/queries';
import { errorMessage } from '../../api/errors';
import { useAppState, type Route } from '../../app/state';
import { plainDate } from '../../lib/format';
import type { MeetingRoute } from '../meeting-mode/routes';
import { Snippet } from './Snippet';
import { markTitle } from './highlight';
import { useDebounced } from './useDebounced';

const useStyles = makeStyles({
  box: { width: '100%', maxWidth: '720px', fontSize: tokens.fontSizeBase400 },
  top: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  status: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
    minHeight: '20px',
  },
  list: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, listStyleType: 'none' },
  result: {
    display: 'grid',
    gridTemplateColumns: '32px minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  hit: {
    gridColumn: '1 / 3',
    display: 'grid',
    gridTemplateColumns: '32px minmax(0, 1fr)',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
    textAlign: 'left',
    border: 'none',
    background: 'none',
    padding: 0,
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusMedium,
    outline: 'none',
    ':focus-visible': { boxShadow: `0 0 0 2px ${tokens.colorStrokeFocus2}` },
  },
  icon: {
    width: '32px',
    height: '32px',
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: '18px',
  },
  item: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2 },
  decision: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
  },
  action: {
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
    color: tokens.colorPaletteMarigoldForeground2,
  },
  document: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2 },
  text: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  head: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  meta: { color: tokens.colorNeutralForeground3 },
  snippet: { color: tokens.colorNeutralForeground2 },
  empty: {
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground3,
  },
  tips: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
});

const ICONS = {
  item: <TextBulletListSquareRegular />,
  decision: <GavelRegular />,
  action: <CheckboxCheckedRegular />,
  document: <DocumentRegular />,
};

let lastQuery = '';

function placeOf(r: SearchResultView): Route {
  switch (r.kind) {
    case 'decision':
      return { screen: 'decisions', decisionId: r.id };
    case 'action':
      return { screen: 'actions', status: 'all', actionId: r.id };
    default:
      return { screen: 'meeting', meetingId: r.meetingId, ...(r.itemId ? { itemId: r.itemId } : {}) };
  }
}

export function SearchScreen({
  body,
  route,
}: {
  body: BodyView;
  route: Extract<MeetingRoute, { screen: 'search' }>;
}) {
  const s = useStyles();
  const { navigate } = useAppState();
  const [q, setQ] = useState(route.q ?? lastQuery);
  // A short pause only skips the letters of a fast typist; the search itself takes ~10–30 ms on ten years of
  // data (bench:archive), so the results show well within 100 ms of the last key (bench:ui).
  const debounced = useDebounced(q.trim(), 40);
  const search = useApiQuery(
    'search.query',
    { bodyId: body.id, q: debounced, limit: 50 },
    { enabled: debounced.length > 0, placeholderData: keepPreviousData },
  );
  const input = useRef<HTMLInputElement | null>(null);
  const list = useRef<HTMLUListElement | null>(null);
  const results = debounced ? (search.data ?? []) : [];
  const typing = q.trim() !== debounced || search.isFetching;

  useEffect(() => {
    lastQuery = q;
  }, [q]);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const buttons = () =>
    Array.from(list.current?.querySelectorAll<HTMLButtonElement>('button[data-hit]') ?? []);
  const onListKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const all = buttons();
    const index = all.indexOf(document.activeElement as HTMLButtonElement);
    e.preventDefault();
    if (e.key === 'ArrowDown') all[Math.min(all.length - 1, index + 1)]?.focus();
    else if (index <= 0) input.current?.focus();
    else all[index - 1]?.focus();
  };

  return (
    <Page title={nlm.search.title} subtitle={`${body.name} · ${nlm.search.subtitle}`}>
      <Section dense>
        <div className={s.top}>
          <SearchBox
            ref={input}
            className={s.box}
            size="large"
            value={q}
            onChange={(_e, d) => setQ(d.value)}
            placeholder={nlm.search.placeholder}
            aria-label={nlm.search.label}
            data-testid="search-box"
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                buttons()[0]?.focus();
              } else if (e.key === 'Enter') {
                const first = results[0];
                if (first) navigate(placeOf(first));
              }
            }}
          />
          <div className={s.status} aria-live="polite" data-testid="search-status">
            {debounced && typing ? <Spinner size="extra-tiny" /> : null}
            {debounced && search.data ? (
              <Caption1>{nlm.search.count(results.length, debounced)}</Caption1>
            ) : null}
          </div>
        </div>
      </Section>

      {search.isError ? (
        <LoadError message={errorMessage(search.error)} onRetry={() => void search.refetch()} />
      ) : null}

      {!debounced ? (
        <Section title={nlm.search.tipsTitle}>
          <ul className={s.tips}>
            {nlm.search.tips.map((t) => (
              <li key={t}>
                <Body1>{t}</Body1>
              </li>
            ))}
          </ul>
        </Section>
      ) : results.length === 0 && search.data && !typing ? (
        <Section>
          <div className={s.empty}>{nlm.search.none(debounced)}</div>
        </Section>
      ) : results.length > 0 ? (
        <Section flush>
          <ul
            className={s.list}
            ref={list}
            onKeyDown={onListKey}
            aria-label={nlm.search.results}
            data-testid="search-results"
            data-query={search.isPlaceholderData ? undefined : debounced}
          >
            {results.map((r) => (
              <li
                key={`${r.kind}-${r.id}`}
                className={s.result}
                data-testid="search-result"
                data-kind={r.kind}
              >
                <button type="button" className={s.hit} data-hit onClick={() => navigate(placeOf(r))}>
                  <span className={mergeClasses(s.icon, s[r.kind])} aria-hidden>
                    {ICONS[r.kind]}
                  </span>
                  <span className={s.text}>
                    <span className={s.head}>
                      <span className={s.title} data-testid="hit-title">
                        {r.document ? (
                          <Snippet
                            text={markTitle(
                              nlm.search.documentHit(r.document.label, r.document.itemTitle, r.page),
                              debounced,
                            )}
                          />
                        ) : r.title ? (
                          <Snippet text={markTitle(r.title, debounced)} />
                        ) : (
                          nlm.search.untitled
                        )}
                      </span>
                      <Badge appearance="tint" color="subtle" shape="rounded" size="small">
                        {nlm.search.kinds[r.kind]}
                      </Badge>
                      <Caption1 className={s.meta}>{nlm.search.meeting(plainDate(r.meetingDate))}</Caption1>
                    </span>
                    {r.document ? (
                      <Caption1 className={s.meta}>
                        <Snippet text={markTitle(nlm.search.documentTitle(r.title), debounced)} />
                      </Caption1>
                    ) : null}
                    {r.snippet ? (
                      <Body1 className={s.snippet} data-testid="snippet">
                        <Snippet text={r.snippet} />
                      </Body1>
                    ) : null}
                  </span>
                </button>
                {r.kind === 'item' && r.itemId ? (
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<NotepadRegular />}
                    onClick={() =>
                      navigate({ screen: 'minutes', meetingId: r.meetingId, itemId: r.itemId ?? undefined })
                    }
                  >
                    {nlm.search.toMinutes}
                  </Button>
                ) : (
                  <span />
                )}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </Page>
  );
}
