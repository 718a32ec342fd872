// The minutes' e-mail draft to the ondersteuner: the services write an .eml (the minutes and the action list
// attached) into the exports folder; the desktop opens it in the mail program (Outlook opens an X-Unsent
// draft as a new message), browser mode downloads it.
import { useState } from 'react';
import { useApi, useShell } from '../../api/context';
import { nlm } from '../../i18n/nl-meeting';
import { notify } from '../../app/notify';
import { downloadExport } from '../documents/files';
import { notifyExportError } from './useExport';

export function useMinutesMail() {
  const api = useApi();
  const shell = useShell();
  const [busy, setBusy] = useState(false);
  const run = async (meetingId: string) => {
    if (busy) return;
    setBusy(true);
    try {
      const result = await api['export.minutesMail']({ meetingId });
      if (shell) {
        await shell.openPath(result.path);
        notify({ intent: 'success', text: nlm.flow.mailOpened(result.fileName) });
      } else {
        if (!downloadExport(result.download, result.fileName)) throw new Error(nlm.exporting.noDownload);
        notify({ intent: 'success', text: nlm.flow.mailDownloaded(result.fileName) });
      }
    } catch (error) {
      notifyExportError(error);
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}
