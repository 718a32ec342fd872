// Undo the last change ('undo.last'), from the button in the navigation or with Ctrl+Z — within the body on
// screen: its own changes and those of no single body (people, imports), never another body's.
import { useApiMutation, useApiQuery } from '../api/queries';
import { nl } from '../i18n/nl';
import { notify } from './notify';
import { useAppState } from './state';

/** The label of what Ctrl+Z would undo: the newest change that is not itself an undo and not undone. */
export function useUndo() {
  const { bodyId } = useAppState();
  const forBody = bodyId ? { bodyId } : {};
  const audit = useApiQuery('audit.list', { limit: 25, ...forBody });
  const undo = useApiMutation('undo.last');
  const next = audit.data?.find((e) => !e.undone && !e.isUndo && e.rows > 0) ?? null;
  const run = () => {
    if (undo.isPending) return;
    undo.mutate(forBody, {
      onSuccess: (result) =>
        notify(
          result
            ? { intent: 'success', text: nl.nav.undone(result.label) }
            : { intent: 'info', text: nl.nav.nothingToUndo },
        ),
    });
  };
  return { run, label: next?.label ?? null, busy: undo.isPending };
}
