// Per municipality of the body: Regie's own layout for the draft B&W-voorstel, or the municipality's own Word
// template (a .docx with placeholders), chosen here and checked by the services before it is kept.
import { Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, DocumentArrowUpRegular } from '@fluentui/react-icons';
import { nlc } from '../../i18n/nl-chain';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useShell } from '../../api/context';
import { notify } from '../../app/notify';
import { fileToBase64, pickFile } from '../documents/files';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: {
    display: 'grid',
    gridTemplateColumns: '140px minmax(0, 1fr) auto auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function VoorstelTemplates({ bodyId }: { bodyId: string }) {
  const s = useStyles();
  const shell = useShell();
  const templates = useApiQuery('templates.list', { bodyId });
  const set = useApiMutation('templates.set');

  const choose = async (municipalityId: string, municipality: string) => {
    let source: { kind: 'path'; path: string } | { kind: 'bytes'; fileName: string; base64: string };
    if (shell) {
      const [path] = await shell.chooseFiles(nlc.templateChoose(municipality));
      if (!path) return;
      source = { kind: 'path', path };
    } else {
      const file = await pickFile('.docx');
      if (!file) return;
      source = { kind: 'bytes', fileName: file.name, base64: await fileToBase64(file) };
    }
    set.mutate(
      { municipalityId, source },
      {
        onSuccess: (v) =>
          notify({ intent: 'success', text: nlc.templateSet(municipality, v.template?.name ?? '') }),
      },
    );
  };

  return (
    <div
      className={s.list}
      data-testid="voorstel-templates"
      role="group"
      aria-labelledby="voorstel-templates"
    >
      <Body1 id="voorstel-templates" className={s.name}>
        {nlc.templatesTitle}
      </Body1>
      <Caption1 className={s.muted}>{nlc.templatesHint}</Caption1>
      {(templates.data ?? []).map((t) => (
        <div key={t.municipality.id} className={s.row}>
          <Body1 className={s.name}>{t.municipality.name}</Body1>
          <Body1 className={t.template ? undefined : s.muted}>{t.template?.name ?? nlc.templateNone}</Body1>
          <Button
            size="small"
            icon={<DocumentArrowUpRegular />}
            disabled={set.isPending}
            onClick={() => void choose(t.municipality.id, t.municipality.name)}
            aria-label={nlc.templateChoose(t.municipality.name)}
          >
            {nlc.templateChooseShort}
          </Button>
          <Button
            size="small"
            appearance="subtle"
            icon={<DeleteRegular />}
            disabled={!t.template || set.isPending}
            aria-label={nlc.templateRemove(t.municipality.name)}
            title={nlc.templateRemove(t.municipality.name)}
            onClick={() =>
              set.mutate(
                { municipalityId: t.municipality.id, source: null },
                {
                  onSuccess: () =>
                    notify({ intent: 'success', text: nlc.templateRemoved(t.municipality.name) }),
                },
              )
            }
          />
        </div>
      ))}
    </div>
  );
}
