// Reads the text of a stored document, page by page, on a worker thread: a PDF through unpdf (pdf.js, its
// serverless build: no worker of its own, no canvas), a Word file (.docx) through mammoth. Reading a PDF takes
// ~100 ms to start pdf.js and then milliseconds to seconds per file, all of it synchronous: on the main process
// it would stall every answer to the screen meanwhile.
//
// Self-contained (Node built-ins and the two libraries only): bundled as dist/worker/text-worker.cjs for the app,
// the CLI and browser mode (scripts/build-node.mjs), and run from this source file by Node 22 (which strips the
// types) in tests and development. Imported on the main thread it only exports `readText`.
import { readFileSync, statSync } from 'node:fs';
import { isMainThread, parentPort } from 'node:worker_threads';
import { extractText, getDocumentProxy } from 'unpdf';
import mammoth from 'mammoth';
import type { DocumentTextStatus } from '../../shared/domain/types';

/** The version of this reader: raise it when it reads better, and the stored texts are read again. */
export const READER_VERSION = 1;
/** Larger files are not read (a scan of hundreds of pages has no text to find anyway). */
export const MAX_READ_BYTES = 100 * 1024 * 1024;
/** Longer pages are cut: the index is for finding, not for keeping whole books. */
const MAX_PAGE_CHARS = 50_000;

export interface TextRequest {
  id: number;
  path: string;
  fileName: string;
}

export type TextResult =
  | { status: 'done'; pages: { page: number; text: string }[] }
  | { status: Exclude<DocumentTextStatus, 'done'>; error: string };

function clean(text: string): string {
  return (
    text
      // Control characters (from damaged or odd files) are no text to find or show.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
      .replace(/[ \t]+/g, ' ')
      .replace(/\s*\n\s*/g, '\n')
      .trim()
      .slice(0, MAX_PAGE_CHARS)
  );
}

function kindOf(bytes: Uint8Array, fileName: string): 'pdf' | 'docx' | null {
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head === '%PDF-') return 'pdf';
  if (head.startsWith('PK\u0003\u0004') && /\.docx$/i.test(fileName)) return 'docx';
  return null;
}

/** Reads the text of one file; never throws (a damaged file is a result too). */
export async function readText(path: string, fileName: string): Promise<TextResult> {
  try {
    if (statSync(path).size > MAX_READ_BYTES)
      return { status: 'unsupported', error: 'groter dan 100 MB: de tekst is niet gelezen' };
    const bytes = new Uint8Array(readFileSync(path));
    const kind = kindOf(bytes, fileName);
    if (kind === 'pdf') {
      // Errors only: pdf.js otherwise writes warnings such as 'Indexing all PDF objects' to the CLI's stderr.
      const pdf = await getDocumentProxy(bytes, { verbosity: 0 });
      try {
        const { text } = await extractText(pdf, { mergePages: false });
        return { status: 'done', pages: text.map((t, i) => ({ page: i + 1, text: clean(t) })) };
      } finally {
        await pdf.loadingTask.destroy();
      }
    }
    if (kind === 'docx') {
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      return { status: 'done', pages: [{ page: 0, text: clean(value) }] };
    }
    return { status: 'unsupported', error: 'geen PDF- of Word-bestand (.docx)' };
  } catch (error) {
    return { status: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (req: TextRequest) => {
    void readText(req.path, req.fileName).then((result) => port.postMessage({ id: req.id, result }));
  });
}
