// Meeting mode's keys (the legend at the bottom lists them): →/PageDown/j and ←/PageUp/k step through the
// agenda, Home/End jump to its ends, Space starts and stops the clock, h and p mark the item handled or
// postponed, s goes to the first document, F5 toggles the projector view and Escape leaves it. They stay
// quiet in text fields, while a dialog is open, and with Ctrl, Alt or Meta held.
import { useEffect } from 'react';
import { dialogOpen, isEditable } from '../../app/keys';
import type { ItemStatus } from '../../../../shared/domain/types';

interface ModeKeys {
  index: number;
  count: number;
  goTo(index: number): void;
  toggleClock(): void;
  mark(status: Exclude<ItemStatus, 'open'>): void;
  projector: boolean;
  enterProjector(): void;
  leaveProjector(): void;
}

export function useModeKeys(keys: ModeKeys): void {
  const { index, count, goTo, toggleClock, mark, projector, enterProjector, leaveProjector } = keys;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (isEditable(e.target) || dialogOpen()) return;
      const k = e.key;
      let handled = true;
      if (k === 'ArrowRight' || k === 'PageDown' || k === 'j') goTo(index + 1);
      else if (k === 'ArrowLeft' || k === 'PageUp' || k === 'k') goTo(index - 1);
      else if (k === 'Home') goTo(0);
      else if (k === 'End') goTo(count - 1);
      else if (k === ' ' || k === 'Spacebar') toggleClock();
      else if (k === 'h') mark('handled');
      else if (k === 'p') mark('postponed');
      else if (k === 's' && !projector) {
        const first = document.querySelector<HTMLElement>('[data-testid="open-document"]');
        if (first) first.focus();
        else handled = false;
      } else if (k === 'F5') {
        if (projector) leaveProjector();
        else enterProjector();
      } else if (k === 'Escape' && projector) leaveProjector();
      else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, count, goTo, toggleClock, mark, projector, enterProjector, leaveProjector]);
}
