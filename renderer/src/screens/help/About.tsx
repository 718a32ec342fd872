// "Over Regie": the version, who is working, and where the data lives (app.info).
import { Body1, Button, Caption1, Spinner, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { FolderOpenRegular } from '@fluentui/react-icons';
import { useShell } from '../../api/context';
import { errorMessage } from '../../api/errors';
import { useApiQuery } from '../../api/queries';
import { notify } from '../../app/notify';
import { DialogFrame } from '../../components/DialogFrame';
import { nl } from '../../i18n/nl';
import { nld } from '../../i18n/nl-documents';

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  logo: {
    width: '48px',
    height: '48px',
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontWeight: tokens.fontWeightBold,
    fontSize: tokens.fontSizeBase600,
    flexShrink: 0,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  value: { overflowWrap: 'anywhere', fontFamily: tokens.fontFamilyBase },
  mono: {
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});

export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const s = useStyles();
  const shell = useShell();
  const info = useApiQuery('app.info', {}, { enabled: open });
  const data = info.data;
  return (
    <DialogFrame
      open={open}
      title={nld.help.aboutTitle}
      width={540}
      onClose={onClose}
      testId="about"
      actions={
        <>
          {shell && data ? (
            <Button
              icon={<FolderOpenRegular />}
              onClick={() =>
                void shell
                  .openPath(data.dataDir)
                  .catch((e: unknown) => notify({ intent: 'error', text: errorMessage(e) }))
              }
            >
              {nld.help.showDataDir}
            </Button>
          ) : null}
          <Button appearance="primary" onClick={onClose}>
            {nl.common.close}
          </Button>
        </>
      }
    >
      <div className={s.head}>
        <div className={s.logo} aria-hidden>
          R
        </div>
        <div>
          <Subtitle1 block>
            {nl.app.name} {data ? data.version : ''}
          </Subtitle1>
          <Caption1 className={s.muted}>{nld.help.aboutTagline}</Caption1>
        </div>
      </div>
      {data ? (
        <div className={s.facts}>
          <Caption1 className={s.muted}>{nld.help.version}</Caption1>
          <Body1 className={s.value} data-testid="about-version">
            {data.version}
          </Body1>
          <Caption1 className={s.muted}>{nld.help.user}</Caption1>
          <Body1 className={s.value}>{data.user}</Body1>
          <Caption1 className={s.muted}>{nld.help.dataDir}</Caption1>
          <span className={s.mono} data-testid="about-data-dir">
            {data.dataDir}
          </span>
          <Caption1 className={s.muted}>{nld.help.dbPath}</Caption1>
          <span className={s.mono}>{data.dbPath}</span>
        </div>
      ) : (
        <Spinner size="small" />
      )}
    </DialogFrame>
  );
}
