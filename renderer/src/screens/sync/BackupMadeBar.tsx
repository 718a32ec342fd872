// After "Back-up maken": where the backup went, and a way to it — "Toon in map" on the desktop, a download in
// browser mode (the browser cannot show a folder; the backup is then packed as one .zip in the exports folder,
// which the bridge serves).
import { useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, FolderOpenRegular } from '@fluentui/react-icons';
import type { BackupView } from '../../../../shared/api/calls/sync';
import { nld } from '../../i18n/nl-documents';
import { useApi, useShell } from '../../api/context';
import { useApiQuery } from '../../api/queries';
import { errorMessage } from '../../api/errors';
import { notify } from '../../app/notify';
import { moment } from '../../lib/format';
import { baseName, downloadExport, exportsPath, failureText } from '../documents/files';
import { DismissButton } from '../../components/DismissButton';

export function BackupMadeBar({ backup, onDismiss }: { backup: BackupView; onDismiss: () => void }) {
  const shell = useShell();
  const api = useApi();
  const info = useApiQuery('app.info', {});
  const [busy, setBusy] = useState(false);

  const download = async () => {
    if (!info.data || busy) return;
    setBusy(true);
    try {
      const name = `Regie back-up ${backup.createdAt.slice(0, 10)} ${backup.name.replace(/[^0-9A-Za-z]+/g, '-')}.zip`;
      const zip = await api['backup.create']({ outPath: exportsPath(info.data.dataDir, name) });
      if (!downloadExport(baseName(zip.path), baseName(zip.path))) throw new Error(nld.data.noDownload);
    } catch (error) {
      notify({ intent: 'error', text: failureText(error, errorMessage) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <MessageBar intent="success" layout="multiline" data-testid="backup-made">
      <MessageBarBody>
        <MessageBarTitle>{nld.data.backupMade(moment(backup.createdAt))}</MessageBarTitle>
        <div>{nld.data.backupWhere}</div>
        <div data-testid="backup-path">{backup.path}</div>
      </MessageBarBody>
      <MessageBarActions containerAction={<DismissButton onDismiss={onDismiss} />}>
        {shell ? (
          <Button
            icon={<FolderOpenRegular />}
            onClick={() =>
              void shell
                .showInFolder(backup.path)
                .catch((e: unknown) => notify({ intent: 'error', text: errorMessage(e) }))
            }
          >
            {nld.data.showInFolder}
          </Button>
        ) : (
          <Button
            icon={<ArrowDownloadRegular />}
            onClick={() => void download()}
            disabled={busy || !info.data}
            data-testid="backup-download"
          >
            {busy ? nld.data.packing : nld.data.download}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
