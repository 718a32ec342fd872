// The actions of one item — what, who, when done — with fast keyboard entry: Enter adds the action and opens
// the next empty row. "Wie" suggests the body's people as you type; a name that matches nobody stays as typed.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  Button,
  Caption1,
  Combobox,
  Input,
  Option,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import type { ActionView, ItemView, PersonView } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { useApiMutation } from '../../api/queries';
import { notify } from '../../app/notify';
import { plainDate } from '../../lib/format';
import { useRecordStyles } from './recordStyles';

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
  const [who, setWho] = useState('');
  const [whoId, setWhoId] = useState<string | null>(null);
  const [due, setDue] = useState('');
  const whatRef = useRef<HTMLInputElement | null>(null);
  const whoRef = useRef<HTMLInputElement | null>(null);

  // Only the people that match what was typed: a free name (no match) then stays as typed on Enter.
  const typed = who.trim().toLowerCase();
  const suggestions =
    whoId || !typed
      ? people
      : people.filter(
          (p) =>
            p.name.toLowerCase().includes(typed) ||
            (p.municipality?.name.toLowerCase().includes(typed) ?? false),
        );

  const submit = () => {
    if (!what.trim()) {
      whatRef.current?.focus();
      return;
    }
    const person = whoId
      ? people.find((p) => p.id === whoId)
      : people.find((p) => p.name.toLowerCase() === who.trim().toLowerCase());
    if (!person && !who.trim()) {
      whoRef.current?.focus();
      notify({ intent: 'warning', text: nlm.minutes.whoMissing });
      return;
    }
    add.mutate(
      {
        itemId: item.id,
        what: what.trim(),
        ...(person ? { whoPersonId: person.id } : { whoName: who.trim() }),
        due: due || null,
      },
      {
        onSuccess: () => {
          setWhat('');
          setWho('');
          setWhoId(null);
          setDue('');
          whatRef.current?.focus();
        },
      },
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.altKey) return;
    // Enter on a highlighted person in the open list picks that person; the next Enter adds the action.
    const target = e.target as HTMLElement;
    if (target.getAttribute('aria-expanded') === 'true' && target.getAttribute('aria-activedescendant'))
      return;
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
                  <Tooltip content={nlm.minutes.deleteAction(a.nr)} relationship="label">
                    <Button
                      appearance="subtle"
                      size="small"
                      icon={<DeleteRegular />}
                      onClick={() => remove.mutate({ id: a.id })}
                    />
                  </Tooltip>
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
                <Combobox
                  className={s.full}
                  freeform
                  ref={whoRef}
                  value={who}
                  selectedOptions={whoId ? [whoId] : []}
                  placeholder={nlm.minutes.whoPlaceholder}
                  aria-label={nlm.minutes.who}
                  // One tab stop per field for fast entry: Alt+↓ opens the list from the field itself.
                  expandIcon={{ tabIndex: -1 }}
                  onChange={(e) => {
                    setWho(e.target.value);
                    setWhoId(null);
                  }}
                  onOptionSelect={(_e, d) => {
                    setWhoId(d.optionValue ?? null);
                    setWho(d.optionText ?? '');
                  }}
                >
                  {suggestions.map((p) => (
                    <Option key={p.id} value={p.id} text={p.name}>
                      {p.municipality ? `${p.name} (${p.municipality.name})` : p.name}
                    </Option>
                  ))}
                </Combobox>
              </td>
              <td className={s.entryTd}>
                <Input
                  className={s.full}
                  type="date"
                  value={due}
                  onChange={(_e, d) => setDue(d.value)}
                  aria-label={nlm.minutes.due}
                />
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
