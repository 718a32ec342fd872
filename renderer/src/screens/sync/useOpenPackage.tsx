// Choosing a meeting package to open: the native open dialog on the desktop, a file input in browser mode
// (the bytes go to package.upload, which stores them under the data folder and answers with a path).
import { useCallback, useState } from 'react';
import { useApi, useShell } from '../../api/context';
import { errorMessage } from '../../api/errors';
import { notify } from '../../app/notify';
import { nld } from '../../i18n/nl-documents';
import { failureText, fileToBase64, pickFile } from '../documents/files';
import { ImportDialog } from './ImportDialog';

export function useOpenPackage() {
  const api = useApi();
  const shell = useShell();
  const [path, setPath] = useState<string | null>(null);

  const choose = useCallback(async () => {
    try {
      if (shell) {
        const [chosen] = await shell.chooseFiles(nld.regie.openDialog);
        if (chosen) setPath(chosen);
        return;
      }
      const file = await pickFile('.regie');
      if (!file) return;
      if (!file.name.toLowerCase().endsWith('.regie')) throw new Error(nld.regie.chooseFile);
      const uploaded = await api['package.upload']({ fileName: file.name, base64: await fileToBase64(file) });
      setPath(uploaded.path);
    } catch (error) {
      notify({ intent: 'error', text: failureText(error, errorMessage) });
    }
  }, [api, shell]);

  const dialog = <ImportDialog path={path} onClose={() => setPath(null)} />;
  return { choose, open: setPath, dialog };
}
