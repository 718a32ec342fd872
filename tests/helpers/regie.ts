// Opens the real services on a fresh temporary data folder with a fixed clock.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openRegie, type Regie } from '../../electron/services/index';
import { apiClient, type Api } from '../../shared/api/contract';

export interface TestRegie extends Regie {
  api: Api;
  cleanup(): Promise<void>;
  setNow(iso: string): void;
}

export async function openTestRegie(nowIso = '2027-03-15T09:00:00Z', dir?: string): Promise<TestRegie> {
  const dataDir = dir ?? mkdtempSync(join(tmpdir(), 'regie-test-'));
  let now = new Date(nowIso);
  const regie = await openRegie({ dataDir, user: 'test', now: () => now });
  const api = apiClient((method, req) => regie.dispatch(method, req));
  return {
    ...regie,
    api,
    setNow(iso: string) {
      now = new Date(iso);
    },
    async cleanup() {
      await regie.close();
      if (!dir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const FIXTURE_PLAN_DIR = resolve(__dirname, '../fixtures/plan');

/** Imports the fixture plan (tests/fixtures/plan: the regiegroep with its meetings of 2027) and gives its body's id. */
export async function importFixturePlan(r: TestRegie): Promise<string> {
  const plan: unknown = JSON.parse(readFileSync(join(FIXTURE_PLAN_DIR, 'plan.json'), 'utf8'));
  return (await r.api['plan.import']({ plan, baseDir: FIXTURE_PLAN_DIR })).bodyId;
}
