// What the shell needs from the meeting-and-after screens: their navigation entries and the screen for
// each of their routes. Kept here so the shell's own file only gains a few lines.
import type { JSX, ReactNode } from 'react';
import { CheckboxCheckedRegular, GavelRegular, SearchRegular } from '@fluentui/react-icons';
import type { BodyView } from '../../../../shared/api/views';
import { nlm } from '../../i18n/nl-meeting';
import type { MeetingRoute, MeetingSection } from './routes';
import {
  ActionsScreen,
  DecisionsScreen,
  DossierScreen,
  MeetingModeScreen,
  MinutesScreen,
  SearchScreen,
} from '../../app/screens';

/** Navigation entries, shown after "Vergaderingen": Alt+3…5, numbered in the order shown. */
export const MEETING_SECTIONS: { section: MeetingSection; label: string; icon: JSX.Element; key: string }[] =
  [
    { section: 'actions', label: nlm.meetingNav.actions, icon: <CheckboxCheckedRegular />, key: '3' },
    { section: 'decisions', label: nlm.meetingNav.decisions, icon: <GavelRegular />, key: '4' },
    { section: 'search', label: nlm.meetingNav.search, icon: <SearchRegular />, key: '5' },
  ];

export function meetingScreen(route: MeetingRoute, body: BodyView): ReactNode {
  switch (route.screen) {
    case 'meetingMode':
      return (
        <MeetingModeScreen key={route.meetingId} body={body} meetingId={route.meetingId} route={route} />
      );
    case 'minutes':
      return <MinutesScreen key={route.meetingId} body={body} meetingId={route.meetingId} route={route} />;
    case 'actions':
      return <ActionsScreen key={body.id} body={body} route={route} />;
    case 'decisions':
      return <DecisionsScreen key={body.id} body={body} route={route} />;
    case 'search':
      return <SearchScreen key={body.id} body={body} route={route} />;
    case 'dossier':
      return <DossierScreen key={route.itemId} body={body} itemId={route.itemId} />;
  }
}
