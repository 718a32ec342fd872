// Opening an item's attachment (meeting mode, the agenda). The services put a copy under its letter and title
// ('B - Stavaza Beschermd wonen.pdf') in their exports folder (documents.open); on the desktop the system's
// program opens it, in browser mode the bridge serves it as a download. Failures are the app's Dutch toasts.
import { useCallback, useRef, useState } from 'react';
import type { AttachmentView } from '../../../../shared/api/views';
import { useApi, useShell } from '../../api/context';
import { errorMessage } from '../../api/errors';
import { notify } from '../../app/notify';
import { nld } from '../../i18n/nl-documents';
import { downloadExport, failureText } from './files';

/** A key per attachment of an item (the previous minutes have no id). */
export function attachmentKey(itemId: string, a: Pick<AttachmentView, 'id'>): string {
  return a.id ?? `previous-minutes:${itemId}`;
}

export function useOpenAttachment() {
  const api = useApi();
  const shell = useShell();
  const [opening, setOpening] = useState<string | null>(null);
  const busy = useRef(false);

  const open = useCallback(
    async (itemId: string, attachment: Pick<AttachmentView, 'id'>) => {
      // One at a time: a double click must not start two copies of a large file.
      if (busy.current) return;
      busy.current = true;
      setOpening(attachmentKey(itemId, attachment));
      try {
        const result = await api['documents.open']({ itemId, id: attachment.id });
        if (shell) await shell.openPath(result.path);
        else {
          if (!downloadExport(result.download, result.fileName))
            throw new Error(nld.attachmentOpen.noDownload);
          notify({ intent: 'success', text: nld.attachmentOpen.downloaded(result.fileName) });
        }
      } catch (error) {
        notify({ intent: 'error', text: failureText(error, errorMessage) });
      } finally {
        busy.current = false;
        setOpening(null);
      }
    },
    [api, shell],
  );

  return { open, opening, desktop: shell !== null };
}
