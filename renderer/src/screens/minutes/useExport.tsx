// Exporting a Word file (minutes, action list). On the desktop: the native save dialog, then the export
// to that path, then "Openen" / "Toon in map". In browser mode: the services write into their exports
// folder and the bridge serves the file for download (GET /download/<name>?token=…).
import { useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { FolderOpenRegular, OpenRegular } from '@fluentui/react-icons';
import type { ExportResult } from '../../../../shared/api/calls/exports';
import { nl } from '../../i18n/nl';
import { nlm } from '../../i18n/nl-meeting';
import { useShell } from '../../api/context';
import { errorMessage } from '../../api/errors';
import { downloadExport } from '../documents/files';
import { notify } from '../../app/notify';
import { DismissButton } from '../../components/DismissButton';

interface Exported {
  result: ExportResult;
  /** Where the file went on this computer (desktop), or null when the browser downloaded it. */
  path: string | null;
}

type ExportCall = (outPath: string | undefined) => Promise<ExportResult>;

export function useExport() {
  const shell = useShell();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Exported | null>(null);

  const run = async (call: ExportCall, dialogTitle: string, defaultName: string) => {
    if (busy) return;
    setBusy(true);
    try {
      if (shell) {
        const path = await shell.chooseSavePath({
          title: dialogTitle,
          defaultName,
          filters: [{ name: nlm.exporting.wordFilter, extensions: ['docx'] }],
        });
        if (!path) return;
        const result = await call(path);
        setDone({ result, path: result.path });
      } else {
        const result = await call(undefined);
        if (!downloadExport(result.download, result.fileName)) throw new Error(nlm.exporting.noDownload);
        setDone({ result, path: null });
      }
    } catch (error) {
      notifyExportError(error);
    } finally {
      setBusy(false);
    }
  };

  return { run, busy, done, dismiss: () => setDone(null) };
}

/** An export that failed: the API's Dutch message, or the local one (a download that could not start). */
export function notifyExportError(error: unknown): void {
  notify({
    intent: 'error',
    text: error instanceof Error && !('body' in error) ? error.message : errorMessage(error),
  });
}

/** The result of an export, with Openen / Toon in map on the desktop. */
export function ExportBar({ done, onDismiss }: { done: Exported; onDismiss: () => void }) {
  const shell = useShell();
  const { result, path } = done;
  return (
    <MessageBar intent="success" layout="multiline" style={{ flexShrink: 0 }} data-testid="export-done">
      <MessageBarBody>
        <MessageBarTitle>
          {path ? nlm.exporting.saved(result.fileName) : nlm.exporting.downloaded(result.fileName)}
        </MessageBarTitle>
        {result.revision ? nlm.exporting.revision(result.revision) : null}
        {path ? <div>{path}</div> : <div>{nlm.exporting.downloadHint}</div>}
      </MessageBarBody>
      <MessageBarActions containerAction={<DismissButton onDismiss={onDismiss} />}>
        {shell && path ? (
          <>
            <Button
              icon={<OpenRegular />}
              onClick={() =>
                void shell
                  .openPath(path)
                  .catch((e: unknown) => notify({ intent: 'error', text: errorMessage(e) }))
              }
            >
              {nl.common.open}
            </Button>
            <Button
              icon={<FolderOpenRegular />}
              onClick={() =>
                void shell
                  .showInFolder(path)
                  .catch((e: unknown) => notify({ intent: 'error', text: errorMessage(e) }))
              }
            >
              {nlm.exporting.showInFolder}
            </Button>
          </>
        ) : null}
      </MessageBarActions>
    </MessageBar>
  );
}
