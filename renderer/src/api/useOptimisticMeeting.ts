// Optimistic updates of one meeting's cached detail: the screen shows a change at once (a new order, a
// booked minute, a status) while the call is on its way; the refetch after the change brings the same data.
import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ItemView, MeetingDetail } from '../../../shared/api/views';
import { queryKey } from './queries';

interface OptimisticMeeting {
  /** Replace the cached meeting by `change(meeting)`; a refetch still on its way is cancelled first. */
  update(change: (meeting: MeetingDetail) => MeetingDetail): void;
  /** Replace one cached item by `change(item)`. */
  updateItem(itemId: string, change: (item: ItemView) => ItemView): void;
}

export function useOptimisticMeeting(meetingId: string): OptimisticMeeting {
  const client = useQueryClient();
  const update = useCallback(
    (change: (meeting: MeetingDetail) => MeetingDetail) => {
      const key = queryKey('meetings.get', { id: meetingId });
      // A refetch still on its way would bring back the state before this change.
      void client.cancelQueries({ queryKey: key });
      const current = client.getQueryData<MeetingDetail>(key);
      if (current) client.setQueryData<MeetingDetail>(key, change(current));
    },
    [client, meetingId],
  );
  const updateItem = useCallback(
    (itemId: string, change: (item: ItemView) => ItemView) =>
      update((meeting) => ({
        ...meeting,
        items: meeting.items.map((i) => (i.id === itemId ? change(i) : i)),
      })),
    [update],
  );
  return { update, updateItem };
}
