// The workflow that packages Regie and proves the packaged app (.github/workflows/installers.yml) cannot run
// here: it needs GitHub's runners and Electron's downloads. What can be checked here is checked: the YAML
// parses, it runs on pushes to main and on tags, each runner tests the executable electron-builder really
// puts in its unpacked build, the steps call scripts that exist, every shell step is valid bash once the
// matrix is filled in, and the steps that need nothing from a runner run for real.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nodePath from 'node:path';
import { describe, expect, it } from 'vitest';
import { executableIn } from '../../scripts/e2e-electron-copy.mjs';

const require = createRequire(import.meta.url);
const root = nodePath.resolve(import.meta.dirname, '..', '..');
// js-yaml comes with electron-builder, which reads its own configuration with it.
const yaml = require('js-yaml') as { load(text: string): unknown };

interface Step {
  name?: string;
  uses?: string;
  if?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  shell?: string;
}
interface MatrixEntry {
  name: string;
  os: string;
  targets: string;
  unpacked: string;
  exe: string;
  display: string;
  artifacts: string;
}
interface Workflow {
  on: { push: { branches?: string[]; tags?: string[] } };
  jobs: Record<
    string,
    {
      'runs-on': string;
      strategy: { matrix: { include: MatrixEntry[] } };
      env: Record<string, string>;
      steps: Step[];
    }
  >;
}

const workflow = yaml.load(
  readFileSync(nodePath.join(root, '.github', 'workflows', 'installers.yml'), 'utf8'),
) as Workflow;
const job = workflow.jobs.installers!;
const matrix = job.strategy.matrix.include;
const step = (pattern: RegExp) => {
  const found = job.steps.find((s) => pattern.test(s.name ?? ''));
  if (!found) throw new Error(`geen stap ${pattern}`);
  return found;
};
const platformOf = (os: string): NodeJS.Platform =>
  os.startsWith('windows') ? 'win32' : os.startsWith('macos') ? 'darwin' : 'linux';

/** A step's script as bash would get it on this matrix entry (other expressions become a placeholder). */
function script(run: string, entry: MatrixEntry): string {
  return run
    .replace(/\$\{\{\s*matrix\.(\w+)\s*\}\}/g, (_m, key: string) => String(entry[key as keyof MatrixEntry]))
    .replace(/\$\{\{[^}]*\}\}/g, 'x');
}

describe('.github/workflows/installers.yml', () => {
  it('runs on every push to main and on version tags; uploads installers only for tags', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.push.tags).toEqual(['v*']);
    const uploads = job.steps.filter((s) => s.uses?.startsWith('actions/upload-artifact'));
    const installers = uploads.find((s) => s.with?.path === '${{ matrix.artifacts }}');
    expect(installers?.if).toBe("startsWith(github.ref, 'refs/tags/v')");
    const screens = uploads.find((s) => s.with?.path === 'screens');
    expect(screens?.if).toBe('always()');
    expect(job.env.REGIE_SCREENSHOTS).toBe('${{ github.workspace }}/screens');
  });

  it('covers Windows, Linux under xvfb and macOS, each with the executable of its unpacked build', async () => {
    expect(matrix.map((m) => platformOf(m.os)).sort()).toEqual(['darwin', 'linux', 'win32']);
    // The names electron-builder gives (app-builder-lib: <platform>[-<arch>]-unpacked, or <productName>.app).
    const configModule = require('app-builder-lib/out/util/config/config') as {
      getConfig(dir: string, path: null, options: null): Promise<Record<string, { executableName?: string }>>;
    };
    const config = await configModule.getConfig(root, null, null);
    const product = String(config.productName);
    const expected: Record<string, { unpacked: string; exe: string }> = {
      linux: {
        unpacked: 'release/linux-unpacked',
        exe: `release/linux-unpacked/${config.linux?.executableName}`,
      },
      win32: {
        unpacked: 'release/win-unpacked',
        exe: `release/win-unpacked/${config.win?.executableName}.exe`,
      },
      darwin: {
        unpacked: `release/mac-arm64/${product}.app`,
        exe: `release/mac-arm64/${product}.app/Contents/MacOS/${product}`,
      },
    };
    for (const entry of matrix) {
      const platform = platformOf(entry.os);
      expect({ unpacked: entry.unpacked, exe: entry.exe }).toEqual(expected[platform]);
      expect(executableIn(entry.unpacked, platform).split(nodePath.sep).join('/')).toBe(entry.exe);
      expect(entry.display.startsWith('xvfb-run')).toBe(platform === 'linux');
    }
  });

  it('after packaging: the start-up check on the shipped executable, then the Electron suite on the test copy', () => {
    const names = job.steps.map((s) => s.name ?? s.uses ?? '');
    const at = (pattern: RegExp) => names.findIndex((n) => pattern.test(n));
    expect(at(/^Package$/)).toBeGreaterThan(at(/^Build$/));
    expect(at(/^Start-up of the packaged app/)).toBeGreaterThan(at(/^Package$/));
    expect(at(/^End-to-end scenarios against the packaged app/)).toBeGreaterThan(at(/^Package$/));

    const startup = step(/^Start-up of the packaged app/);
    expect(startup.env?.REGIE_ELECTRON_EXE).toBe('${{ matrix.exe }}');
    expect(startup.run).toContain('npm run bench:startup');
    const suite = step(/^End-to-end scenarios against the packaged app/);
    expect(suite.env?.REGIE_E2E_TARGET).toBe('electron');
    expect(suite.run).toContain("node scripts/e2e-electron-copy.mjs '${{ matrix.unpacked }}'");
    expect(suite.run).toContain('npx vitest run --project e2e');
  });

  it('calls only npm scripts and files that exist', () => {
    const scripts = (
      JSON.parse(readFileSync(nodePath.join(root, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    const all = job.steps.map((s) => s.run ?? '').join('\n');
    for (const [, name] of all.matchAll(/npm run ([\w:-]+)/g)) expect(scripts, name).toHaveProperty(name!);
    for (const [, file] of all.matchAll(/node ((?:scripts|node_modules)\/[\w./-]+)/g))
      expect(existsSync(nodePath.join(root, file!)), file).toBe(true);
    for (const [, file] of all.matchAll(/vitest run ((?:tests)\/[\w./-]+)/g))
      expect(existsSync(nodePath.join(root, file!)), file).toBe(true);
  });

  it('every bash step is valid bash on every runner', () => {
    for (const entry of matrix)
      for (const s of job.steps.filter((x) => x.run && x.shell !== 'pwsh')) {
        const result = spawnSync('bash', ['-n', '-c', script(s.run!, entry)], { encoding: 'utf8' });
        expect(result.status, `${entry.name}: ${s.name}\n${result.stderr}`).toBe(0);
      }
  });

  it('the tag check passes for the version in package.json and stops a tag that does not match', () => {
    const run = script(step(/^Tag matches package.json version/).run!, matrix[0]!);
    const version = (
      JSON.parse(readFileSync(nodePath.join(root, 'package.json'), 'utf8')) as { version: string }
    ).version;
    const check = (tag: string) =>
      spawnSync('bash', ['-c', run], {
        cwd: root,
        env: { ...process.env, GITHUB_REF_NAME: tag },
        encoding: 'utf8',
      });
    expect(check(`v${version}`).status).toBe(0);
    const wrong = check('v99.0.0');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('does not match');
  });
});
