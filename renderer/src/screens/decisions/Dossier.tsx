// The dossier of a subject: the Verloop in the seed's words (to copy, or as Word), each time the subject was on
// an agenda — which body, which item, the documents with their version (v1, v2 …; new ones marked), the
// decisions with the chain of their follow-ups — the versions, and linking a later item by hand.
import { useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowForwardRegular,
  CopyRegular,
  DocumentRegular,
  LinkRegular,
  DismissRegular,
  ArrowDownloadRegular,
} from '@fluentui/react-icons';
import type { BodyView, DossierItemView } from '../../../../shared/api/views';
import { nlc } from '../../i18n/nl-chain';
import { Page, QueryStatus, Section } from '../../components/Page';
import { KindLabel } from '../../components/KindLabel';
import { useApi } from '../../api/context';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useAppState } from '../../app/state';
import { notify } from '../../app/notify';
import { longDate, plainDate } from '../../lib/format';
import { useExport } from '../minutes/useExport';
import { FollowUpChain } from './FollowUpChain';

const useStyles = makeStyles({
  verloop: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    borderLeft: `3px solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    fontFamily: tokens.fontFamilyBase,
  },
  items: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column' },
  item: {
    display: 'grid',
    gridTemplateColumns: '190px minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    alignItems: 'start',
  },
  when: { display: 'flex', flexDirection: 'column', gap: '2px' },
  date: { fontWeight: tokens.fontWeightSemibold },
  what: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  titleRow: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  title: { fontWeight: tokens.fontWeightSemibold },
  docs: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  doc: { display: 'inline-flex', alignItems: 'center', gap: '4px' },
  decision: { display: 'flex', flexDirection: 'column', gap: '4px', whiteSpace: 'pre-wrap' },
  buttons: { display: 'flex', flexDirection: 'column', gap: '4px', alignItems: 'flex-end' },
  muted: { color: tokens.colorNeutralForeground3 },
  versions: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr) auto',
    gap: `4px ${tokens.spacingHorizontalL}`,
  },
  link: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  select: { minWidth: '420px', maxWidth: '100%' },
});

export function DossierScreen({ body, itemId }: { body: BodyView; itemId: string }) {
  const s = useStyles();
  const api = useApi();
  const dossier = useApiQuery('dossier.get', { itemId });
  const link = useApiMutation('dossier.link');
  const exporting = useExport();
  const [chosen, setChosen] = useState('');
  const view = dossier.data;

  const copy = async () => {
    if (!view) return;
    try {
      await navigator.clipboard.writeText(`${nlc.verloop}\n${view.title}\n${view.verloop.join('\n')}`);
      notify({ intent: 'success', text: nlc.copied });
    } catch {
      notify({ intent: 'error', text: nlc.copyFailed });
    }
  };

  const meetings = view ? new Set(view.items.map((i) => i.meetingId)).size : 0;
  return (
    <Page
      title={view ? view.title : nlc.dossier}
      subtitle={view ? `${nlc.dossierSubtitle(view.items.length, meetings)} · ${body.name}` : undefined}
    >
      <QueryStatus query={dossier} />
      {view ? (
        <>
          <Section
            title={nlc.verloop}
            hint={nlc.verloopHint}
            actions={
              <>
                <Button icon={<CopyRegular />} onClick={() => void copy()} data-testid="verloop-copy">
                  {nlc.copy}
                </Button>
                <Button
                  icon={<ArrowDownloadRegular />}
                  disabled={exporting.busy}
                  onClick={() =>
                    void exporting.run(
                      async (outPath) => {
                        const r = await api['export.verloop']({ itemId, ...(outPath ? { outPath } : {}) });
                        notify({ intent: 'success', text: nlc.voorstelSaved(r.fileName) });
                        return r;
                      },
                      nlc.verloopDialog,
                      `Verloop ${view.title}.docx`,
                    )
                  }
                >
                  {nlc.asWord}
                </Button>
              </>
            }
          >
            <ul className={s.verloop} data-testid="verloop" aria-label={nlc.verloop}>
              {view.verloop.map((line, i) => (
                <li key={i}>
                  <Body1>{line}</Body1>
                </li>
              ))}
            </ul>
          </Section>

          <Section title={nlc.trajectory} flush>
            <ul className={s.items} data-testid="dossier-items">
              {view.items.map((item) => (
                <DossierItem
                  key={item.itemId}
                  item={item}
                  alone={view.items.length === 1}
                  onTakeOut={() =>
                    link.mutate(
                      { itemId: item.itemId, withItemId: null },
                      { onSuccess: () => notify({ intent: 'success', text: nlc.takenOut(item.title) }) },
                    )
                  }
                />
              ))}
            </ul>
          </Section>

          <Section title={nlc.versions} hint={nlc.versionsHint}>
            {view.versions.length === 0 ? (
              <Caption1 className={s.muted}>{nlc.noVersions}</Caption1>
            ) : (
              <div className={s.versions} data-testid="dossier-versions">
                {view.versions.map((v) => (
                  <div key={v.version} style={{ display: 'contents' }}>
                    <Badge appearance="tint" color="brand" shape="rounded">
                      {nlc.version(v.version)}
                    </Badge>
                    <Body1>{v.title}</Body1>
                    <Caption1 className={s.muted}>{nlc.attachedOn(plainDate(v.attachedOn))}</Caption1>
                  </div>
                ))}
              </div>
            )}
          </Section>

          <Section title={nlc.link} hint={nlc.linkHint}>
            {view.candidates.length === 0 ? (
              <Caption1 className={s.muted}>{nlc.noCandidates}</Caption1>
            ) : (
              <div className={s.link}>
                <Field label={nlc.linkChoose}>
                  <Select
                    className={s.select}
                    value={chosen}
                    onChange={(_e, d) => setChosen(d.value)}
                    data-testid="dossier-candidate"
                  >
                    <option value="">—</option>
                    {view.candidates.map((c) => (
                      <option key={c.itemId} value={c.itemId}>
                        {`${plainDate(c.meetingDate)} · ${c.bodyName} · ${c.title}${c.sameTitle ? ` (${nlc.linkSameTitle})` : ''}`}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Button
                  icon={<LinkRegular />}
                  disabled={!chosen || link.isPending}
                  onClick={() => {
                    const title = view.candidates.find((c) => c.itemId === chosen)?.title ?? '';
                    link.mutate(
                      { itemId: chosen, withItemId: view.rootItemId },
                      {
                        onSuccess: () => {
                          setChosen('');
                          notify({ intent: 'success', text: nlc.linked(title) });
                        },
                      },
                    );
                  }}
                >
                  {nlc.linkAdd}
                </Button>
              </div>
            )}
          </Section>
        </>
      ) : null}
    </Page>
  );
}

function DossierItem({
  item,
  alone,
  onTakeOut,
}: {
  item: DossierItemView;
  alone: boolean;
  onTakeOut: () => void;
}) {
  const s = useStyles();
  const { navigate, setBodyId } = useAppState();
  return (
    <li className={s.item} data-testid="dossier-item">
      <div className={s.when}>
        <span className={s.date}>{longDate(item.meetingDate)}</span>
        <Caption1 className={s.muted}>{nlc.itemAt(item.number, item.bodyName)}</Caption1>
      </div>
      <div className={s.what}>
        <div className={s.titleRow}>
          <span className={s.title}>{item.title}</span>
          <KindLabel kind={item.kind} />
          {item.status !== 'open' ? (
            <Badge
              appearance="outline"
              shape="rounded"
              color={item.status === 'postponed' ? 'warning' : 'success'}
            >
              {nlc.itemStatus[item.status]}
            </Badge>
          ) : null}
        </div>
        {item.documents.length ? (
          <ul className={s.docs}>
            {item.documents.map((d) => (
              <li key={d.id} className={s.doc}>
                <DocumentRegular aria-hidden />
                <Body1>{d.title}</Body1>
                <Badge appearance={d.isNew ? 'filled' : 'tint'} color="brand" shape="rounded" size="small">
                  {nlc.version(d.version)}
                  {d.isNew ? ` ${nlc.versionNew}` : ''}
                </Badge>
              </li>
            ))}
          </ul>
        ) : (
          <Caption1 className={s.muted}>{nlc.noDocuments}</Caption1>
        )}
        {item.decisions.map((d) => (
          <div key={d.id} className={s.decision}>
            <Body1>{d.text}</Body1>
            {d.followUps.length ? (
              <FollowUpChain followUps={d.followUps} year={Number(d.meetingDate.slice(0, 4))} />
            ) : null}
            {d.closes ? <Caption1 className={s.muted}>{nlc.closes(d.closes.bodyName)}</Caption1> : null}
          </div>
        ))}
      </div>
      <div className={s.buttons}>
        <Button
          size="small"
          icon={<ArrowForwardRegular />}
          onClick={() => {
            setBodyId(item.bodyId);
            navigate({ screen: 'meeting', meetingId: item.meetingId, itemId: item.itemId });
          }}
        >
          {nlc.toAgenda}
        </Button>
        {!alone ? (
          <Button size="small" appearance="subtle" icon={<DismissRegular />} onClick={onTakeOut}>
            {nlc.takeOut}
          </Button>
        ) : null}
      </div>
    </li>
  );
}
