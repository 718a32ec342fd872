// A search snippet from the services: the matched words come between [ and ]; they are shown highlighted.
import { Fragment } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { snippetParts } from './highlight';

const useStyles = makeStyles({
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderRadius: '2px',
    padding: '0 1px',
  },
});

export function Snippet({ text }: { text: string }) {
  const s = useStyles();
  return (
    <>
      {snippetParts(text).map((p, i) =>
        p.match ? (
          <mark key={i} className={s.mark}>
            {p.text}
          </mark>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}
