// `npm run lighthouse`: starts the production build on loopback with a throwaway embedded
// PostgreSQL, creates a user with a mock interview and a share link, and audits the pages of
// issue #17 with Lighthouse's mobile preset in Debian's Chromium. Signed-in pages get the
// user's session cookie (extraHeaders and the cookie jar, see audit()). Prints a table of scores and writes them, with
// every full report, to .data/lighthouse/. See docs/decisions/031-lighthouse.md.
//
// LIGHTHOUSE_RUNS (1-3, default 1) repeats each audit and reports the median, because scores
// on a shared two-core machine move by several points from run to run.
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { randomBytes, randomUUID } from "node:crypto";
import lighthouse from "lighthouse";
import pg from "pg";
import puppeteer from "puppeteer-core";
import { SW_URL } from "../lib/pwa/config";
import { DATA_DIR } from "./lib/app-env";
import { freePort, isPortFree } from "./lib/embedded-postgres";
import { createUsers, login } from "./lib/load-users";
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

const CHROME_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

/**
 * One Lighthouse run in a fresh Chromium. The session cookie goes both as a request header
 * (extraHeaders, which Lighthouse adds to the page's document request) and into the browser's
 * cookie jar: Chromium leaves extra Cookie headers off the page's own fetches, so Next's router
 * prefetches went out logged out, were redirected, and the router followed them to /login.
 * Lighthouse clears storage between loads but never cookies, so the jar holds.
 */
async function audit(url: string, cookie: string | null, reportPath: string): Promise<{ scores: Scores; benchmarkIndex: number }> {
  const browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    if (cookie) {
      const [name, ...value] = cookie.split("=");
      await page.setCookie({ name: name!, value: value.join("="), url: new URL(url).origin, httpOnly: true, sameSite: "Lax" });
    }
    const result = await lighthouse(
      url,
      {
        output: "json",
        logLevel: "error",
        formFactor: "mobile",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
        // The service worker claims the page as soon as it activates; blocking it audits what
        // Lighthouse means to audit anyway, a first visit, which no worker controls yet.
        blockedUrlPatterns: [`*${SW_URL}`],
      },
      undefined,
      page,
    );
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
    writeFileSync(reportPath, typeof result.report === "string" ? result.report : JSON.stringify(result.lhr));
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
    // A signed-in page that redirected to /login would be scored as the login page.
    if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) throw new Error(`${url} ended at ${lhr.finalDisplayedUrl}`);
    return { scores: toScores(lhr.categories), benchmarkIndex: lhr.environment.benchmarkIndex };
  } finally {
    await browser.close();
  }
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
