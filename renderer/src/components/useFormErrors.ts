// Why a save failed, for a form that saves through the API: one message for the bar above the form ("check
// the marked fields" when the services named fields), and per field the issue the services gave for its path.
import { useState } from 'react';
import { nl } from '../i18n/nl';
import { toApiCallError } from '../api/errors';
import { issueAt, issueMap, NO_ISSUES, type IssueMap } from '../lib/issues';

export function useFormErrors() {
  const [issues, setIssues] = useState<IssueMap>(NO_ISSUES);
  const [error, setError] = useState<string | null>(null);

  /** Props for a Field: its message and error state, when the services found something wrong there. */
  const fieldState = (path: string) => {
    const message = issueAt(issues, path);
    return message ? { validationMessage: message, validationState: 'error' as const } : {};
  };

  const fail = (e: unknown) => {
    const err = toApiCallError(e);
    setIssues(issueMap(err.body));
    setError(err.body.issues?.length ? nl.errors.checkFields : err.body.message);
  };

  return {
    error,
    issues,
    fieldState,
    fail,
    /** Before saving again: the bar goes, the fields keep their marks until the answer. */
    clearError: () => setError(null),
    /** After a save: nothing is wrong any more. */
    clearIssues: () => setIssues(NO_ISSUES),
  };
}
