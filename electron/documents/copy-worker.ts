// Copies a package's attachments into the package folder and into their places in the zip, on a worker thread.
//
// Why a thread: building the agenda (.docx) is tens of milliseconds of synchronous work on the main thread. Copies
// driven by the main thread's event loop stall for exactly that long (every 4 MB chunk needs the loop to ask
// for the next one); on their own thread they go on while the agenda is built. Starting a worker costs about
// 40 ms, so one worker serves every export for the rest of the process (unref'd: it never keeps it alive).
//
// The worker's code is the self-contained function below, passed to the thread as source text: no bundler
// entry point or file path is needed (the same in tests, the CLI bundle and the Electron main process). It may
// therefore use nothing from outside its own body.
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
  concurrency: number;
  chunkBytes: number;
}

type ControlMessage = { type: 'abort'; id: number } | { type: 'widen'; id: number; lanes: number };

type WorkerMessage =
  | { type: 'progress'; id: number; bytes: number }
  | { type: 'done'; id: number; crcs: number[] }
  | { type: 'error'; id: number; message: string; code: string | null; aborted: boolean };

/** Runs on the worker thread. Self-contained: see the note at the top. */
function copyWorkerMain(): void {
  /* eslint-disable @typescript-eslint/no-require-imports -- the worker runs as CommonJS source text */
  const { parentPort } = require('node:worker_threads') as typeof import('node:worker_threads');
  const fsp = require('node:fs/promises') as typeof import('node:fs/promises');
  const { crc32 } = require('node:zlib') as { crc32: (data: Uint8Array, value?: number) => number };
  /* eslint-enable @typescript-eslint/no-require-imports */
  if (!parentPort) return;
  const port = parentPort;
  const aborted = new Set<number>();

  async function writeAll(fh: import('node:fs/promises').FileHandle, data: Uint8Array, position: number) {
    let off = 0;
    while (off < data.length) {
      const { bytesWritten } = await fh.write(data, off, data.length - off, position + off);
      if (bytesWritten <= 0) throw new Error('Schrijven mislukt (0 bytes geschreven)');
      off += bytesWritten;
    }
  }

  async function copyOne(
    req: CopyRequest,
    task: CopyTask,
    zip: import('node:fs/promises').FileHandle,
    buf: Buffer,
  ): Promise<number> {
    // A hard link costs no bytes; the zip is then the only copy written.
    const linked =
      task.linkable && task.crc !== null
        ? await fsp.link(task.src, task.dest).then(
            () => true,
            () => false,
          )
        : false;
    const input = await fsp.open(task.src, 'r');
    let output: import('node:fs/promises').FileHandle | undefined;
    try {
      if (!linked) output = await fsp.open(task.dest, 'wx');
      let pos = 0;
      let crc = 0;
      while (pos < task.size) {
        if (aborted.has(req.id)) throw Object.assign(new Error('afgebroken'), { aborted: true });
        const { bytesRead } = await input.read(buf, 0, Math.min(buf.length, task.size - pos), pos);
        if (bytesRead === 0) break;
        const chunk = buf.subarray(0, bytesRead);
        const writes = [writeAll(zip, chunk, task.zipOffset + pos)];
        if (output) writes.push(writeAll(output, chunk, pos));
        if (task.crc === null) crc = crc32(chunk, crc);
        await Promise.all(writes);
        pos += bytesRead;
        port.postMessage({ type: 'progress', id: req.id, bytes: bytesRead });
      }
      if (pos !== task.size)
        throw new Error(`Bestand is tijdens het exporteren korter geworden: ${task.src}`);
      return task.crc ?? crc >>> 0;
    } finally {
      await Promise.all([input.close(), output?.close()]);
    }
  }

  /** Running jobs' ways to add lanes (see `widen`). */
  const wideners = new Map<number, (lanes: number) => void>();

  async function run(req: CopyRequest): Promise<number[]> {
    const zip = await fsp.open(req.zipPath, 'r+');
    const crcs: number[] = new Array<number>(req.tasks.length).fill(0);
    let next = 0;
    let failed = false;
    const lanes: Promise<void>[] = [];
    const addLanes = (wanted: number) => {
      while (lanes.length < Math.min(wanted, req.tasks.length))
        lanes.push(
          (async () => {
            const buf = Buffer.allocUnsafe(req.chunkBytes);
            while (next < req.tasks.length && !failed) {
              const i = next++;
              try {
                crcs[i] = await copyOne(req, req.tasks[i] as CopyTask, zip, buf);
              } catch (err) {
                failed = true;
                throw err;
              }
            }
          })(),
        );
    };
    wideners.set(req.id, addLanes);
    addLanes(Math.max(1, req.concurrency));
    try {
      // Every lane settles before the job reports, so nothing is still writing when the caller cleans up.
      let failure: PromiseRejectedResult | undefined;
      for (let settled = 0; settled < lanes.length;) {
        const results = await Promise.allSettled(lanes.slice(settled));
        settled += results.length;
        failure ??= results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      }
      if (failure) throw failure.reason;
      return crcs;
    } finally {
      wideners.delete(req.id);
      await zip.close();
    }
  }

  port.on('message', (req: CopyRequest | ControlMessage) => {
    if (req.type === 'abort') {
      aborted.add(req.id);
      return;
    }
    if (req.type === 'widen') {
      wideners.get(req.id)?.(req.lanes);
      return;
    }
    run(req).then(
      (crcs) => port.postMessage({ type: 'done', id: req.id, crcs }),
      (err: unknown) => {
        const e = err as { message?: unknown; code?: unknown; aborted?: unknown } | null;
        port.postMessage({
          type: 'error',
          id: req.id,
          message: String(e?.message ?? err),
          code: typeof e?.code === 'string' ? e.code : null,
          aborted: e?.aborted === true,
        });
      },
    );
  });
}

interface Pending {
  onBytes: (n: number) => void;
  resolve: (crcs: number[]) => void;
  reject: (err: Error) => void;
  aborted: () => Error;
}

export interface CopyRun {
  /** Each task's CRC-32, once every copy has stopped (also on abort or error). */
  result: Promise<number[]>;
  /** Lets more copies run side by side from now on. */
  widen(lanes: number): void;
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
 * Copies every task's source into its folder file and its place in the zip at `zipPath` (an existing file),
 * starting with `concurrency` copies side by side.
 */
export function copyAttachments(
  zipPath: string,
  tasks: CopyTask[],
  options: {
    onBytes: (n: number) => void;
    signal?: AbortSignal;
    abortError: () => Error;
    concurrency: number;
    chunkBytes: number;
  },
): CopyRun {
  if (tasks.length === 0) return { result: Promise.resolve([]), widen: () => undefined };
  const w = theWorker();
  // Held while a copy runs: a CLI export must not end with its copies unfinished.
  w.ref();
  const id = ++lastId;
  const result = new Promise<number[]>((resolve, reject) => {
    const onAbort = () => w.postMessage({ type: 'abort', id } satisfies ControlMessage);
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
    options.signal?.addEventListener('abort', onAbort);
    const request: CopyRequest = {
      type: 'copy',
      id,
      zipPath,
      tasks,
      concurrency: options.concurrency,
      chunkBytes: options.chunkBytes,
    };
    w.postMessage(request);
  });
  return {
    result,
    widen: (lanes) => {
      if (pending.has(id)) w.postMessage({ type: 'widen', id, lanes } satisfies ControlMessage);
    },
  };
}
