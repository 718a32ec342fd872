// Copies a package's attachments into the package folder and into their places in the zip, on worker threads.
//
// Why threads: building the agenda (.docx) is tens of milliseconds of synchronous work on the main thread.
// Copies driven by the main thread's event loop stall for exactly that long (every chunk needs the loop to ask
// for the next one); on their own thread they go on while the agenda is built.
//
// How many: one thread copies while the agenda is built — on two cores the agenda takes one and the copy the
// other; more copying threads then only take the processor from the agenda (measured with
// `npm run bench:package`). Once the agenda is done, `speedUp()` lets a second thread join: the threads take
// the next file from a shared counter, so each file is copied once, by whichever thread is free. Within a
// thread, reads and writes are synchronous: one file after the other, no event loop in between.
//
// Starting a worker costs about 40 ms, so the threads serve every export for the rest of the process (unref'd
// while idle: they never keep it alive). Their code is the self-contained function below, passed to each thread
// as source text: no bundler entry point or file path is needed (the same in tests, the CLI bundle and the
// Electron main process). It may therefore use nothing from outside its own body.
import { Worker } from 'node:worker_threads';

export interface CopyTask {
  src: string;
  /** The file in the package folder. */
  dest: string;
  /** Bytes expected; a source of another size fails the task. */
  size: number;
  /** Where the data goes in the zip file. */
  zipOffset: number;
  /** CRC-32 when known (the content store records it); computed while copying otherwise. */
  crc: number | null;
  /** The source is an immutable store file: `dest` may be a hard link to it (the zip still gets the bytes). */
  linkable: boolean;
  /**
   * Hand the file's bytes back (for the e-mail, which then does not read the file again). The file is read
   * into a buffer of its own, which is transferred, not copied, to the calling thread.
   */
  keep?: boolean;
}

interface CopyRequest {
  type: 'copy';
  id: number;
  zipPath: string;
  tasks: CopyTask[];
  chunkBytes: number;
  /**
   * Shared by the threads of one job: [0] the next task to take, [1] set to 1 to stop — by the caller on abort,
   * or by a thread that failed (the loops are synchronous: they cannot read messages meanwhile).
   */
  shared: Int32Array;
}

const NEXT = 0;
const STOP = 1;

type WorkerMessage =
  | { type: 'progress'; id: number; bytes: number }
  | { type: 'copied'; id: number; index: number; crc: number; bytes: Uint8Array | null }
  | { type: 'finished'; id: number }
  | { type: 'error'; id: number; message: string; code: string | null; aborted: boolean };

