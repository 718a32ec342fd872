// "Vergaderplaatsen" in Instellingen: each municipality's meeting place (name and address). A meeting without
// a location of its own is held at its host's place; the agenda, the Word file, the .ics and the e-mail say so.
// Each row saves on its own (a municipality belongs to every body that rotates through it).
import { useEffect, useState } from 'react';
import { Body1, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import type { BodyView, MeetingPlaceView } from '../../../../shared/api/views';
import { nl } from '../../i18n/nl';
import { Section } from '../../components/Page';
import { useApiMutation } from '../../api/queries';
import { notify } from '../../app/notify';
import { errorMessage } from '../../api/errors';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0 },
  row: {
    display: 'grid',
    gridTemplateColumns: '120px minmax(0, 1fr) minmax(0, 1.4fr) auto',
    gap: tokens.spacingHorizontalM,
    alignItems: 'end',
    listStyleType: 'none',
  },
  municipality: { fontWeight: tokens.fontWeightSemibold, paddingBottom: '6px', overflowWrap: 'anywhere' },
  empty: { color: tokens.colorNeutralForeground3 },
});

function PlaceRow({ place }: { place: MeetingPlaceView }) {
  const s = useStyles();
  const save = useApiMutation('municipalities.setPlace', { quiet: true });
  const [name, setName] = useState(place.name);
  const [address, setAddress] = useState(place.address);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setName(place.name);
    setAddress(place.address);
  }, [place.name, place.address]);
  const dirty = name.trim() !== place.name || address.trim() !== place.address;
  const submit = () =>
    save.mutate(
      { municipalityId: place.municipalityId, name, address },
      {
        onSuccess: () => {
          setError(null);
          notify({ intent: 'success', text: nl.places.saved(place.municipality) });
        },
        onError: (e) => setError(errorMessage(e)),
      },
    );
  return (
    <li className={s.row} data-testid={`place-${place.municipality}`}>
      <Body1 className={s.municipality}>{place.municipality}</Body1>
      <Field label={nl.places.columnName} validationMessage={error ?? undefined}>
        <Input
          value={name}
          aria-label={nl.places.name(place.municipality)}
          placeholder={nl.places.namePlaceholder}
          onChange={(_e, d) => setName(d.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && dirty) submit();
          }}
        />
      </Field>
      <Field label={nl.places.columnAddress}>
        <Input
          value={address}
          aria-label={nl.places.address(place.municipality)}
          placeholder={nl.places.addressPlaceholder}
          onChange={(_e, d) => setAddress(d.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && dirty) submit();
          }}
        />
      </Field>
      <Button
        icon={<SaveRegular />}
        disabled={!dirty || save.isPending}
        onClick={submit}
        aria-label={nl.places.saveFor(place.municipality)}
      >
        {nl.places.save}
      </Button>
    </li>
  );
}

export function MeetingPlacesSection({ body }: { body: BodyView }) {
  const s = useStyles();
  return (
    <Section title={nl.places.title} hint={nl.places.hint} id="meeting-places">
      {body.meetingPlaces.length === 0 ? (
        <Body1 className={s.empty}>{nl.places.none}</Body1>
      ) : (
        <ul className={s.list} aria-label={nl.places.title}>
          {body.meetingPlaces.map((p) => (
            <PlaceRow key={p.municipalityId} place={p} />
          ))}
        </ul>
      )}
    </Section>
  );
}
