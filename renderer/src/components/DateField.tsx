// Date and time fields that always show and take dd-mm-jjjj and a 24-hour hh:mm, whatever the browser's or
// Windows' language (a native <input type="date"> shows mm/dd/yyyy in an English Chromium). Typing "1-4" or
// "1 apr" completes to a full date when the field is left; the calendar next to it speaks Dutch (see Calendar).
// The rules are in shared/rules/dateInput.ts.
//
// The value is a LocalDate ('YYYY-MM-DD') or '' when empty; what cannot be read as a date is passed on as typed,
// so that saving reports it by the field's name instead of silently keeping an older date.
import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Input,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  makeStyles,
  mergeClasses,
  tokens,
  type InputProps,
} from '@fluentui/react-components';
import { CalendarRegular } from '@fluentui/react-icons';
import { formatDateInput, parseDateInput, parseTimeInput } from '../../../shared/rules/dateInput';
import { isValidLocalDate } from '../../../shared/rules/calendar';
import { nl } from '../i18n/nl';
import { useAppState } from '../app/state';
import { Calendar } from './Calendar';

const useStyles = makeStyles({
  date: { width: '150px', minWidth: 0 },
  time: { width: '90px', minWidth: 0 },
  input: { minWidth: 0, fontVariantNumeric: 'tabular-nums' },
  full: { width: '100%', minWidth: 0 },
  calendarButton: { minWidth: '24px' },
  wrap: { display: 'inline-flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  wrapFull: { display: 'flex' },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

type Common = Pick<
  InputProps,
  'id' | 'autoFocus' | 'disabled' | 'required' | 'aria-label' | 'aria-describedby'
> & {
  className?: string;
  /** As wide as its column instead of its own width. */
  fill?: boolean;
  testId?: string;
};

/** What a date field shows for a value: dd-mm-jjjj, or the text as typed when it is no date. */
const shown = (value: string) => (isValidLocalDate(value) ? formatDateInput(value) : value);

export function DateField({
  value,
  onChange,
  className,
  fill,
  testId,
  ...input
}: Common & { value: string; onChange: (value: string) => void }) {
  const s = useStyles();
  const { today } = useAppState();
  const [text, setText] = useState(() => shown(value));
  const [open, setOpen] = useState(false);
  // Said when the field is left with something that is no date (not while typing it).
  const [wrong, setWrong] = useState(false);
  const ref = useRef<HTMLInputElement | null>(null);
  // A value set from outside (a reset, another field) shows; our own last value does not overwrite the typing.
  const last = useRef(value);
  useEffect(() => {
    if (value !== last.current) {
      last.current = value;
      setText(shown(value));
    }
  }, [value]);

  const emit = (next: string) => {
    last.current = next;
    onChange(next);
  };
  const pick = (date: string) => {
    setText(formatDateInput(date));
    emit(date);
    setOpen(false);
    ref.current?.focus();
  };

  return (
    <span className={mergeClasses(s.wrap, fill && s.wrapFull)}>
      <Input
        {...input}
        ref={ref}
        className={mergeClasses(fill ? s.full : s.date, className)}
        input={{ className: s.input }}
        value={text}
        placeholder={nl.calendar.datePlaceholder}
        autoComplete="off"
        data-testid={testId}
        aria-invalid={wrong || undefined}
        onChange={(_e, d) => {
          setText(d.value);
          setWrong(false);
          emit(d.value.trim() ? (parseDateInput(d.value, today) ?? d.value) : '');
        }}
        onBlur={() => {
          const date = parseDateInput(text, today);
          if (date) setText(formatDateInput(date));
          setWrong(!date && text.trim() !== '');
        }}
        onKeyDown={(e) => {
          // Alt+↓ opens the calendar, as on a native date field.
          if (e.altKey && e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
        contentAfter={
          <Popover open={open} onOpenChange={(_e, d) => setOpen(d.open)} trapFocus positioning="below-end">
            <PopoverTrigger disableButtonEnhancement>
              <Button
                appearance="transparent"
                size="small"
                className={s.calendarButton}
                icon={<CalendarRegular />}
                aria-label={nl.calendar.open}
                disabled={input.disabled}
              />
            </PopoverTrigger>
            <PopoverSurface
              aria-label={nl.calendar.label}
              onKeyDown={(e) => {
                // Escape closes the calendar only, never the dialog the field is in.
                if (e.key === 'Escape') {
                  e.preventDefault();
                  e.stopPropagation();
                  setOpen(false);
                  ref.current?.focus();
                }
              }}
            >
              <Calendar
                value={isValidLocalDate(value) ? value : null}
                today={today}
                onPick={pick}
                autoFocus
              />
            </PopoverSurface>
          </Popover>
        }
      />
      {wrong ? (
        <span className={s.error} role="alert">
          {nl.calendar.notADate(text.trim())}
        </span>
      ) : null}
    </span>
  );
}

/** A time on the 24-hour clock: '09:30'; '930', '9.30' and '9' are completed when the field is left. */
export function TimeField({
  value,
  onChange,
  className,
  fill,
  testId,
  ...input
}: Common & { value: string; onChange: (value: string) => void }) {
  const s = useStyles();
  const [text, setText] = useState(value);
  const last = useRef(value);
  useEffect(() => {
    if (value !== last.current) {
      last.current = value;
      setText(value);
    }
  }, [value]);
  return (
    <Input
      {...input}
      className={mergeClasses(fill ? s.full : s.time, className)}
      input={{ className: s.input }}
      value={text}
      placeholder={nl.calendar.timePlaceholder}
      inputMode="numeric"
      autoComplete="off"
      data-testid={testId}
      onChange={(_e, d) => {
        setText(d.value);
        const next = d.value.trim() ? (parseTimeInput(d.value) ?? d.value) : '';
        last.current = next;
        onChange(next);
      }}
      onBlur={() => {
        const time = parseTimeInput(text);
        if (time) setText(time);
      }}
    />
  );
}
