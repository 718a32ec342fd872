import { defineConfig } from 'vitest/config';

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
          // Browser mode or the real desktop app (REGIE_E2E_TARGET); prints the one line when Electron is missing.
          globalSetup: ['tests/e2e/global-setup.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
