// The one field for naming a person (the item's Inbrenger, an action's Wie): pick one of the body's people or
// type a name of one's own. It filters as you type (name or municipality), and the keyboard never loses input:
// - Escape with the list open closes the list only (the dialog around it stays, with what was typed);
// - Enter with the list open picks the highlighted person, or the only one that matches; with several matches
//   and none highlighted the list stays open; with no match the typed name stands and Enter goes on;
// - Enter with the list closed goes on: `onEnter`, or else the form the field is in is submitted (Fluent's own
//   Combobox would open the list instead);
// - Alt+↓ (or ↓) opens the list, Tab leaves the field as one tab stop.
import { useState, type KeyboardEvent, type Ref } from 'react';
import { Combobox, Option, makeStyles, mergeClasses } from '@fluentui/react-components';
import type { PersonView } from '../../../shared/api/views';
import { nl } from '../i18n/nl';

const useStyles = makeStyles({
  // Fluent gives the combobox a minimum width of 250px; in a table cell or a narrow column it must give way.
  root: { minWidth: 0, width: '100%' },
  input: { minWidth: 0, width: '100%' },
});

/** A chosen person, or a name typed that is nobody's in the list. */
export interface PersonChoice {
  personId: string | null;
  name: string;
}

export const NO_PERSON: PersonChoice = { personId: null, name: '' };

const NONE = '\u0000none';

/** The people that match what was typed: by name or by municipality, anywhere in the word. */
export function matchingPeople(people: readonly PersonView[], typed: string): PersonView[] {
  const q = typed.trim().toLowerCase();
  if (!q) return [...people];
  return people.filter(
    (p) => p.name.toLowerCase().includes(q) || (p.municipality?.name.toLowerCase().includes(q) ?? false),
  );
}

/** A typed name that is exactly somebody's name counts as that person. */
export function resolvePerson(people: readonly PersonView[], choice: PersonChoice): PersonChoice {
  if (choice.personId) return choice;
  const name = choice.name.trim();
  const same = people.filter((p) => p.name.toLowerCase() === name.toLowerCase());
  return same.length === 1 && same[0]
    ? { personId: same[0].id, name: same[0].name }
    : { personId: null, name };
}

export function PersonCombobox({
  people,
  value,
  onChange,
  onEnter,
  label,
  placeholder,
  inputRef,
  className,
  testId,
}: {
  people: readonly PersonView[];
  value: PersonChoice;
  onChange: (choice: PersonChoice) => void;
  /** Enter with the list closed; without it, Enter submits the surrounding form. */
  onEnter?: () => void;
  /** The accessible name when no Field labels the combobox. */
  label?: string;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  testId?: string;
}) {
  const s = useStyles();
  const [open, setOpen] = useState(false);
  // After a pick the whole list is offered again; while typing, only what matches.
  const shown = value.personId ? [...people] : matchingPeople(people, value.name);

  const goOn = (e: KeyboardEvent<HTMLInputElement>) => {
    setOpen(false);
    e.preventDefault();
    if (onEnter) {
      e.stopPropagation();
      onEnter();
    } else if (e.currentTarget.form) {
      e.stopPropagation();
      e.currentTarget.form.requestSubmit();
    }
  };

  // Runs after Fluent's own key handling (which already closed, opened or selected): `open` and the DOM's
  // aria-activedescendant still tell what was the case when the key went down.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      return;
    }
    if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
    if (!open) return goOn(e);
    const activeId = e.currentTarget.getAttribute('aria-activedescendant');
    const active = activeId ? e.currentTarget.ownerDocument.getElementById(activeId) : null;
    e.stopPropagation();
    // Fluent picked the highlighted option and closed the list (the "nobody found" line is no option to pick).
    if (active && active.getAttribute('aria-disabled') !== 'true') return;
    const matches = shown;
    if (value.personId === null && value.name.trim() && matches.length === 1 && matches[0]) {
      e.preventDefault();
      onChange({ personId: matches[0].id, name: matches[0].name });
      setOpen(false);
    } else if (value.personId === null && value.name.trim() && matches.length > 1) {
      // Several fit and none is chosen: the list stays, ↓ picks.
      e.preventDefault();
      setOpen(true);
    } else goOn(e);
  };

  return (
    <Combobox
      className={mergeClasses(s.root, className)}
      input={{ className: s.input, ref: inputRef }}
      freeform
      open={open}
      onOpenChange={(_e, d) => setOpen(d.open)}
      value={value.name}
      selectedOptions={value.personId ? [value.personId] : []}
      placeholder={placeholder}
      aria-label={label}
      // One tab stop: the list opens from the field itself (Alt+↓ or typing).
      expandIcon={{ tabIndex: -1, 'aria-label': nl.combobox.openList }}
      data-testid={testId}
      onChange={(e) => {
        onChange({ personId: null, name: e.target.value });
        setOpen(e.target.value.trim() !== '');
      }}
      onOptionSelect={(_e, d) => {
        if (!d.optionValue || d.optionValue === NONE) return;
        onChange({ personId: d.optionValue, name: d.optionText ?? '' });
      }}
      onKeyDown={onKeyDown}
    >
      {shown.length === 0 ? (
        <Option key={NONE} value={NONE} text={value.name} disabled>
          {nl.combobox.noMatch(value.name.trim())}
        </Option>
      ) : (
        shown.map((p) => (
          <Option key={p.id} value={p.id} text={p.name}>
            {p.municipality ? `${p.name} (${p.municipality.name})` : p.name}
          </Option>
        ))
      )}
    </Combobox>
  );
}
