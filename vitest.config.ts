import { defineConfig } from 'vitest/config';

// End-to-end files about browser mode's own paths — files downloaded through the page and uploaded through a file
// input — with no desktop counterpart to run: with REGIE_E2E_TARGET=electron they are left out (and named once by
// tests/e2e/global-setup.ts). The desktop does that work through its native dialogs and the shell, which
// tests/e2e/desktop.test.ts covers (Agenda opslaan, Openen, Toon in map). Also left out: files that fill or
// wait for the services in the test's own process (e2e.regie), which in the desktop app live in Electron's main.
const BROWSER_ONLY_E2E = [
  'tests/e2e/documents.test.ts',
  'tests/e2e/meeting-documents.test.ts',
  'tests/e2e/large-lists.test.ts', // years of data written in-process (scripts/bench/archive-data.ts)
  'tests/e2e/search-documents.test.ts', // waits for the in-process text worker (e2e.regie.context.texts)
];

// Two projects: fast unit/integration tests in parallel, and the Chromium end-to-end tests one file at a time
// (the machine has 2 cores; each e2e file starts its own bridge and browser).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/{shared,db,services,documents,electron,cli,renderer}/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: process.env.REGIE_E2E_TARGET?.trim() === 'electron' ? BROWSER_ONLY_E2E : [],
          // Browser mode or the real desktop app (REGIE_E2E_TARGET); prints the one line when Electron is missing.
          globalSetup: ['tests/e2e/global-setup.ts'],
          environment: 'node',
          fileParallelism: false,
          // expect.poll waits 1 s by default: too short for an upload and a refetch on a loaded 2-core machine
          // (seen failing: ondersteuner's drop of two documents). It still fails, after 10 s, when it is wrong.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
