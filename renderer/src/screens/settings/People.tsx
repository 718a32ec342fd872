// The people of a body and their roles (opdrachtgever per municipality with validity dates, ondersteuner,
// projectleider, lid).
import { useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  TableCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular, EditRegular, PersonAddRegular } from '@fluentui/react-icons';
import type { BodyView, PersonView } from '../../../../shared/api/views';
import { ROLES, type LocalDate, type Role } from '../../../../shared/domain/types';
import { nl } from '../../i18n/nl';
import { Section, QueryStatus } from '../../components/Page';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { FormDialog } from '../../components/FormDialog';
import { useFormErrors } from '../../components/useFormErrors';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { shortDate } from '../../lib/format';
import { notify } from '../../app/notify';
import { DateField } from '../../components/DateField';

const useStyles = makeStyles({
  roles: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXXS, justifyContent: 'flex-end' },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) 200px',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  roleRow: {
    display: 'grid',
    // Fits the dialog's 720px (less at 150 %): the selects give way, the dates keep room for dd-mm-jjjj.
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr) 140px 140px auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  roleHeader: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    marginTop: tokens.spacingVerticalS,
  },
  nameCell: { fontWeight: tokens.fontWeightSemibold },
  colName: { width: '22%' },
  colMunicipality: { width: '14%' },
  colEmail: { width: '26%' },
  colActions: { width: '88px' },
});

interface RoleDraft {
  key: string;
  role: Role;
  municipality: string;
  validFrom: string;
  validTo: string;
}

let seq = 0;
const key = () => `m${++seq}`;

function roleBadge(m: PersonView['memberships'][number]): string {
  const validity = nl.people.validity(
    m.validFrom ? shortDate(m.validFrom) : null,
    m.validTo ? shortDate(m.validTo) : null,
  );
  const where = m.role === 'opdrachtgever' && m.municipality ? ` ${m.municipality.name}` : '';
  return `${nl.roles[m.role]}${where}${validity ? ` · ${validity}` : ''}`;
}

function isCurrent(m: PersonView['memberships'][number], today: LocalDate): boolean {
  // Current or starting later: a successor already entered counts.
  return m.validTo === null || m.validTo >= today;
}

