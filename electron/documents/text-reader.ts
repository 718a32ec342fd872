// The main thread's side of the text worker (text-worker.ts): one thread, started on first use, reading one file
// at a time. A file that takes longer than a minute (a damaged or hostile PDF) ends the thread and counts as
// unreadable; the next file gets a new thread. A thread that cannot start or dies otherwise fails the reading
// (nothing is recorded: the files are tried again later). Unref'd while idle: it never keeps a process alive.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TextRequest, TextResult } from './text-worker';

const TIMEOUT_MS = 60_000;

/**
 * The worker's code: the bundle beside the running one (dist/worker/, built by scripts/build-node.mjs, and by
 * scripts/run-ts.mjs for the benchmarks), or, running from source (tests, development), the TypeScript file
 * itself, which Node 22 runs by stripping its types.
 */
function workerScript(): string {
  for (const candidate of [
    join(__dirname, '..', 'worker', 'text-worker.cjs'),
    join(__dirname, 'text-worker.ts'),
  ])
    if (existsSync(candidate)) return candidate;
  throw new Error('De leescode voor documenten (text-worker) ontbreekt naast het programma.');
}

interface Pending {
  resolve: (result: TextResult) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class TextReader {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private lastId = 0;

  read(path: string, fileName: string): Promise<TextResult> {
    let worker: Worker;
    try {
      worker = this.start();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    const id = ++this.lastId;
    return new Promise<TextResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve({ status: 'failed', error: `het lezen duurde langer dan ${TIMEOUT_MS / 1000} seconden` });
        this.stop(worker, new Error('de leestaak is gestopt na een bestand dat te lang duurde'));
      }, TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
      worker.ref();
      worker.postMessage({ id, path, fileName } satisfies TextRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    if (worker) this.stop(worker, new Error('Regie wordt gesloten'));
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerScript());
    worker.unref();
    worker.on('message', (msg: { id: number; result: TextResult }) => {
      const job = this.pending.get(msg.id);
      if (!job) return;
      clearTimeout(job.timer);
      this.pending.delete(msg.id);
      if (this.pending.size === 0) worker.unref();
      job.resolve(msg.result);
    });
    worker.on('error', (error) => this.stop(worker, error));
    worker.on('exit', (code) => this.stop(worker, new Error(`de leestaak stopte onverwacht (code ${code})`)));
    this.worker = worker;
    return worker;
  }

  /** Ends a thread; what it was still reading fails with `why`. */
  private stop(worker: Worker, why: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    for (const [id, job] of this.pending) {
      clearTimeout(job.timer);
      this.pending.delete(id);
      job.reject(why);
    }
    void worker.terminate();
  }
}
