// `npm test`: type-check, lint, Vitest (unit + integration on a fresh embedded
// PostgreSQL), production build, then Playwright in the system Chromium.
// Stops at the first failing step; ends with one "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./lib/app-env";

const bin = (name: string) => join(ROOT, "node_modules", ".bin", name);
const reports = join(ROOT, ".data", "test-reports");
mkdirSync(reports, { recursive: true });

type Step = { name: string; command: string; args: string[]; env?: Record<string, string> };

const steps: Step[] = [
  { name: "prisma generate", command: bin("prisma"), args: ["generate"] },
  { name: "typecheck", command: bin("tsc"), args: ["--noEmit"] },
  { name: "lint", command: bin("eslint"), args: [".", "--max-warnings=0"] },
  {
    name: "vitest",
    command: bin("vitest"),
    args: ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${join(reports, "vitest.json")}`],
  },
  { name: "build", command: bin("next"), args: ["build"], env: { NEXT_TELEMETRY_DISABLED: "1" } },
  {
    name: "playwright",
    command: bin("playwright"),
    args: ["test", "--reporter=list,json"],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, "playwright.json") },
  },
];

/** Failures recorded in a step's report, whatever its exit code said. */
function reportedFailures(step: string): number {
  const file = join(reports, step === "vitest" ? "vitest.json" : "playwright.json");
  if (!existsSync(file)) return 0;
  const data = JSON.parse(readFileSync(file, "utf8")) as { numFailedTests?: number; stats?: { unexpected: number } };
  return step === "vitest" ? (data.numFailedTests ?? 0) : (data.stats?.unexpected ?? 0);
}

function counts(): { passed: number; failed: number; skipped: number } {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const vitest = join(reports, "vitest.json");
  if (existsSync(vitest)) {
    const data = JSON.parse(readFileSync(vitest, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
    passed += data.numPassedTests;
    failed += data.numFailedTests;
    skipped += data.numPendingTests;
  }
  const playwright = join(reports, "playwright.json");
  if (existsSync(playwright)) {
    const data = JSON.parse(readFileSync(playwright, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
    passed += data.stats.expected + data.stats.flaky;
    failed += data.stats.unexpected;
    skipped += data.stats.skipped;
  }
  return { passed, failed, skipped };
}

const only = process.argv.slice(2);
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
let failedStep: string | null = null;
for (const step of steps) {
  if (only.length > 0 && !only.includes(step.name)) continue;
  const started = Date.now();
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(step.command, step.args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...step.env } });
  console.log(`◀ ${step.name}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // Trust the report as well as the exit code: a dependency's exit hook once
  // turned a failing run's exit code into 0.
  const failures = step.name === "vitest" || step.name === "playwright" ? reportedFailures(step.name) : 0;
  if (result.status !== 0 || failures > 0) {
    failedStep = step.name;
    break;
  }
}

const { passed, failed, skipped } = counts();
if (failedStep) console.log(`\nnpm test stopped: the ${failedStep} step failed.`);
console.log(`\n${passed} passed, ${failed + (failedStep && failed === 0 ? 1 : 0)} failed, ${skipped} skipped`);
process.exit(failedStep ? 1 : 0);
