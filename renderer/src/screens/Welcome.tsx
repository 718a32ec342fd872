// First start: load the demo, or set up a body yourself.
import {
  Body1,
  Button,
  Caption1,
  Card,
  Subtitle1,
  Title1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { BoardRegular, BuildingRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { useApiMutation } from '../api/queries';
import { nl } from '../i18n/nl';
import { useAppState } from '../app/state';
import { notify } from '../app/notify';

const useStyles = makeStyles({
  page: {
    height: '100%',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingVerticalXXL,
    padding: tokens.spacingHorizontalXXXL,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  intro: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalM,
    maxWidth: '720px',
    textAlign: 'center',
  },
  logo: {
    width: '56px',
    height: '56px',
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: '28px',
    fontWeight: tokens.fontWeightBold,
    boxShadow: tokens.shadow8,
  },
  lead: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
  },
  cards: { display: 'grid', gridTemplateColumns: 'repeat(2, 340px)', gap: tokens.spacingHorizontalXL },
  card: {
    padding: tokens.spacingHorizontalXL,
    gap: tokens.spacingVerticalM,
    height: '100%',
    boxSizing: 'border-box',
  },
  cardIcon: { fontSize: '32px', color: tokens.colorBrandForeground1 },
  cardText: { color: tokens.colorNeutralForeground2, flexGrow: 1 },
  offline: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
  },
});

export function Welcome({ onSetup }: { onSetup: () => void }) {
  const s = useStyles();
  const { setBodyId, navigate } = useAppState();
  const demo = useApiMutation('demo.load');
  return (
    <main className={s.page}>
      <div className={s.intro}>
        <div className={s.logo} aria-hidden>
          R
        </div>
        <Title1 as="h1">{nl.welcome.title}</Title1>
        <Body1 className={s.lead}>{nl.welcome.intro}</Body1>
      </div>
      <div className={s.cards}>
        <Card className={s.card}>
          <BoardRegular className={s.cardIcon} aria-hidden />
          <Subtitle1 as="h2">{nl.welcome.demoTitle}</Subtitle1>
          <Body1 className={s.cardText}>{nl.welcome.demoText}</Body1>
          <Button
            appearance="primary"
            size="large"
            disabled={demo.isPending}
            onClick={() =>
              demo.mutate(
                {},
                {
                  onSuccess: ({ bodyId }) => {
                    setBodyId(bodyId);
                    navigate({ screen: 'attention' });
                    notify({ intent: 'success', text: nl.welcome.demoLoaded });
                  },
                },
              )
            }
          >
            {demo.isPending ? nl.welcome.demoBusy : nl.welcome.demoButton}
          </Button>
        </Card>
        <Card className={s.card}>
          <BuildingRegular className={s.cardIcon} aria-hidden />
          <Subtitle1 as="h2">{nl.welcome.ownTitle}</Subtitle1>
          <Body1 className={s.cardText}>{nl.welcome.ownText}</Body1>
          <Button size="large" onClick={onSetup}>
            {nl.welcome.ownButton}
          </Button>
        </Card>
      </div>
      <Caption1 className={s.offline}>
        <ShieldCheckmarkRegular aria-hidden /> {nl.welcome.offline}
      </Caption1>
    </main>
  );
}