/** Runs on the worker thread. Self-contained: see the note at the top. */
function copyWorkerMain(): void {
  /* eslint-disable @typescript-eslint/no-require-imports -- the worker runs as CommonJS source text */
  const { parentPort } = require('node:worker_threads') as typeof import('node:worker_threads');
  const fs = require('node:fs') as typeof import('node:fs');
  const { crc32 } = require('node:zlib') as { crc32: (data: Uint8Array, value?: number) => number };
  /* eslint-enable @typescript-eslint/no-require-imports */
  if (!parentPort) return;
  const port = parentPort;

  function writeAll(fd: number, data: Uint8Array, position: number): void {
    let off = 0;
    while (off < data.length) {
      const written = fs.writeSync(fd, data, off, data.length - off, position + off);
      if (written <= 0) throw new Error('Schrijven mislukt (0 bytes geschreven)');
      off += written;
    }
  }

  function copyOne(
    req: CopyRequest,
    task: CopyTask,
    zip: number,
    shared: Buffer,
  ): { crc: number; kept: Buffer | null } {
    // A kept file is read into its own buffer, whole; the others through the shared chunk buffer.
    const kept = task.keep ? Buffer.allocUnsafeSlow(task.size) : null;
    // A hard link costs no bytes; the zip is then the only copy written.
    let linked = false;
    if (task.linkable && task.crc !== null) {
      try {
        fs.linkSync(task.src, task.dest);
        linked = true;
      } catch {
        linked = false; // another volume, or links not allowed: copied below
      }
    }
    const input = fs.openSync(task.src, 'r');
    let output = -1;
    try {
      if (!linked) output = fs.openSync(task.dest, 'wx');
      let pos = 0;
      let crc = 0;
      while (pos < task.size) {
        // (1 = STOP; the constants outside this function are not visible in the thread.)
        if (Atomics.load(req.shared, 1) !== 0)
          throw Object.assign(new Error('afgebroken'), { aborted: true });
        const n = kept
          ? fs.readSync(input, kept, pos, Math.min(shared.length, task.size - pos), pos)
          : fs.readSync(input, shared, 0, Math.min(shared.length, task.size - pos), pos);
        if (n === 0) break;
        const chunk = kept ? kept.subarray(pos, pos + n) : shared.subarray(0, n);
        writeAll(zip, chunk, task.zipOffset + pos);
        if (output >= 0) writeAll(output, chunk, pos);
        if (task.crc === null) crc = crc32(chunk, crc);
        pos += n;
        port.postMessage({ type: 'progress', id: req.id, bytes: n });
      }
      if (pos !== task.size)
        throw new Error(`Bestand is tijdens het exporteren korter geworden: ${task.src}`);
      return { crc: task.crc ?? crc >>> 0, kept };
    } finally {
      fs.closeSync(input);
      if (output >= 0) fs.closeSync(output);
    }
  }

  /** Takes tasks from the shared counter until none are left (0 = NEXT, 1 = STOP). */
  function run(req: CopyRequest): void {
    const zip = fs.openSync(req.zipPath, 'r+');
    try {
      const buf = Buffer.allocUnsafe(req.chunkBytes);
      for (;;) {
        const index = Atomics.add(req.shared, 0, 1);
        if (Atomics.load(req.shared, 1) !== 0)
          throw Object.assign(new Error('afgebroken'), { aborted: true });
        if (index >= req.tasks.length) break;
        const { crc, kept } = copyOne(req, req.tasks[index] as CopyTask, zip, buf);
        if (kept) {
          const bytes = new Uint8Array(kept.buffer, kept.byteOffset, kept.byteLength);
          port.postMessage({ type: 'copied', id: req.id, index, crc, bytes }, [kept.buffer as ArrayBuffer]);
        } else port.postMessage({ type: 'copied', id: req.id, index, crc, bytes: null });
      }
    } finally {
      fs.closeSync(zip);
    }
  }

  port.on('message', (req: CopyRequest) => {
    try {
      run(req);
      port.postMessage({ type: 'finished', id: req.id });
    } catch (err) {
      Atomics.store(req.shared, 1, 1); // the other thread stops too
      const e = err as { message?: unknown; code?: unknown; aborted?: unknown } | null;
      port.postMessage({
        type: 'error',
        id: req.id,
        message: String(e?.message ?? err),
        code: typeof e?.code === 'string' ? e.code : null,
        aborted: e?.aborted === true,
      });
    }
  });
}

/** A job as the main thread follows it. */
interface Job {
  tasks: number;
  crcs: number[];
  kept: (Uint8Array | null)[];
  copied: number;
  /** Threads the job was handed to, and how many of them have stopped. */
  threads: Set<Worker>;
  stopped: number;
  error: Error | null;
  errorWasAbort: boolean;
  onBytes: (n: number) => void;
  abortError: () => Error;
  settle: (error: Error | null) => void;
  request: CopyRequest;
}

const THREADS = 2;
const workers: (Worker | undefined)[] = [];
const jobs = new Map<number, Job>();
let lastId = 0;

function failureOf(msg: Extract<WorkerMessage, { type: 'error' }>, job: Job): Error {
  if (msg.aborted) return job.abortError();
  return Object.assign(new Error(msg.message), msg.code ? { code: msg.code } : {});
}

function release(): void {
  if (jobs.size === 0) for (const w of workers) w?.unref();
}

function threadStopped(job: Job, id: number): void {
  job.stopped++;
  if (job.stopped < job.threads.size) return;
  jobs.delete(id);
  release();
  if (!job.error && job.copied < job.tasks) job.error = new Error('Niet alle bijlagen zijn gekopieerd.'); // cannot happen: every task is taken
  job.settle(job.error);
}

