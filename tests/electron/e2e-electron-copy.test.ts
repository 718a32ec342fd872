// scripts/e2e-electron-copy.mjs, which the workflow runs on the packaged app before the Electron suite,
// checked here on a stand-in executable that carries Electron's fuse wire (the sentinel, version 1, eight
// fuses), since no packaged Regie exists on this machine: the copy has only the inspector fuse turned on,
// the shipped build is untouched, and the path printed is the copy's executable.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import nodePath from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { executableIn } from '../../scripts/e2e-electron-copy.mjs';

const root = nodePath.resolve(import.meta.dirname, '..', '..');
const script = nodePath.join(root, 'scripts', 'e2e-electron-copy.mjs');
const dir = mkdtempSync(nodePath.join(tmpdir(), 'regie-fuse-copy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const OFF = 48;
const ON = 49;
// As electron-builder.yml ships them: RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect,
// AsarIntegrity, OnlyLoadAppFromAsar, LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges.
const SHIPPED = [OFF, ON, OFF, OFF, ON, ON, OFF, OFF];

function fuses(file: string): number[] {
  const bytes = readFileSync(file);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
  return [...bytes.subarray(at + 2, at + 2 + bytes[at + 1]!)];
}

function fakeBuild(name: string): string {
  const unpacked = nodePath.join(dir, name);
  mkdirSync(nodePath.join(unpacked, 'resources'), { recursive: true });
  const binary = Buffer.concat([
    Buffer.from('\x7fELF stand-in '.repeat(50)),
    Buffer.from(SENTINEL, 'latin1'),
    Buffer.from([1, SHIPPED.length, ...SHIPPED]),
    Buffer.from(' rest of the program'.repeat(50)),
  ]);
  writeFileSync(executableIn(unpacked), binary);
  writeFileSync(nodePath.join(unpacked, 'resources', 'app.asar'), 'the app');
  return unpacked;
}

const run = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

describe('e2e-electron-copy', () => {
  it('names the executable electron-builder puts in each unpacked build', () => {
    expect(executableIn('release/linux-unpacked', 'linux')).toBe(
      nodePath.join('release/linux-unpacked', 'regie'),
    );
    expect(executableIn('release/win-unpacked', 'win32')).toBe(
      nodePath.join('release/win-unpacked', 'Regie.exe'),
    );
    expect(executableIn('release/mac-arm64/Regie.app', 'darwin')).toBe(
      nodePath.join('release/mac-arm64/Regie.app', 'Contents', 'MacOS', 'Regie'),
    );
  });

  it('copies the build and turns on only the inspector fuse in the copy; prints its executable', () => {
    const unpacked = fakeBuild(process.platform === 'win32' ? 'win-unpacked' : 'linux-unpacked');
    const result = run(unpacked, nodePath.join(dir, 'e2e-app'));
    expect(result.status, result.stderr).toBe(0);
    const copied = result.stdout.trim();
    expect(copied).toBe(executableIn(nodePath.join(dir, 'e2e-app', nodePath.basename(unpacked))));
    expect(fuses(copied)).toEqual([OFF, ON, OFF, ON, ON, ON, OFF, OFF]);
    expect(fuses(executableIn(unpacked))).toEqual(SHIPPED);
    expect(readFileSync(nodePath.join(nodePath.dirname(copied), 'resources', 'app.asar'), 'utf8')).toBe(
      'the app',
    );
    expect(result.stderr).toContain('EnableNodeCliInspectArguments=uit');
  });

  it('refuses a folder without a Regie build, saying what it expected', () => {
    const result = run(nodePath.join(dir, 'nothing-here'), nodePath.join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Geen uitgepakte Regie-build');
  });
});
