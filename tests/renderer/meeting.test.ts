// Pure logic of the meeting screens (no DOM): the item clock, the running delay against the planned
// minutes, the expected end, and the highlighting of search matches.
import { describe, expect, it } from 'vitest';
import {
  clock,
  plannedEnd,
  runningDelay,
  shiftTime,
  type TimedItem,
} from '../../renderer/src/screens/meeting-mode/timing';
import { markTitle, snippetParts } from '../../renderer/src/screens/search/highlight';

const item = (
  id: string,
  durationMinutes: number | null,
  elapsedSeconds: number,
  status: TimedItem['status'] = 'open',
  startsAt: string | null = null,
): TimedItem => ({
  id,
  durationMinutes,
  elapsedSeconds,
  status,
  startsAt,
});

describe('meeting-mode timing', () => {
  it('shows the item clock as m:ss, and h:mm:ss past an hour', () => {
    expect([clock(0), clock(9), clock(75), clock(600), clock(3725), clock(-4)]).toEqual([
      '0:00',
      '0:09',
      '1:15',
      '10:00',
      '1:02:05',
      '0:00',
    ]);
  });

  it('adds up the time over or under plan of the items dealt with; the current one only once it runs over', () => {
    const items = [
      item('opening', null, 120, 'handled'),
      item('stavaza', 20, 25 * 60, 'handled'),
      item('aanschaf', 30, 10 * 60),
      item('visie', 15, 0),
    ];
    const used = (i: TimedItem) => i.elapsedSeconds;
    // Opening +2 min (nothing planned), Stavaza +5 min; Aanschaf is current and within its 30 minutes.
    expect(runningDelay(items, 2, used)).toBe(7 * 60);
    // Aanschaf running 35 minutes: 5 more.
    expect(runningDelay(items, 2, (i) => (i.id === 'aanschaf' ? 35 * 60 : i.elapsedSeconds))).toBe(12 * 60);
    // A postponed item gives its planned time back.
    const postponed = [item('a', 20, 0, 'postponed'), item('b', 10, 60)];
    expect(runningDelay(postponed, 1, used)).toBe(-20 * 60);
  });

  it('gives the planned end and shifts it by the delay', () => {
    const items = [
      item('a', 20, 0, 'open', '09:30'),
      item('b', 30, 0, 'open', '09:50'),
      item('c', 15, 0, 'open', '10:20'),
    ];
    expect(plannedEnd(items)).toBe('10:35');
    expect(plannedEnd([item('x', null, 0)])).toBeNull();
    expect(shiftTime('10:35', 7 * 60)).toBe('10:42');
    expect(shiftTime('10:35', -50 * 60)).toBe('09:45');
    expect(shiftTime('23:50', 20 * 60)).toBe('00:10');
  });
});

describe('search highlighting', () => {
  it('splits a snippet into plain text and the matched words between [ and ]', () => {
    expect(snippetParts('… de [Privacy-effectbeoordeling] is [gevraagd] …')).toEqual([
      { text: '… de ', match: false },
      { text: 'Privacy-effectbeoordeling', match: true },
      { text: ' is ', match: false },
      { text: 'gevraagd', match: true },
      { text: ' …', match: false },
    ]);
    expect(snippetParts('geen treffer')).toEqual([{ text: 'geen treffer', match: false }]);
  });

  it('marks the words of a title that start with a query word, without case or accents', () => {
    expect(markTitle('Aanschaf informatieplatform', 'informatiepl')).toBe('Aanschaf [informatieplatform]');
    expect(markTitle('Privacytoets laten uitvoeren', 'PRIVACY uitv')).toBe(
      '[Privacytoets] laten [uitvoeren]',
    );
    expect(markTitle('Café-overleg "Één"', 'cafe een')).toBe('[Café-overleg] ["Één"]');
    expect(markTitle('Stavaza', '  ')).toBe('Stavaza');
  });
});