function worker(slot: number): Worker {
  const existing = workers[slot];
  if (existing) return existing;
  const w = new Worker(`(${copyWorkerMain.toString()})()`, { eval: true });
  w.unref();
  w.on('message', (msg: WorkerMessage) => {
    const job = jobs.get(msg.id);
    if (!job) return;
    if (msg.type === 'progress') job.onBytes(msg.bytes);
    else if (msg.type === 'copied') {
      job.crcs[msg.index] = msg.crc;
      job.kept[msg.index] = msg.bytes;
      job.copied++;
    } else {
      // A thread stopped by the other one's failure reports 'aborted': the failure itself is what counts.
      if (msg.type === 'error' && (!job.error || job.errorWasAbort))
        [job.error, job.errorWasAbort] = [failureOf(msg, job), msg.aborted];
      threadStopped(job, msg.id);
    }
  });
  const fail = (err: Error) => {
    if (workers[slot] === w) workers[slot] = undefined;
    for (const [id, job] of jobs) {
      if (!job.threads.has(w)) continue;
      Atomics.store(job.request.shared, STOP, 1);
      job.error ??= err;
      threadStopped(job, id);
    }
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`De kopieertaak is onverwacht gestopt (code ${code}).`)));
  workers[slot] = w;
  return w;
}

/** Starts the copy threads ahead of the first export, so that one does not wait ~40 ms for them. */
export function warmUpCopyWorker(): void {
  for (let slot = 0; slot < THREADS; slot++) worker(slot);
}

interface CopyRun {
  /** Each task's CRC-32, once every thread has stopped (also on abort or error). */
  result: Promise<number[]>;
  /** After `result`: the bytes of each task marked `keep`, in task order (empty for the others). */
  kept(): Uint8Array[];
  /** Lets the other thread join in (call when this thread has no more work of its own). */
  speedUp(): void;
}

function handTo(job: Job, w: Worker): void {
  if (job.threads.has(w)) return;
  job.threads.add(w);
  // Held while a copy runs: a CLI export must not end with its copies unfinished.
  w.ref();
  w.postMessage(job.request);
}

/**
 * Copies every task's source into its folder file and its place in the zip at `zipPath` (an existing file), on
 * one thread until `speedUp()`. The result settles, also on abort or error, only once the copying has stopped,
 * so the caller may then remove what was written.
 */
export function copyAttachments(
  zipPath: string,
  tasks: CopyTask[],
  options: {
    onBytes: (n: number) => void;
    signal?: AbortSignal;
    abortError: () => Error;
    chunkBytes: number;
  },
): CopyRun {
  if (tasks.length === 0) return { result: Promise.resolve([]), kept: () => [], speedUp: () => undefined };
  const id = ++lastId;
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const onAbort = () => Atomics.store(shared, STOP, 1);
  let job!: Job;
  const result = new Promise<number[]>((resolve, reject) => {
    job = {
      tasks: tasks.length,
      crcs: new Array<number>(tasks.length).fill(0),
      kept: new Array<Uint8Array | null>(tasks.length).fill(null),
      copied: 0,
      threads: new Set(),
      stopped: 0,
      error: null,
      errorWasAbort: false,
      onBytes: options.onBytes,
      abortError: options.abortError,
      settle: (error) => {
        options.signal?.removeEventListener('abort', onAbort);
        if (error) reject(error);
        else resolve(job.crcs);
      },
      request: { type: 'copy', id, zipPath, tasks, chunkBytes: options.chunkBytes, shared },
    };
  });
  jobs.set(id, job);
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort);
  handTo(job, worker(0));
  return {
    result,
    kept: () => job.kept.map((b) => b ?? new Uint8Array(0)),
    speedUp: () => {
      // Only while the job runs and tasks are left: a thread that joins late finds the counter past the end.
      if (!jobs.has(id) || Atomics.load(shared, NEXT) >= tasks.length) return;
      for (let slot = 1; slot < THREADS; slot++) handTo(job, worker(slot));
    },
  };
}
