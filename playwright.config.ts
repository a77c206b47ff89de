import { defineConfig } from '@playwright/test';

/**
 * The teams' console in a real browser: Debian's Chromium (Playwright's own browser download is not used),
 * one worker, the agent in London and the customers in Los Angeles so the two clocks differ.
 */
export default defineConfig({
  testDir: 'test/browser',
  testMatch: '*.spec.ts',
  workers: 1,
  timeout: 30_000,
  expect: { timeout: 8_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    timezoneId: 'Europe/London',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
});
