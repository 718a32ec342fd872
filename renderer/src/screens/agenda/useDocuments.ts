// Adding documents to an item: dropped or picked files. In the desktop app the files are passed by path
// (the shell's native dialog, or the dropped file's path); in browser mode they are read and sent as base64.
import { useRef, useState, type ChangeEvent, type RefObject } from 'react';
import type { ItemView } from '../../../../shared/api/views';
import { useApiMutation } from '../../api/queries';
import { useShell } from '../../api/context';
import { errorMessage } from '../../api/errors';
import { nl } from '../../i18n/nl';
import { notify } from '../../app/notify';

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      const comma = url.indexOf(',');
      resolve(comma >= 0 ? url.slice(comma + 1) : '');
    };
    reader.onerror = () => reject(new Error(nl.errors.fileRead(file.name)));
    reader.readAsDataURL(file);
  });
}

export interface DocumentUpload {
  /** The item being uploaded to and how many files, while busy. */
  busy: { itemId: string; count: number } | null;
  addFiles(item: ItemView, files: readonly File[]): Promise<void>;
  /** Opens the file picker (native dialog in the desktop app, a file input in the browser). */
  pick(item: ItemView): void;
  /** The hidden file input to render once on the page (browser mode). */
  inputProps: {
    ref: RefObject<HTMLInputElement | null>;
    type: 'file';
    multiple: true;
    hidden: true;
    onChange: (e: ChangeEvent<HTMLInputElement>) => void;
    'data-testid': string;
  };
}

export function useDocuments(): DocumentUpload {
  const shell = useShell();
  const add = useApiMutation('documents.add', { quiet: true });
  const [busy, setBusy] = useState<{ itemId: string; count: number } | null>(null);
  const input = useRef<HTMLInputElement | null>(null);
  const target = useRef<ItemView | null>(null);

  async function addSources(
    item: ItemView,
    sources: ({ kind: 'path'; path: string } | { kind: 'bytes'; fileName: string; file: File })[],
  ) {
    if (sources.length === 0) return;
    setBusy({ itemId: item.id, count: sources.length });
    let added = 0;
    try {
      for (const source of sources) {
        const request =
          source.kind === 'path'
            ? { itemId: item.id, source }
            : {
                itemId: item.id,
                source: {
                  kind: 'bytes' as const,
                  fileName: source.fileName,
                  base64: await readBase64(source.file),
                },
              };
        await add.mutateAsync(request);
        added++;
      }
      notify({ intent: 'success', text: nl.agenda.documentsAdded(added, item.title) });
    } catch (error) {
      notify({
        intent: 'error',
        text: error instanceof Error && !('body' in error) ? error.message : errorMessage(error),
      });
    } finally {
      setBusy(null);
    }
  }

  return {
    busy,
    addFiles: (item, files) =>
      addSources(
        item,
        files.map((file) => {
          const path = shell ? shell.pathForDroppedFile(file) : '';
          return path
            ? { kind: 'path' as const, path }
            : { kind: 'bytes' as const, fileName: file.name, file };
        }),
      ),
    pick(item) {
      if (shell) {
        void shell.chooseFiles(nl.agenda.addDocumentsTo(item.title)).then((paths) =>
          addSources(
            item,
            paths.map((path) => ({ kind: 'path' as const, path })),
          ),
        );
        return;
      }
      target.current = item;
      input.current?.click();
    },
    inputProps: {
      ref: input,
      type: 'file',
      multiple: true,
      hidden: true,
      'data-testid': 'document-input',
      onChange: (e) => {
        const files = Array.from(e.target.files ?? []);
        e.target.value = '';
        if (target.current)
          void addSources(
            target.current,
            files.map((file) => ({ kind: 'bytes' as const, fileName: file.name, file })),
          );
      },
    },
  };
}
