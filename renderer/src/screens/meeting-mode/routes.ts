// The routes of the meeting and after: meeting mode (with its projector view), the notulist's record,
// actions across meetings, the decisions register and search. state.tsx joins them into its Route.
import type { ActionFilter } from '../../../../shared/api/schemas';

export type MeetingRoute =
  | { screen: 'meetingMode'; meetingId: string; itemId?: string; projector?: boolean }
  | { screen: 'minutes'; meetingId: string; itemId?: string }
  | { screen: 'actions'; status?: ActionFilter; meetingId?: string; actionId?: string }
  | { screen: 'decisions'; query?: string; followUpOnly?: boolean; decisionId?: string }
  | { screen: 'search'; q?: string }
  | { screen: 'dossier'; itemId: string };

export type MeetingSection = 'actions' | 'decisions' | 'search';
