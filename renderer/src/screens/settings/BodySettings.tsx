// "Instellingen": the body's settings and its people. Also the first-start setup of a new body.
import { useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import type { BodyView } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { useAppState } from '../../app/state';
import { notify } from '../../app/notify';
import { useApiQuery } from '../../api/queries';
import { BodyForm } from './BodyForm';
import { PeopleSection } from './People';
import { ProfileSection } from '../profile/ProfileSection';
import { MeetingPlacesSection } from './MeetingPlaces';
import { DismissButton } from '../../components/DismissButton';

const useStyles = makeStyles({
  setup: { height: '100%', backgroundColor: tokens.colorNeutralBackground2 },
});

export function BodySettingsScreen({ body, created }: { body: BodyView | null; created?: boolean }) {
  const { today, setBodyId, navigate } = useAppState();
  const [showCreated, setShowCreated] = useState(created === true);
  const meetings = useApiQuery('meetings.list', { bodyId: body?.id ?? '' }, { enabled: !!body });
  const next = meetings.data?.find((m) => m.date >= today && m.status !== 'cancelled')?.date ?? null;
  return (
    <BodyForm
      body={body}
      today={today}
      nextMeeting={next}
      title={body ? body.name : nl.settings.titleNew}
      subtitle={body ? nl.settings.subtitle : undefined}
      onSaved={(saved, created) => {
        if (created) {
          setBodyId(saved.id);
          navigate({ screen: 'settings', created: true });
        } else notify({ intent: 'success', text: nl.settings.saved });
      }}
      before={
        showCreated ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{nl.settings.created}</MessageBarBody>
            <MessageBarActions containerAction={<DismissButton onDismiss={() => setShowCreated(false)} />}>
              <Button
                onClick={() => {
                  document.getElementById('people')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
                  document
                    .querySelector<HTMLButtonElement>('#people [data-add-person]')
                    ?.focus({ preventScroll: true });
                }}
              >
                {nl.people.add}
              </Button>
              <Button onClick={() => navigate({ screen: 'meetings' })}>{nl.settings.planNow}</Button>
            </MessageBarActions>
          </MessageBar>
        ) : null
      }
    >
      {body ? <MeetingPlacesSection body={body} /> : null}
      {body ? <PeopleSection body={body} today={today} /> : null}
      {body ? <ProfileSection /> : null}
    </BodyForm>
  );
}

/** First start, "Zelf een overleg inrichten": the same form without the shell, with a way back. */
export function BodySetupScreen({ onBack }: { onBack: () => void }) {
  const s = useStyles();
  const { today, setBodyId, navigate } = useAppState();
  return (
    <div className={s.setup}>
      <BodyForm
        body={null}
        today={today}
        nextMeeting={null}
        title={nl.settings.titleNew}
        subtitle={nl.welcome.ownText}
        extraCommands={
          <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={onBack}>
            {nl.settings.backToWelcome}
          </Button>
        }
        onSaved={(saved) => {
          setBodyId(saved.id);
          navigate({ screen: 'settings', created: true });
        }}
      />
    </div>
  );
}
