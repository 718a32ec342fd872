// One agenda item in the notulist's record: its status, the discussion notes (saved as you go), the
// decision taken (besluitvormend) or the advice and where it goes (voorbereidend, which opens a follow-up),
// and the actions — what, who, when done — with fast keyboard entry: Enter adds the action and opens the
// next empty row.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Combobox,
  Field,
  Input,
  Option,
  Radio,
  RadioGroup,
  Textarea,
  ToggleButton,
  Tooltip,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  AddRegular,
  CheckmarkRegular,
  DeleteRegular,
  PauseRegular,
  TextQuoteRegular,
} from '@fluentui/react-icons';
import type {
  ActionView,
  DecisionView,
  ItemView,
  MeetingDetail,
  PersonView,
} from '../../../../shared/api/views';
import { TARGETS, type Target } from '../../../../shared/domain/types';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { useApiMutation } from '../../api/queries';
import { notify } from '../../app/notify';
import { plainDate } from '../../lib/format';
import { KindLabel } from '../../components/KindLabel';
import { PreviousMinutes } from './PreviousMinutes';

const useStyles = makeStyles({
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    display: 'flex',
    flexDirection: 'column',
    scrollMarginTop: tokens.spacingVerticalL,
  },
  flash: {
    animationName: {
      from: { boxShadow: `0 0 0 3px ${tokens.colorBrandStroke1}` },
      to: { boxShadow: tokens.shadow2 },
    },
    animationDuration: '2s',
    animationTimingFunction: 'ease-out',
  },
  head: {
    display: 'grid',
    gridTemplateColumns: '32px minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  number: {
    width: '28px',
    height: '28px',
    borderRadius: '50%',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  headText: { display: 'flex', flexDirection: 'column', gap: '3px', minWidth: 0 },
  title: {
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  flags: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  statusButtons: { display: 'flex', gap: tokens.spacingHorizontalXS },
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalL}`,
  },
  proposal: {
    color: tokens.colorNeutralForeground2,
    borderLeft: `3px solid ${tokens.colorBrandStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    whiteSpace: 'pre-wrap',
  },
  labelRow: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  subhead: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  frozenNotes: { whiteSpace: 'pre-wrap', lineHeight: tokens.lineHeightBase400 },
  saved: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  decisions: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  decision: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorPaletteGreenBackground1,
    border: `1px solid ${tokens.colorPaletteGreenBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  decisionText: { display: 'flex', flexDirection: 'column', gap: '4px', whiteSpace: 'pre-wrap' },
  decisionForm: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  formButtons: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  hint: { color: tokens.colorNeutralForeground3, marginLeft: 'auto' },
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
  addDecision: { alignSelf: 'flex-start' },
});

export function ItemRecord({
  meeting,
  item,
  people,
  frozen,
  flash,
}: {
  meeting: MeetingDetail;
  item: ItemView;
  people: PersonView[];
  frozen: boolean;
  flash: boolean;
}) {
  const s = useStyles();
  const typed = item.fixedRole === null;
  const setStatus = useApiMutation('items.setStatus');
  const needsDecision = item.kind === 'besluitvormend' || item.kind === 'voorbereidend';
  const [showDecision, setShowDecision] = useState(false);

  const toggleStatus = (status: 'handled' | 'postponed') =>
    setStatus.mutate({ id: item.id, status: item.status === status ? 'open' : status });

  return (
    <article
      className={mergeClasses(s.card, flash && s.flash)}
      id={`record-${item.id}`}
      data-testid="record-item"
      data-item-id={item.id}
      aria-label={nl.agenda.row(item.number, item.title)}
    >
      <div className={s.head}>
        <span className={s.number}>{item.number}</span>
        <div className={s.headText}>
          <h2 className={s.title}>{item.title}</h2>
          {typed ? (
            <div className={s.flags}>
              <KindLabel kind={item.kind} />
              {item.target ? (
                <Badge appearance="outline" color="informative" shape="rounded">
                  {nl.agenda.target(nl.targets[item.target])}
                </Badge>
              ) : null}
              {item.elapsedSeconds > 0 ? (
                <Caption1 className={s.muted}>
                  {nlm.minutes.elapsed(
                    Math.max(1, Math.round(item.elapsedSeconds / 60)),
                    item.durationMinutes,
                  )}
                </Caption1>
              ) : null}
            </div>
          ) : null}
        </div>
        {typed ? (
          <div className={s.statusButtons} role="group" aria-label={nlm.minutes.itemStatus}>
            <ToggleButton
              size="small"
              icon={<CheckmarkRegular />}
              checked={item.status === 'handled'}
              disabled={frozen}
              onClick={() => toggleStatus('handled')}
            >
              {nlm.itemStatus.handled}
            </ToggleButton>
            <ToggleButton
              size="small"
              icon={<PauseRegular />}
              checked={item.status === 'postponed'}
              disabled={frozen}
              onClick={() => toggleStatus('postponed')}
            >
              {nlm.itemStatus.postponed}
            </ToggleButton>
          </div>
        ) : null}
      </div>
      <div className={s.content}>
        {typed && item.proposal ? (
          <Caption1 className={s.proposal}>
            {item.kind === 'voorbereidend' ? nl.item.proposalAdvice : nl.item.proposal}: {item.proposal}
          </Caption1>
        ) : null}
        {item.status === 'postponed' ? (
          <Caption1 className={s.muted}>{nlm.minutes.postponedNote}</Caption1>
        ) : null}

        {item.fixedRole === 'minutes' ? <PreviousMinutes meeting={meeting} frozen={frozen} /> : null}

        <NotesField item={item} frozen={frozen} />

        {needsDecision || item.decisions.length > 0 || showDecision ? (
          <Decisions item={item} frozen={frozen} />
        ) : !frozen ? (
          <Button
            className={s.addDecision}
            appearance="subtle"
            size="small"
            icon={<AddRegular />}
            onClick={() => setShowDecision(true)}
          >
            {nlm.minutes.addDecisionOptional}
          </Button>
        ) : null}

        <Actions item={item} actions={item.actions} people={people} frozen={frozen} />
      </div>
    </article>
  );
}

function NotesField({ item, frozen }: { item: ItemView; frozen: boolean }) {
  const s = useStyles();
  const save = useApiMutation('minutes.setNotes');
  const [value, setValue] = useState(item.notes);
  const saved = useRef(item.notes);
  const [state, setState] = useState<'idle' | 'dirty' | 'saving' | 'saved'>('idle');
  const timer = useRef<number | null>(null);

  // Notes changed elsewhere (undo, another screen): take them over unless the user is typing.
  useEffect(() => {
    if (item.notes !== saved.current && state !== 'dirty' && state !== 'saving') {
      saved.current = item.notes;
      setValue(item.notes);
    }
  }, [item.notes, state]);

  const flush = (text: string) => {
    if (timer.current) window.clearTimeout(timer.current);
    timer.current = null;
    if (text === saved.current) return;
    setState('saving');
    save.mutate(
      { itemId: item.id, notes: text },
      {
        onSuccess: () => {
          saved.current = text;
          setState('saved');
        },
        onError: () => setState('dirty'),
      },
    );
  };

  useEffect(
    () => () => {
      if (timer.current) window.clearTimeout(timer.current);
    },
    [],
  );

  if (frozen)
    return (
      <div className={s.block}>
        <span className={s.subhead}>{nlm.minutes.notes}</span>
        {item.notes.trim() ? (
          <Body1 className={s.frozenNotes} data-testid="notes-text">
            {item.notes}
          </Body1>
        ) : (
          <Caption1 className={s.muted}>{nlm.minutes.noNotes}</Caption1>
        )}
      </div>
    );

  return (
    <Field
      label={
        <span className={s.labelRow}>
          <span className={s.subhead}>{nlm.minutes.notes}</span>
          <span className={s.saved} aria-live="polite" data-testid="notes-state">
            {state === 'saving'
              ? nl.common.saving
              : state === 'saved'
                ? nlm.minutes.saved
                : state === 'dirty'
                  ? nlm.minutes.unsaved
                  : ''}
          </span>
        </span>
      }
    >
      <Textarea
        value={value}
        readOnly={frozen}
        resize="vertical"
        rows={value.split('\n').length > 2 ? 5 : 3}
        placeholder={frozen ? '' : nlm.minutes.notesPlaceholder}
        data-testid="notes"
        onChange={(_e, d) => {
          setValue(d.value);
          setState('dirty');
          if (timer.current) window.clearTimeout(timer.current);
          const text = d.value;
          timer.current = window.setTimeout(() => flush(text), 900);
        }}
        onBlur={() => flush(value)}
      />
    </Field>
  );
}

function Decisions({ item, frozen }: { item: ItemView; frozen: boolean }) {
  const s = useStyles();
  const add = useApiMutation('decisions.add');
  const remove = useApiMutation('decisions.delete');
  const preparing = item.kind === 'voorbereidend';
  const [text, setText] = useState('');
  const [destination, setDestination] = useState<Target>(item.target ?? 'stuurgroep');
  const [another, setAnother] = useState(false);
  const label = preparing ? nlm.minutes.advice : nlm.minutes.decision;
  // Once a decision is recorded, a further one is one click away instead of an open form.
  const showForm = !frozen && (item.decisions.length === 0 || another);

  const submit = () => {
    if (!text.trim()) return;
    add.mutate(
      { itemId: item.id, text: text.trim(), ...(preparing ? { destination } : {}) },
      {
        onSuccess: (d) => {
          setText('');
          setAnother(false);
          notify({
            intent: 'success',
            text: preparing
              ? nlm.minutes.adviceAdded(nlm.targetInSentence[d.destination ?? destination])
              : nlm.minutes.decisionAdded,
          });
        },
      },
    );
  };

  return (
    <div className={s.block} data-testid="decisions">
      <span className={s.subhead}>{preparing ? nlm.minutes.adviceTitle : nlm.minutes.decisionsTitle}</span>
      {item.decisions.length > 0 ? (
        <ul className={s.decisions}>
          {item.decisions.map((d) => (
            <DecisionRow
              key={d.id}
              decision={d}
              frozen={frozen}
              onDelete={() => remove.mutate({ id: d.id })}
            />
          ))}
        </ul>
      ) : null}
      {!frozen && !showForm ? (
        <Button
          className={s.addDecision}
          appearance="subtle"
          size="small"
          icon={<AddRegular />}
          onClick={() => setAnother(true)}
        >
          {preparing ? nlm.minutes.anotherAdvice : nlm.minutes.anotherDecision}
        </Button>
      ) : null}
      {showForm ? (
        <div className={s.decisionForm}>
          <Field label={label}>
            <Textarea
              value={text}
              onChange={(_e, d) => setText(d.value)}
              rows={2}
              resize="vertical"
              placeholder={preparing ? nlm.minutes.advicePlaceholder : nlm.minutes.decisionPlaceholder}
              data-testid="decision-text"
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  submit();
                }
              }}
            />
          </Field>
          {preparing ? (
            <Field label={nlm.minutes.destination}>
              <RadioGroup
                layout="horizontal"
                value={destination}
                onChange={(_e, d) => setDestination(d.value as Target)}
              >
                {TARGETS.map((t) => (
                  <Radio key={t} value={t} label={nl.targets[t]} />
                ))}
              </RadioGroup>
            </Field>
          ) : null}
          <div className={s.formButtons}>
            <Button
              appearance="primary"
              size="small"
              icon={<AddRegular />}
              onClick={submit}
              disabled={!text.trim() || add.isPending}
              data-testid="decision-add"
            >
              {preparing ? nlm.minutes.adviceAdd : nlm.minutes.decisionAdd}
            </Button>
            {item.proposal ? (
              <Button size="small" icon={<TextQuoteRegular />} onClick={() => setText(item.proposal)}>
                {nlm.minutes.takeProposal}
              </Button>
            ) : null}
            <Caption1 className={s.hint}>{nlm.minutes.ctrlEnter}</Caption1>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function DecisionRow({
  decision,
  frozen,
  onDelete,
}: {
  decision: DecisionView;
  frozen: boolean;
  onDelete: () => void;
}) {
  const s = useStyles();
  return (
    <li className={s.decision} data-testid="decision">
      <div className={s.decisionText}>
        <Body1>{decision.text}</Body1>
        {decision.destination ? (
          <div className={s.flags}>
            <Badge appearance="tint" color="brand" shape="rounded">
              {nlm.minutes.goesTo(nlm.targetInSentence[decision.destination])}
            </Badge>
            {decision.followUp ? (
              <Badge
                appearance="tint"
                color={decision.followUp.status === 'answered' ? 'success' : 'warning'}
                shape="rounded"
              >
                {decision.followUp.status === 'answered' ? nlm.decisions.answered : nlm.decisions.waiting}
              </Badge>
            ) : null}
          </div>
        ) : null}
      </div>
      {!frozen ? (
        <Tooltip content={nlm.minutes.deleteDecision} relationship="label">
          <Button appearance="subtle" size="small" icon={<DeleteRegular />} onClick={onDelete} />
        </Tooltip>
      ) : null}
    </li>
  );
}

function Actions({
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
        className={s.addDecision}
        appearance="subtle"
        size="small"
        icon={<AddRegular />}
        onClick={() => setAdding(true)}
      >
        {nlm.minutes.addAction}
      </Button>
    );

  return (
    <div className={s.block}>
      <span className={s.subhead}>{nlm.minutes.actionsTitle}</span>
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
      {showEntry ? <Caption1 className={s.muted}>{nlm.minutes.actionsHint}</Caption1> : null}
    </div>
  );
}
