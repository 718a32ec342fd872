// The harness of the bad-input run (scripts/bad-inputs.ts, issue 12's closing note): a fresh data folder with the
// plan fixture imported, the doors a bad input comes through (the `regie` command line in process, the service
// API, the built browser-mode server, the loopback bridge), a fingerprint of the data to compare before and after
// each input, and the rule that a message a user sees is Dutch.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { cli } from '../../tests/helpers/cli';
import { openRegie, type Regie } from '../../electron/services/index';
import { startBridge, type Bridge } from '../../electron/bridge/server';
import { apiClient, type Api } from '../../shared/api/contract';
import { makeHostileDocuments } from '../../tests/fixtures/bad-plans';

export const NOW = '2027-03-15T09:00:00Z';
/** The meeting whose `meeting show --json` is part of the fingerprint. */
export const SHOWN = '2027-04-01';

/**
 * English a user must never see: zod's and SQLite's words, JavaScript's own errors. A message with any of these
 * is a fault, however well the input was refused.
 */
const ENGLISH =
  /Invalid|Unrecognized|constraint failed|no transaction|rollback|URIError|SQLITE_|TypeError|RangeError|Cannot read|is not a function|undefined|ENOENT|EACCES|expected|received/;

export function looksDutch(message: string): boolean {
  return message.trim() !== '' && !ENGLISH.test(message);
}

export interface Harness {
  /** The temporary folder of the whole run (plan, packages, backups, the data folder). */
  work: string;
  dataDir: string;
  db: string;
  /** A copy of the plan fixture, with a link out of it and a named pipe in it. */
  planDir: string;
  /** `regie …` in process on this data folder; the message is what it printed to stderr. */
  regie(...args: string[]): Promise<{ code: number; out: string; err: string }>;
  /** The service API of a Regie holding this data folder (opened on first use; the CLI then only reads). */
  api(): Promise<Api>;
  /** The loopback bridge over that Regie. */
  bridge(): Promise<Bridge>;
  /** Closes the API's Regie and the bridge (the CLI can write again). */
  closeApi(): Promise<void>;
  cleanup(): Promise<void>;
}

export async function openHarness(): Promise<Harness> {
  process.env.REGIE_NOW = NOW;
  const work = mkdtempSync(join(tmpdir(), 'regie-bad-inputs-'));
  const planDir = join(work, 'plan');
  cpSync(resolve('tests/fixtures/plan'), planDir, { recursive: true });
  const dataDir = join(work, 'gegevens');
  const db = join(dataDir, 'regie.sqlite');
  const regie = (...args: string[]) => cli(...args, '--db', db);
  const imported = await regie('import', join(planDir, 'plan.json'));
  if (imported.code !== 0) throw new Error(`het plan ging niet in: ${imported.err}`);
  makeHostileDocuments(planDir);

  let app: Regie | null = null;
  let bridge: Bridge | null = null;
  const api = async (): Promise<Api> => {
    app ??= await openRegie({ dataDir, user: 'tester', now: () => new Date(NOW) });
    const opened = app;
    // The contract's calls and nothing else (no `then`: it is returned from an async function).
    return apiClient((method, req) => opened.dispatch(method, req));
  };
  const closeApi = async () => {
    await bridge?.close();
    bridge = null;
    await app?.close();
    app = null;
  };
  return {
    work,
    dataDir,
    db,
    planDir,
    regie,
    api,
    async bridge() {
      await api();
      bridge ??= await startBridge({ dispatch: (app as Regie).dispatch });
      return bridge;
    },
    closeApi,
    async cleanup() {
      await closeApi();
      delete process.env.REGIE_NOW;
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/**
 * What must not change: the data as `regie meeting list --json` and `meeting show --json` give it, the files in
 * the document store, and — stricter than what the CLI shows — every row of every table (people, change sets,
 * the audit trail …), read beside whoever holds the folder.
 */
export async function fingerprint(h: Harness): Promise<string> {
  const list = await h.regie('meeting', 'list', '--json');
  const shown = await h.regie('meeting', 'show', SHOWN, '--json');
  const documents = join(h.dataDir, 'documents');
  const store = existsSync(documents)
    ? readdirSync(documents, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => join(d.parentPath, d.name).slice(documents.length))
        .sort()
    : [];
  const sqlite = new SQLite(h.db, { readonly: true });
  const rows: Record<string, string[]> = {};
  try {
    const tables = sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[];
    for (const { name } of tables)
      rows[name] = (sqlite.prepare(`SELECT * FROM "${name}"`).all() as unknown[])
        .map((r) => JSON.stringify(r))
        .sort();
  } finally {
    sqlite.close();
  }
  return JSON.stringify({ list: list.out, shown: shown.out, store, rows });
}

/** A call through the loopback bridge: the status and the message of the error it answers with. */
export function bridgeCall(
  bridge: Bridge,
  path: string,
  options: { method?: string; token?: boolean; body?: string } = {},
): Promise<string | null> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        path,
        method: options.method ?? 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token === false ? {} : { 'x-regie-token': bridge.token }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status < 400) return done(null);
          const text = Buffer.concat(chunks).toString('utf8');
          let message = text;
          try {
            message = (JSON.parse(text) as { error: { message: string } }).error.message;
          } catch {
            // Not JSON: the text as it came.
          }
          done(`${status}: ${message}`);
        });
      },
    );
    req.on('error', fail);
    // A GET carries no body, as from a browser.
    req.end(options.method === 'GET' ? undefined : (options.body ?? '{}'));
  });
}

const BROWSER_MODE = resolve('dist/bridge/browser-mode.cjs');

/**
 * Runs `during` while the built browser mode (`npm run build`) holds the data folder, then stops it properly.
 * Returns what `during` returned.
 */
export async function whileServerRuns<T>(h: Harness, during: () => Promise<T>): Promise<T> {
  if (!existsSync(BROWSER_MODE)) throw new Error(`${BROWSER_MODE} ontbreekt: eerst npm run build`);
  const server = await startServer(h.dataDir);
  try {
    return await during();
  } finally {
    await new Promise<void>((done) => {
      if (server.exitCode !== null) return done();
      server.once('exit', () => done());
      server.kill('SIGTERM');
    });
  }
}

/** Starts browser mode on the data folder; resolves once it serves, rejects with what it printed when it stops. */
export function startServer(dataDir: string): Promise<ChildProcess> {
  mkdirSync(dataDir, { recursive: true });
  const child = spawn(process.execPath, [BROWSER_MODE], {
    env: { ...process.env, REGIE_DATA_DIR: dataDir, REGIE_USER: 'ondersteuner', REGIE_NOW: NOW },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((ready, fail) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes('Regie draait in browsermodus')) ready(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', () => fail(new Error(output.trim())));
  });
}
