// Reading the text inside the documents for search, once per stored file, in the background: after a document
// is added, a plan or a meeting package imported, and at start for files not read yet (the catch-up after an
// upgrade: 10,000 documents take ~6 minutes on the worker; see bench:archive). The reading runs on a worker thread (documents/text-reader.ts); here only
// the queue and the writes, a few milliseconds per file, so the screens never wait for it.
import { existsSync } from 'node:fs';
import { filesToRead, storeText } from '../../db/repos/document-text';
import { TextReader } from '../documents/text-reader';
import { READER_VERSION } from '../documents/text-worker';
import type { Store } from '../../db/open';
import type { DocumentStore } from './document-store';

const BATCH = 20;

export class TextIndexer {
  private running: Promise<void> | null = null;
  private again = false;
  private closed = false;
  private readonly reader = new TextReader();

  constructor(private readonly source: { store: Store; files: DocumentStore; now: () => Date }) {}

  /** Reads, in the background, every stored file that has not been read yet. */
  schedule(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    const store = this.source.store;
    this.running = this.run()
      .catch((error: unknown) => {
        // Unless the data was closed or replaced meanwhile (what is left is read at the next start).
        if (!this.closed && this.source.store === store)
          console.error('Regie: het lezen van de documenttekst is gestopt:', error);
      })
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.schedule();
        }
      });
  }

  /** Resolves when nothing is left to read (the CLI waits for it; tests too). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.reader.close();
    await this.running;
  }

  private async run(): Promise<void> {
    const tried = new Set<string>();
    for (;;) {
      const { store, files, now } = this.source;
      const batch = (await filesToRead(store.db, READER_VERSION, BATCH)).filter((f) => !tried.has(f.sha256));
      if (batch.length === 0 || this.closed) return;
      for (const file of batch) {
        tried.add(file.sha256);
        const path = files.pathOf(file.sha256);
        const result = existsSync(path)
          ? await this.reader.read(path, file.file_name ?? '')
          : ({ status: 'failed', error: 'het bestand ontbreekt in de opslag' } as const);
        if (this.closed || this.source.store !== store) return;
        await storeText(store.db, {
          sha256: file.sha256,
          status: result.status,
          pages: result.status === 'done' ? result.pages : [],
          error: result.status === 'done' ? null : result.error,
          reader: READER_VERSION,
          readAt: now().toISOString(),
        });
      }
    }
  }
}
