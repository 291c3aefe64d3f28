// `npm run lighthouse`: starts the production build on loopback with a throwaway embedded
// PostgreSQL, creates a user with a mock interview and a share link, and audits the pages of
// issue #17 with Lighthouse's mobile preset in Debian's Chromium. Signed-in pages get the
// user's session cookie through --extra-headers. Prints a table of scores and writes them, with
// every full report, to .data/lighthouse/. See docs/decisions/031-lighthouse.md.
//
// LIGHTHOUSE_RUNS (1-3, default 1) repeats each audit and reports the median, because scores
// on a shared two-core machine move by several points from run to run.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { SW_URL } from "../lib/pwa/config";
import { DATA_DIR, ROOT } from "./lib/app-env";
import { freePort, isPortFree } from "./lib/embedded-postgres";
import { createUsers, login } from "./lib/load-mix";
import { startTestServer, waitForHealth } from "./lib/test-server";
import { AUDITED_PAGES, formatSummary, medianScores, pageUrl, toScores, type PageResult, type Scores } from "./lib/lighthouse-report";

const CHROME = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const RUNS = Math.min(3, Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1)));
const OUT = join(DATA_DIR, "lighthouse");
const ANSWER =
  "In my last role our checkout API timed out at peak traffic. I owned the fix: I profiled it, added a cache in front of the price lookup and moved confirmation emails to a queue. As a result p99 latency fell from 2 s to 300 ms and the incident did not come back.";

type Data = { cookie: string; params: Record<string, string> };

/** One user with a mock interview (one question answered and scored) and a link sharing it. */
async function createData(url: string, databaseUrl: string): Promise<Data> {
  const [email] = await createUsers(databaseUrl, 1);
  const cookie = await login(url, email!);
  const headers = { "content-type": "application/json", cookie };
  const started = await fetch(`${url}/api/ai-interview/sessions`, {
    method: "POST",
    headers,
    body: JSON.stringify({ role: "Backend engineer", level: "mid", format: "mixed", count: 3 }),
  });
  if (!started.ok) throw new Error(`starting a mock interview answered ${started.status}`);
  const session = (await started.json()) as { id: string; questions: { answerId: string }[] };
  const answered = await fetch(`${url}/api/ai-interview/sessions/${session.id}/answers`, {
    method: "POST",
    headers,
    body: JSON.stringify({ answerId: session.questions[0]!.answerId, answer: ANSWER, durationSeconds: 60 }),
  });
  if (!answered.ok) throw new Error(`answering answered ${answered.status}`);

  const db = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const token = randomBytes(32).toString("base64url");
    await db.query(
      `INSERT INTO share_link (id, user_id, token, scope, session_id)
       SELECT $1, user_id, $2, 'session', id FROM interview_session WHERE id = $3`,
      [`lh${randomUUID().replace(/-/g, "")}`, token, session.id],
    );
    return { cookie, params: { id: session.id, token } };
  } finally {
    await db.end();
  }
}

/** One Lighthouse run through its CLI, the documented way to drive it with a given Chromium. */
async function audit(url: string, cookie: string | null, reportPath: string): Promise<{ scores: Scores; benchmarkIndex: number }> {
  const args = [
    url,
    "--quiet",
    "--output=json",
    `--output-path=${reportPath}`,
    "--form-factor=mobile",
    "--only-categories=performance,accessibility,best-practices,seo",
    `--chrome-path=${CHROME}`,
    // The same flags Playwright uses here: no sandbox as root, nothing fetched from outside.
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync",
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
    // The service worker claims the page as soon as it activates, and its requests carry no
    // extra headers: a signed-in page then ends on /login. Blocking it audits what Lighthouse
    // means to audit anyway, a first visit, which no worker controls yet.
    `--blocked-url-patterns=*${SW_URL}`,
  ];
  const child = spawn(join(ROOT, "node_modules", ".bin", "lighthouse"), args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`lighthouse exited with ${code} for ${url}`);
  const report = JSON.parse(readFileSync(reportPath, "utf8")) as {
    finalDisplayedUrl: string;
    categories: Record<string, { score: number | null }>;
    runtimeError?: { message: string };
    environment: { benchmarkIndex: number };
  };
  if (report.runtimeError) throw new Error(`lighthouse could not audit ${url}: ${report.runtimeError.message}`);
  // A signed-in page that redirected to /login would be scored as the login page.
  if (new URL(report.finalDisplayedUrl).pathname !== new URL(url).pathname) {
    throw new Error(`${url} ended at ${report.finalDisplayedUrl}`);
  }
  return { scores: toScores(report.categories), benchmarkIndex: report.environment.benchmarkIndex };
}

async function main() {
  const port = (await isPortFree(3950)) ? "3950" : String(await freePort());
  const before = loadavg().map((load) => load.toFixed(2)).join(", ");
  console.log(`Starting the app on :${port} (production build, fresh embedded PostgreSQL); load average ${before}…`);
  const server = await startTestServer({ port, env: { RATE_LIMIT_SCALE: "10000", LOG_LEVEL: "error" } });
  try {
    await waitForHealth(server.url);
    const data = await createData(server.url, server.databaseUrl);
    // Next compiles nothing at request time, but the first request to each page fills caches the
    // audit should not pay for: a visitor rarely is the first since the deploy.
    for (const page of AUDITED_PAGES) {
      await fetch(pageUrl(server.url, page, data.params), { headers: page.signedIn ? { cookie: data.cookie } : {} });
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const dir = join(OUT, stamp);
    mkdirSync(dir, { recursive: true });
    const results: PageResult[] = [];
    // Lighthouse's measure of this machine's CPU (a 2020 mid-range laptop is about 1,000-1,500):
    // its mobile throttling slows the page 4x on top of whatever the machine is doing.
    const benchmarks: number[] = [];
    for (const page of AUDITED_PAGES) {
      const runs: Scores[] = [];
      for (let run = 1; run <= RUNS; run++) {
        const url = pageUrl(server.url, page, data.params);
        const { scores, benchmarkIndex } = await audit(url, page.signedIn ? data.cookie : null, join(dir, `${page.name}-${run}.json`));
        runs.push(scores);
        benchmarks.push(benchmarkIndex);
        console.log(`  ${page.name} run ${run}: ${JSON.stringify(scores)} (benchmark index ${benchmarkIndex})`);
      }
      results.push({ page, scores: medianScores(runs), runs: runs.length });
    }
    const after = loadavg().map((load) => load.toFixed(2)).join(", ");
    const summary = formatSummary(results);
    const benchmarkIndex = [Math.min(...benchmarks), Math.max(...benchmarks)];
    console.log(
      `\nLighthouse ${RUNS > 1 ? `medians of ${RUNS} runs` : "scores"}, mobile preset (load average before ${before}, after ${after}; benchmark index ${benchmarkIndex.join("-")})\n${summary}`,
    );
    const json = { at: new Date().toISOString(), loadAverage: { before, after }, benchmarkIndex, runs: RUNS, pages: results.map((r) => ({ name: r.page.name, path: r.page.page, ...r.scores })) };
    writeFileSync(join(dir, "summary.json"), `${JSON.stringify(json, null, 2)}\n`);
    writeFileSync(join(OUT, "latest.json"), `${JSON.stringify(json, null, 2)}\n`);
    console.log(`Reports: ${dir}`);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
