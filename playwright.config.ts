import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";
import { serverPort } from "./e2e/servers";

// Browsers cannot be downloaded on these machines: use the system Chromium.
const chromium = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
const port = Number(process.env.E2E_PORT ?? 3100);
// A second app server, with AI_PROVIDER=openai against a loopback fake of the Chat Completions
// API, for the specs in e2e/openai. Same build, its own database; the next port up.
const openAiPort = port + 1;
const desktop = { ...devices["Desktop Chrome"], channel: undefined };
// Each worker gets its own pair of servers (e2e/servers.ts, docs/decisions/028-parallel-e2e-workers.md).
// E2E_WORKERS=1 gives back the one-pair run.
const workers = Number(process.env.E2E_WORKERS ?? 1);
if (!Number.isInteger(workers) || workers < 1) throw new Error(`E2E_WORKERS must be a whole number of at least 1, not ${process.env.E2E_WORKERS}`);

function e2eServer(at: number, env: Record<string, string> = {}) {
  return {
    command: "npx tsx scripts/e2e-server.ts",
    url: `http://localhost:${at}/api/health`,
    env: { E2E_PORT: String(at), ...env },
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    stderr: "pipe" as const,
  };
}

export default defineConfig({
  testDir: "e2e",
  outputDir: `test-results/${port}`,
  fullyParallel: false,
  workers,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: `playwright-report/${port}` }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    // The service worker would cache pages between steps of other tests; only
    // e2e/pwa.spec.ts allows it.
    serviceWorkers: "block",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "desktop", testIgnore: "openai/**", use: desktop },
    { name: "openai", testDir: "e2e/openai", use: { ...desktop, baseURL: `http://localhost:${openAiPort}` } },
  ],
  // Started one after the other, so only the first may build the app and the others reuse it.
  webServer: Array.from({ length: workers }, (_, slot) => [
    e2eServer(serverPort(port, slot)),
    e2eServer(serverPort(openAiPort, slot), { E2E_AI_PROVIDER: "openai" }),
  ]).flat(),
});
