// The body's municipalities in rotation order: the host of each next meeting follows this list.
import { useState } from 'react';
import { Body1, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons';
import { nl } from '../../i18n/nl';
import { Section } from '../../components/Page';
import { issueAt, type IssueMap } from '../../lib/issues';
import { moveInList } from '../../lib/order';
import { rowKey, type SectionProps } from './bodyDraft';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  rotationRow: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  position: {
    width: '28px',
    height: '32px',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    color: tokens.colorNeutralForeground3,
    fontVariantNumeric: 'tabular-nums',
    flexShrink: 0,
  },
  grow: { flexGrow: 1, minWidth: 0 },
  addRow: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  addInput: { width: '260px' },
  empty: { color: tokens.colorNeutralForeground3 },
});

export function RotationSection({ draft, set, fieldState, issues }: SectionProps & { issues: IssueMap }) {
  const s = useStyles();
  const [newMunicipality, setNewMunicipality] = useState('');
  const issue = (path: string) => issueAt(issues, path);
  const addMunicipality = () => {
    const name = newMunicipality.trim();
    if (!name) return;
    set('rotation', [...draft.rotation, { key: rowKey(), name }]);
    setNewMunicipality('');
  };
  return (
    <Section title={nl.settings.rotation} hint={nl.settings.rotationHint}>
      {issue('rotation') && !draft.rotation.some((_m, i) => issues.has(`rotation[${i}]`)) ? (
        <Body1 role="alert" style={{ color: tokens.colorPaletteRedForeground1 }}>
          {issue('rotation')}
        </Body1>
      ) : null}
      {draft.rotation.length === 0 ? <Body1 className={s.empty}>{nl.settings.noMunicipalities}</Body1> : null}
      <ol className={s.list} aria-label={nl.settings.rotation}>
        {draft.rotation.map((m, index) => (
          <li key={m.key} className={s.rotationRow}>
            <span className={s.position} aria-hidden>
              {index + 1}.
            </span>
            <Field className={s.grow} {...fieldState(`rotation[${index}]`)}>
              <Input
                aria-label={`${nl.settings.municipality} ${index + 1}`}
                value={m.name}
                onChange={(_e, d) =>
                  set(
                    'rotation',
                    draft.rotation.map((r) => (r.key === m.key ? { ...r, name: d.value } : r)),
                  )
                }
              />
            </Field>
            <Button
              appearance="subtle"
              icon={<ArrowUpRegular />}
              aria-label={nl.settings.moveMunicipalityUp(m.name)}
              title={nl.common.moveUp}
              disabled={index === 0}
              onClick={() => set('rotation', moveInList(draft.rotation, index, index - 1))}
            />
            <Button
              appearance="subtle"
              icon={<ArrowDownRegular />}
              aria-label={nl.settings.moveMunicipalityDown(m.name)}
              title={nl.common.moveDown}
              disabled={index === draft.rotation.length - 1}
              onClick={() => set('rotation', moveInList(draft.rotation, index, index + 1))}
            />
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={nl.settings.removeMunicipality(m.name)}
              title={nl.common.remove}
              onClick={() =>
                set(
                  'rotation',
                  draft.rotation.filter((r) => r.key !== m.key),
                )
              }
            />
          </li>
        ))}
      </ol>
      <div className={s.addRow}>
        <Field label={nl.settings.newMunicipality} className={s.addInput}>
          <Input
            value={newMunicipality}
            onChange={(_e, d) => setNewMunicipality(d.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addMunicipality();
              }
            }}
          />
        </Field>
        <Button icon={<AddRegular />} onClick={addMunicipality} disabled={!newMunicipality.trim()}>
          {nl.settings.addMunicipality}
        </Button>
      </div>
    </Section>
  );
}
