// Copies a package's attachments into the package folder and into their places in the zip, on a worker thread.
//
// Why a thread: building the agenda (.docx) is tens of milliseconds of synchronous work on the main thread. Copies
// driven by the main thread's event loop stall for exactly that long (every chunk needs the loop to ask for
// the next one); on their own thread they go on while the agenda is built.
//
// Why one file after the other, with synchronous reads and writes: on two cores the agenda takes one and the
// copy the other. Several copies at once through the thread pool took the processor from the agenda and made
// the whole slower (measured with `npm run bench:package`); with cold files they gained less than that cost.
//
// Starting a worker costs about 40 ms, so one worker serves every export for the rest of the process (unref'd
// while idle: it never keeps the process alive). Its code is the self-contained function below, passed to the
// thread as source text: no bundler entry point or file path is needed (the same in tests, the CLI bundle and
// the Electron main process). It may therefore use nothing from outside its own body.
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
}

interface CopyRequest {
  type: 'copy';
  id: number;
  zipPath: string;
  tasks: CopyTask[];
  chunkBytes: number;
  /** Set to 1 by the caller to stop (the worker's loop is synchronous: it cannot read messages meanwhile). */
  abortFlag: Int32Array;
}

type WorkerMessage =
  | { type: 'progress'; id: number; bytes: number }
  | { type: 'done'; id: number; crcs: number[] }
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

  function copyOne(req: CopyRequest, task: CopyTask, zip: number, buf: Buffer): number {
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
        if (Atomics.load(req.abortFlag, 0) !== 0)
          throw Object.assign(new Error('afgebroken'), { aborted: true });
        const n = fs.readSync(input, buf, 0, Math.min(buf.length, task.size - pos), pos);
        if (n === 0) break;
        const chunk = buf.subarray(0, n);
        writeAll(zip, chunk, task.zipOffset + pos);
        if (output >= 0) writeAll(output, chunk, pos);
        if (task.crc === null) crc = crc32(chunk, crc);
        pos += n;
        port.postMessage({ type: 'progress', id: req.id, bytes: n });
      }
      if (pos !== task.size)
        throw new Error(`Bestand is tijdens het exporteren korter geworden: ${task.src}`);
      return task.crc ?? crc >>> 0;
    } finally {
      fs.closeSync(input);
      if (output >= 0) fs.closeSync(output);
    }
  }

  function run(req: CopyRequest): number[] {
    const zip = fs.openSync(req.zipPath, 'r+');
    try {
      const buf = Buffer.allocUnsafe(req.chunkBytes);
      return req.tasks.map((task) => copyOne(req, task, zip, buf));
    } finally {
      fs.closeSync(zip);
    }
  }

  port.on('message', (req: CopyRequest) => {
    try {
      port.postMessage({ type: 'done', id: req.id, crcs: run(req) });
    } catch (err) {
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

interface Pending {
  onBytes: (n: number) => void;
  resolve: (crcs: number[]) => void;
  reject: (err: Error) => void;
  aborted: () => Error;
}

let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let lastId = 0;

function theWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(`(${copyWorkerMain.toString()})()`, { eval: true });
  w.unref();
  w.on('message', (msg: WorkerMessage) => {
    const job = pending.get(msg.id);
    if (!job) return;
    if (msg.type === 'progress') job.onBytes(msg.bytes);
    else {
      pending.delete(msg.id);
      if (pending.size === 0) w.unref();
      if (msg.type === 'done') job.resolve(msg.crcs);
      else if (msg.aborted) job.reject(job.aborted());
      else job.reject(Object.assign(new Error(msg.message), msg.code ? { code: msg.code } : {}));
    }
  });
  const fail = (err: Error) => {
    if (worker === w) worker = undefined;
    for (const [id, job] of pending) {
      pending.delete(id);
      job.reject(err);
    }
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`De kopieertaak is onverwacht gestopt (code ${code}).`)));
  worker = w;
  return w;
}

/** Starts the worker ahead of the first export, so that one does not wait ~40 ms for it. */
export function warmUpCopyWorker(): void {
  theWorker();
}

/**
 * Copies every task's source, one after the other, into its folder file and its place in the zip at `zipPath`
 * (an existing file). Resolves with each task's CRC-32; settles (also on abort or error) only once the copying
 * has stopped, so the caller may then remove what was written.
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
): Promise<number[]> {
  if (tasks.length === 0) return Promise.resolve([]);
  const w = theWorker();
  // Held while a copy runs: a CLI export must not end with its copies unfinished.
  w.ref();
  const id = ++lastId;
  const abortFlag = new Int32Array(new SharedArrayBuffer(4));
  return new Promise<number[]>((resolve, reject) => {
    const onAbort = () => Atomics.store(abortFlag, 0, 1);
    const done = () => options.signal?.removeEventListener('abort', onAbort);
    pending.set(id, {
      onBytes: options.onBytes,
      resolve: (crcs) => {
        done();
        resolve(crcs);
      },
      reject: (err) => {
        done();
        reject(err);
      },
      aborted: options.abortError,
    });
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener('abort', onAbort);
    const request: CopyRequest = {
      type: 'copy',
      id,
      zipPath,
      tasks,
      chunkBytes: options.chunkBytes,
      abortFlag,
    };
    w.postMessage(request);
  });
}
