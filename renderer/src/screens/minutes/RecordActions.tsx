// The actions of one item — what, who, when done — with fast keyboard entry: Enter adds the action and opens
// the next empty row. "Wie" suggests the body's people as you type; a name that matches nobody stays as typed.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Button, Caption1, Input, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { LazyTooltip } from '../../components/LazyTooltip';
import type { ActionView, ItemView, PersonView } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { useApiMutation } from '../../api/queries';
import { notify } from '../../app/notify';
import { plainDate } from '../../lib/format';
import { useRecordStyles } from './recordStyles';
import { NO_PERSON, PersonCombobox, resolvePerson, type PersonChoice } from '../../components/PersonCombobox';
import { DateField } from '../../components/DateField';

const useStyles = makeStyles({
  actions: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' },
  th: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    padding: `0 ${tokens.spacingHorizontalS} 4px 0`,
  },
  td: {
    padding: `4px ${tokens.spacingHorizontalS} 4px 0`,
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: 'middle',
    fontSize: tokens.fontSizeBase300,
  },
  tdNr: { color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
  entryTd: { padding: `6px ${tokens.spacingHorizontalS} 0 0`, verticalAlign: 'top' },
  full: { width: '100%', minWidth: 0 },
  colNr: { width: '36px' },
  colWho: { width: '180px' },
  colDue: { width: '150px' },
  colCmd: { width: '124px' },
});

export function RecordActions({
  item,
  actions,
  people,
  frozen,
}: {
  item: ItemView;
  actions: ActionView[];
  people: PersonView[];
  frozen: boolean;
}) {
  const s = useStyles();
  const r = useRecordStyles();
  const add = useApiMutation('actions.add');
  const remove = useApiMutation('actions.delete');
  const [what, setWhat] = useState('');
  const [who, setWho] = useState<PersonChoice>(NO_PERSON);
  const [due, setDue] = useState('');
  const whatRef = useRef<HTMLInputElement | null>(null);
  const whoRef = useRef<HTMLInputElement | null>(null);

  const submit = () => {
    if (!what.trim()) {
      whatRef.current?.focus();
      return;
    }
    const person = resolvePerson(people, who);
    if (!person.personId && !person.name) {
      whoRef.current?.focus();
      notify({ intent: 'warning', text: nlm.minutes.whoMissing });
      return;
    }
    add.mutate(
      {
        itemId: item.id,
        what: what.trim(),
        ...(person.personId ? { whoPersonId: person.personId } : { whoName: person.name }),
        due: due || null,
      },
      {
        onSuccess: () => {
          setWhat('');
          setWho(NO_PERSON);
          setDue('');
          whatRef.current?.focus();
        },
      },
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    // The "Wie" field handles its own Enter (a pick in its open list does not add the action yet).
    if (e.key !== 'Enter' || e.shiftKey || e.altKey) return;
    e.preventDefault();
    submit();
  };

  // The fixed items (opening, closing) rarely get actions: there the entry row opens on request.
  const [adding, setAdding] = useState(false);
  const showEntry = !frozen && (item.fixedRole === null || actions.length > 0 || adding);
  useEffect(() => {
    if (adding) whatRef.current?.focus();
  }, [adding]);

  if (frozen && actions.length === 0) return null;
  if (!showEntry && actions.length === 0)
    return (
      <Button
        className={r.addDecision}
        appearance="subtle"
        size="small"
        icon={<AddRegular />}
        onClick={() => setAdding(true)}
      >
        {nlm.minutes.addAction}
      </Button>
    );

  return (
    <div className={r.block}>
      <span className={r.subhead}>{nlm.minutes.actionsTitle}</span>
      <table className={s.actions} aria-label={nlm.minutes.actionsTitle} data-testid="actions">
        <thead>
          <tr>
            <th className={mergeClasses(s.th, s.colNr)}>{nl.agenda.colActionNr}</th>
            <th className={s.th}>{nl.agenda.colActionWhat}</th>
            <th className={mergeClasses(s.th, s.colWho)}>{nl.agenda.colActionWho}</th>
            <th className={mergeClasses(s.th, s.colDue)}>{nl.agenda.colActionDue}</th>
            <th className={mergeClasses(s.th, s.colCmd)}>
              <span className="sr-only">{nl.agenda.colActions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a.id} data-testid="action-row">
              <td className={mergeClasses(s.td, s.tdNr)}>{a.nr}</td>
              <td className={s.td}>{a.what}</td>
              <td className={s.td}>{a.who}</td>
              <td className={s.td}>{a.due ? plainDate(a.due) : nl.common.none}</td>
              <td className={s.td}>
                {!frozen ? (
                  <LazyTooltip content={nlm.minutes.deleteAction(a.nr)} relationship="label">
                    <Button
                      appearance="subtle"
                      size="small"
                      icon={<DeleteRegular />}
                      onClick={() => remove.mutate({ id: a.id })}
                    />
                  </LazyTooltip>
                ) : null}
              </td>
            </tr>
          ))}
          {showEntry ? (
            <tr onKeyDown={onKeyDown} data-testid="action-entry">
              <td className={mergeClasses(s.entryTd, s.tdNr)} />
              <td className={s.entryTd}>
                <Input
                  className={s.full}
                  ref={whatRef}
                  value={what}
                  onChange={(_e, d) => setWhat(d.value)}
                  placeholder={nlm.minutes.whatPlaceholder}
                  aria-label={nlm.minutes.what}
                />
              </td>
              <td className={s.entryTd}>
                <PersonCombobox
                  className={s.full}
                  people={people}
                  value={who}
                  onChange={setWho}
                  onEnter={submit}
                  inputRef={whoRef}
                  label={nlm.minutes.who}
                  placeholder={nlm.minutes.whoPlaceholder}
                />
              </td>
              <td className={s.entryTd}>
                <DateField fill value={due} onChange={setDue} aria-label={nlm.minutes.due} />
              </td>
              <td className={s.entryTd}>
                <Button
                  icon={<AddRegular />}
                  onClick={submit}
                  disabled={add.isPending}
                  data-testid="action-add"
                >
                  {nl.common.add}
                </Button>
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {showEntry ? <Caption1 className={r.muted}>{nlm.minutes.actionsHint}</Caption1> : null}
    </div>
  );
}
