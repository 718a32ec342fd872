// The desktop menu's commands and opened .regie files (window.regieEvents; absent in browser mode), and F1
// for the user guide. "Nieuwe vergadering" is handled by the Shell itself.
import { useEffect } from 'react';
import { regieWindow } from '../../api/globals';
import { useAppState } from '../../app/state';

export function ShellEvents() {
  const { navigate } = useAppState();
  useEffect(() => {
    const events = regieWindow().regieEvents;
    const offCommand = events?.onCommand((command) => {
      if (command === 'backup') navigate({ screen: 'data', backup: Date.now() });
      else if (command === 'user-guide') navigate({ screen: 'help' });
    });
    const offFile = events?.onOpenFile((path) =>
      navigate({ screen: 'data', openPath: path, nonce: Date.now() }),
    );
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F1' && !e.defaultPrevented && !events) {
        e.preventDefault();
        navigate({ screen: 'help' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      offCommand?.();
      offFile?.();
      window.removeEventListener('keydown', onKey);
    };
  }, [navigate]);
  return null;
}
