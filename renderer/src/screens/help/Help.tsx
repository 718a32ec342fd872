// "Handleiding": docs/gebruikershandleiding.md, bundled as text and rendered here through marked (see
// markdown.tsx), with a table of contents; and "Over Regie" (version, user, where the data lives).
import { useMemo, useRef, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { InfoRegular } from '@fluentui/react-icons';
import guide from '../../../../docs/gebruikershandleiding.md?raw';
import { Page } from '../../components/Page';
import { nld } from '../../i18n/nl-documents';
import { MarkdownView, readGuide } from './markdown';
import { AboutDialog } from './About';

const useStyles = makeStyles({
  layout: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 240px',
    gap: tokens.spacingHorizontalXL,
    alignItems: 'start',
  },
  article: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL} ${tokens.spacingVerticalXXL}`,
    maxWidth: '820px',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase400,
    color: tokens.colorNeutralForeground1,
    '& h2': {
      fontSize: tokens.fontSizeBase500,
      lineHeight: tokens.lineHeightBase500,
      fontWeight: tokens.fontWeightSemibold,
      margin: `${tokens.spacingVerticalXL} 0 ${tokens.spacingVerticalS}`,
      color: tokens.colorBrandForeground1,
      scrollMarginTop: tokens.spacingVerticalL,
    },
    '& h2:first-child': { marginTop: 0 },
    '& h3': {
      fontSize: tokens.fontSizeBase400,
      fontWeight: tokens.fontWeightSemibold,
      margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalXS}`,
      scrollMarginTop: tokens.spacingVerticalL,
    },
    '& h4': {
      fontSize: tokens.fontSizeBase300,
      fontWeight: tokens.fontWeightSemibold,
      margin: `${tokens.spacingVerticalM} 0 0`,
    },
    '& p': { margin: `${tokens.spacingVerticalS} 0` },
    '& ul, & ol': { margin: `${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalXXL },
    '& li': { margin: `${tokens.spacingVerticalXXS} 0` },
    '& hr': {
      border: 'none',
      borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
      margin: `${tokens.spacingVerticalL} 0`,
    },
    '& code': {
      fontFamily: tokens.fontFamilyMonospace,
      fontSize: tokens.fontSizeBase200,
      backgroundColor: tokens.colorNeutralBackground3,
      borderRadius: tokens.borderRadiusSmall,
      padding: '1px 4px',
    },
    '& pre': {
      backgroundColor: tokens.colorNeutralBackground3,
      padding: tokens.spacingHorizontalM,
      borderRadius: tokens.borderRadiusMedium,
      overflowX: 'auto',
    },
    '& table': {
      borderCollapse: 'collapse',
      width: '100%',
      margin: `${tokens.spacingVerticalS} 0`,
      fontSize: tokens.fontSizeBase200,
    },
    '& th, & td': {
      textAlign: 'left',
      verticalAlign: 'top',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    },
    '& th': { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  },
  toc: {
    position: 'sticky',
    top: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  tocTitle: {
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightSemibold,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
    fontSize: tokens.fontSizeBase100,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}`,
  },
  tocItem: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    minHeight: '28px',
    height: 'auto',
  },
});

export function HelpScreen({ about: aboutAtStart = false }: { about?: boolean }) {
  const s = useStyles();
  const parsed = useMemo(() => readGuide(guide), []);
  const article = useRef<HTMLElement>(null);
  const [about, setAbout] = useState(aboutAtStart);
  return (
    <Page
      title={nld.help.title}
      subtitle={nld.help.subtitle}
      commands={
        <Button icon={<InfoRegular />} onClick={() => setAbout(true)} data-testid="about-open">
          {nld.help.about}
        </Button>
      }
    >
      <div className={s.layout}>
        <article className={s.article} ref={article} data-testid="user-guide">
          <MarkdownView guide={parsed} />
        </article>
        <nav className={s.toc} aria-label={nld.help.contents}>
          <div className={s.tocTitle}>{nld.help.contents}</div>
          {parsed.chapters.map((c) => (
            <Button
              key={c.id}
              appearance="subtle"
              size="small"
              className={s.tocItem}
              onClick={() =>
                article.current
                  ?.querySelector(`#guide-${c.id}`)
                  ?.scrollIntoView({ behavior: 'smooth', block: 'start' })
              }
            >
              {c.title}
            </Button>
          ))}
        </nav>
      </div>
      <AboutDialog open={about} onClose={() => setAbout(false)} />
    </Page>
  );
}
