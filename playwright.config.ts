import { defineConfig } from "@playwright/test";

// E2E against the built portal (`next build` first), on a fresh embedded database in a temporary
// folder, with Debian's Chromium (Playwright's own browser downloads are not reachable here).
const port = Number(process.env.E2E_PORT ?? 3210);
const dataDir = process.env.E2E_DATA_DIR ?? `/tmp/dataloft-e2e-${process.pid}`;
export const E2E_ADMIN_TOKEN = "e2e-bootstrap-admin-token-0123456789abcdef";

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  timeout: 60_000,
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    screenshot: "on",
    // An English browser in the portal's own time zone unless a test says otherwise (e2e/language.spec.ts).
    locale: "en-GB",
    timezoneId: "Europe/Berlin",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://localhost:${port}/api/v1/stats`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    env: {
      PORT: String(port),
      DATALOFT_DATA_DIR: dataDir,
      DATALOFT_ADMIN_TOKEN: E2E_ADMIN_TOKEN,
      DATALOFT_SEED_DEMO: "true",
      // e2e/federation.spec.ts runs a peer catalogue on a loopback port.
      DATALOFT_PEER_HOSTS: "127.0.0.1",
      DATALOFT_PEER_ALLOW_PRIVATE: "true",
      DATABASE_URL: "",
      LOG_LEVEL: "warn",
    },
  },
});
