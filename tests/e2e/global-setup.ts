// Decides once per run what the end-to-end scenarios run against, and says in ONE line when the Electron
// scenarios cannot run here (never a silent skip). The decision reaches the test files through `inject`.
import type { TestProject } from 'vitest/node';
import { findElectronApp, type ElectronAppLaunch } from '../../scripts/electron-binary.mjs';

export const E2E_TARGETS = ['browser', 'electron'] as const;
export type E2ETarget = (typeof E2E_TARGETS)[number];

export interface E2ESetup {
  target: E2ETarget;
  electron: ElectronAppLaunch | null;
  electronMissing: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    regieE2E: E2ESetup;
  }
}

export function decideE2E(env: Readonly<Record<string, string | undefined>>): E2ESetup {
  const raw = env.REGIE_E2E_TARGET?.trim() || 'browser';
  if (!(E2E_TARGETS as readonly string[]).includes(raw))
    throw new Error(`REGIE_E2E_TARGET moet browser of electron zijn, niet "${raw}".`);
  const found = findElectronApp(env);
  return {
    target: raw as E2ETarget,
    electron: 'missing' in found ? null : found,
    electronMissing: 'missing' in found ? found.missing : null,
  };
}

export default function setup(project: TestProject): void {
  const decided = decideE2E(process.env);
  if (decided.electronMissing !== null) {
    // Asked for explicitly, a missing Electron is an error; otherwise only the desktop-only scenarios skip.
    if (decided.target === 'electron')
      throw new Error(`REGIE_E2E_TARGET=electron, maar ${decided.electronMissing}.`);
    console.log(
      `Electron-scenario’s overgeslagen: ${decided.electronMissing}; zie README, "Testing the real desktop app".`,
    );
  }
  if (decided.target === 'electron')
    console.log(
      `Alleen in browsermodus, nu niet gedraaid: ${project.config.exclude.join(', ')} (zie vitest.config.ts).`,
    );
  project.provide('regieE2E', decided);
}
