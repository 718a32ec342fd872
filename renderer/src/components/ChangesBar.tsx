// After planning, moving or cancelling a meeting: what the rules now give differently, in Dutch sentences.
import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { nl } from '../i18n/nl';
import { DismissButton } from './DismissButton';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

export interface ChangeReport {
  title: string;
  changes: string[];
}

export function ChangesBar({ report, onDismiss }: { report: ChangeReport; onDismiss: () => void }) {
  const s = useStyles();
  return (
    <MessageBar intent="success" layout="multiline" aria-live="polite" data-testid="changes">
      <MessageBarBody>
        <MessageBarTitle>{report.title}</MessageBarTitle>
        {report.changes.length ? (
          <ul className={s.list}>
            {report.changes.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : (
          <div>{nl.meetings.noChanges}</div>
        )}
      </MessageBarBody>
      <MessageBarActions containerAction={<DismissButton onDismiss={onDismiss} />} />
    </MessageBar>
  );
}
