// The discussion notes of one item, saved as you type (after a pause, and when the field loses focus); the
// label says whether they are saved. Adopted minutes show the notes as text.
import { useEffect, useRef, useState } from 'react';
import { Body1, Caption1, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { ItemView } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { useApiMutation } from '../../api/queries';
import { useRecordStyles } from './recordStyles';

const useStyles = makeStyles({
  labelRow: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  frozenNotes: { whiteSpace: 'pre-wrap', lineHeight: tokens.lineHeightBase400 },
  saved: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export function NotesField({ item, frozen }: { item: ItemView; frozen: boolean }) {
  const s = useStyles();
  const r = useRecordStyles();
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
      <div className={r.block}>
        <span className={r.subhead}>{nlm.minutes.notes}</span>
        {item.notes.trim() ? (
          <Body1 className={s.frozenNotes} data-testid="notes-text">
            {item.notes}
          </Body1>
        ) : (
          <Caption1 className={r.muted}>{nlm.minutes.noNotes}</Caption1>
        )}
      </div>
    );

  return (
    <Field
      label={
        <span className={s.labelRow}>
          <span className={r.subhead}>{nlm.minutes.notes}</span>
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
