import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

// A port the operating system has free (scripts/free-port.mjs), chosen once: the workers load this file
// again and inherit E2E_PORT from the runner's environment.
process.env.E2E_PORT ??= execFileSync(process.execPath, [path.resolve('scripts/free-port.mjs')], { encoding: 'utf8' }).trim();
const PORT = Number(process.env.E2E_PORT);
// Every run starts on a fresh embedded database with the demo organ and users.
const DATA_DIR = path.resolve('.data', `e2e-${PORT}`);

export default defineConfig({
  testDir: 'e2e',
  // Playwright empties its output folder on start: keep it apart from the unit tests' JSON report.
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // No network here: keep Chromium from trying to reach Google's services.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    // A production build, as users get it (scripts/e2e-server.sh wipes the data folder first).
    command: `bash scripts/e2e-server.sh ${PORT} "${DATA_DIR}"`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