export function PeopleSection({ body, today }: { body: BodyView; today: LocalDate }) {
  const s = useStyles();
  const people = useApiQuery('people.list', { bodyId: body.id });
  const remove = useApiMutation('people.delete');
  const [editing, setEditing] = useState<PersonView | 'new' | null>(null);
  const [removing, setRemoving] = useState<PersonView | null>(null);

  const withoutOpdrachtgever = body.rotation.filter(
    (m) =>
      !(people.data ?? []).some((p) =>
        p.memberships.some(
          (r) => r.role === 'opdrachtgever' && r.municipality?.id === m.id && isCurrent(r, today),
        ),
      ),
  );

  return (
    <Section
      id="people"
      title={nl.people.title}
      hint={nl.people.hint}
      flush
      actions={
        <Button
          appearance="primary"
          icon={<PersonAddRegular />}
          onClick={() => setEditing('new')}
          data-add-person
        >
          {nl.people.add}
        </Button>
      }
    >
      <QueryStatus query={people} />
      {people.data && withoutOpdrachtgever.length > 0 ? (
        <MessageBar
          intent="warning"
          style={{ margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` }}
        >
          <MessageBarBody>
            {nl.people.missingOpdrachtgever(withoutOpdrachtgever.map((m) => m.name).join(', '))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {people.data && people.data.length === 0 ? (
        <Body1 className={s.muted} style={{ padding: tokens.spacingHorizontalL }}>
          {nl.people.none}
        </Body1>
      ) : null}
      {people.data && people.data.length > 0 ? (
        <DataTable
          label={nl.people.title}
          size="small"
          testId="people"
          columns={[
            { label: nl.people.colName, className: s.colName },
            { label: nl.people.colMunicipality, className: s.colMunicipality },
            { label: nl.people.colEmail, className: s.colEmail },
            { label: nl.people.colRoles },
            { label: nl.common.more, className: s.colActions, hidden: true },
          ]}
        >
          {people.data.map((p) => (
            <TableRow key={p.id} data-person={p.name}>
              <TableCell className={s.nameCell}>{p.name}</TableCell>
              <TableCell>
                {p.municipality?.name ?? <span className={s.muted}>{nl.common.none}</span>}
              </TableCell>
              <TableCell>{p.email || <span className={s.muted}>{nl.common.none}</span>}</TableCell>
              <TableCell>
                <div className={s.roles}>
                  {p.memberships.map((m) => (
                    <Badge
                      key={m.id}
                      appearance="tint"
                      color={m.role === 'opdrachtgever' ? 'brand' : 'informative'}
                      shape="rounded"
                    >
                      {roleBadge(m)}
                    </Badge>
                  ))}
                </div>
              </TableCell>
              <TableCell>
                <div className={s.actions}>
                  <Button
                    appearance="subtle"
                    icon={<EditRegular />}
                    aria-label={nl.people.edit(p.name)}
                    title={nl.common.edit}
                    onClick={() => setEditing(p)}
                  />
                  <Button
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={nl.people.remove(p.name)}
                    title={nl.common.remove}
                    onClick={() => setRemoving(p)}
                  />
                </div>
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      ) : null}
      {editing ? (
        <PersonDialog
          body={body}
          person={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={nl.people.removeConfirmTitle}
        text={removing ? nl.people.removeConfirm(removing.name) : ''}
        confirm={nl.common.remove}
        busy={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          const name = removing.name;
          remove.mutate(
            { bodyId: body.id, id: removing.id },
            {
              onSuccess: () => notify({ intent: 'success', text: nl.people.removed(name) }),
              onSettled: () => setRemoving(null),
            },
          );
        }}
      />
    </Section>
  );
}

function PersonDialog({
  body,
  person,
  onClose,
}: {
  body: BodyView;
  person: PersonView | null;
  onClose: () => void;
}) {
  const s = useStyles();
  const municipalities = body.rotation.map((m) => m.name);
  const personMunicipality = person?.municipality?.name ?? '';
  if (personMunicipality && !municipalities.includes(personMunicipality))
    municipalities.push(personMunicipality);
  const [name, setName] = useState(person?.name ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [municipality, setMunicipality] = useState(personMunicipality);
  const [roles, setRoles] = useState<RoleDraft[]>(
    person
      ? person.memberships.map((m) => ({
          key: key(),
          role: m.role,
          municipality: m.municipality?.name ?? '',
          validFrom: m.validFrom ?? '',
          validTo: m.validTo ?? '',
        }))
      : [{ key: key(), role: 'opdrachtgever', municipality: '', validFrom: '', validTo: '' }],
  );
  const { error, fieldState, fail, clearError } = useFormErrors();
  const save = useApiMutation('people.save', { quiet: true });

  const updateRole = (k: string, patch: Partial<RoleDraft>) =>
    setRoles((list) => list.map((r) => (r.key === k ? { ...r, ...patch } : r)));

  const submit = () => {
    clearError();
    save.mutate(
      {
        bodyId: body.id,
        ...(person ? { id: person.id } : {}),
        name,
        email: email.trim(),
        municipality: municipality || null,
        memberships: roles.map((r) => ({
          role: r.role,
          municipality:
            r.role === 'opdrachtgever' ? r.municipality || municipality || null : r.municipality || null,
          validFrom: r.validFrom || null,
          validTo: r.validTo || null,
        })),
      },
      { onSuccess: onClose, onError: fail },
    );
  };

  return (
    <FormDialog
      title={person ? nl.people.dialogEdit : nl.people.dialogNew}
      width={720}
      error={error}
      busy={save.isPending}
      submitLabel={nl.common.save}
      onSubmit={submit}
      onClose={onClose}
    >
      <div className={s.grid}>
        <Field label={nl.people.name} required {...fieldState('name')}>
          <Input
            value={name}
            onChange={(_e, d) => setName(d.value)}
            placeholder={nl.people.namePlaceholder}
            autoFocus
          />
        </Field>
        <Field label={nl.people.email} {...fieldState('email')}>
          <Input type="email" value={email} onChange={(_e, d) => setEmail(d.value)} />
        </Field>
        <Field label={nl.people.municipality} {...fieldState('municipality')}>
          <Select
            value={municipality}
            onChange={(_e, d) => {
              const next = d.value;
              setRoles((list) =>
                list.map((r) =>
                  r.role === 'opdrachtgever' && (r.municipality === '' || r.municipality === municipality)
                    ? { ...r, municipality: next }
                    : r,
                ),
              );
              setMunicipality(next);
            }}
          >
            <option value="">{nl.people.noMunicipality}</option>
            {municipalities.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={s.roleHeader}>
        <Subtitle2 as="h3">{nl.people.rolesTitle}</Subtitle2>
        <Button
          icon={<AddRegular />}
          appearance="subtle"
          onClick={() =>
            setRoles((list) => [
              ...list,
              { key: key(), role: 'lid', municipality: '', validFrom: '', validTo: '' },
            ])
          }
        >
          {nl.people.addRole}
        </Button>
      </div>
      {roles.length === 0 ? <Body1 className={s.muted}>{nl.people.noRoles}</Body1> : null}
      {roles.map((r, index) => {
        const label = (text: string) => (index === 0 ? text : undefined);
        return (
          <div key={r.key} className={s.roleRow}>
            <Field label={label(nl.people.role)} {...fieldState(`memberships[${index}].role`)}>
              <Select
                aria-label={nl.people.role}
                value={r.role}
                onChange={(_e, d) =>
                  updateRole(r.key, {
                    role: d.value as Role,
                    municipality:
                      d.value === 'opdrachtgever' ? r.municipality || municipality : r.municipality,
                  })
                }
              >
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {nl.roles[role]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field
              label={label(nl.people.roleMunicipality)}
              {...fieldState(`memberships[${index}].municipality`)}
            >
              <Select
                aria-label={nl.people.roleMunicipality}
                value={r.role === 'opdrachtgever' ? r.municipality || municipality : r.municipality}
                onChange={(_e, d) => updateRole(r.key, { municipality: d.value })}
              >
                <option value="">{nl.people.noMunicipality}</option>
                {municipalities.map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={label(nl.people.validFrom)} {...fieldState(`memberships[${index}].validFrom`)}>
              <DateField
                fill
                aria-label={nl.people.validFrom}
                value={r.validFrom}
                onChange={(v) => updateRole(r.key, { validFrom: v })}
              />
            </Field>
            <Field label={label(nl.people.validTo)} {...fieldState(`memberships[${index}].validTo`)}>
              <DateField
                fill
                aria-label={nl.people.validTo}
                value={r.validTo}
                onChange={(v) => updateRole(r.key, { validTo: v })}
              />
            </Field>
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={nl.people.removeRole}
              title={nl.people.removeRole}
              style={{ marginTop: index === 0 ? '26px' : 0 }}
              onClick={() => setRoles((list) => list.filter((x) => x.key !== r.key))}
            />
          </div>
        );
      })}
    </FormDialog>
  );
}
