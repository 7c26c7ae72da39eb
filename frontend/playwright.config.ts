import { defineConfig } from '@playwright/test';

// End-to-end tests run the real server: e2e/global-setup.ts builds the Go
// binary (which embeds dist/, so run `npm run build` first), loads the demo
// data into a throwaway SQLite file, starts the server on a free port and
// hands its address to the tests in DEBRIEF_E2E_URL.
export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/artifacts',
  globalSetup: './e2e/global-setup.ts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: process.env.DEBRIEF_E2E_URL,
    browserName: 'chromium',
    viewport: { width: 1360, height: 900 },
    locale: 'en-GB',
    timezoneId: 'UTC',
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      // The system Chromium; never `npx playwright install`.
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
