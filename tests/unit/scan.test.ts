// The pure parts of `npm run scan` (scripts/lib/scan): that it finds every route and page
// taking input and builds a target for each, and that it reads sqlmap's and wapiti's output
// into findings. Without these a scan could report "0 findings" having scanned nothing.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  API_INPUTS,
  PAGE_QUERIES,
  buildPageTargets,
  buildTargets,
  exportedMethods,
  findApiRoutes,
  findQueryPages,
  uncovered,
  type Seeds,
} from "@/scripts/lib/scan/targets";
import { atLeastMedium, parseSqlmapOutput, parseWapitiReport, severityOf } from "@/scripts/lib/scan/parse";
import { BEGIN, END, mergeSummary, renderSummary, verdict } from "@/scripts/lib/scan/summary";
import { SQLMAP_CLEAN, SQLMAP_INJECTABLE, WAPITI_REPORT } from "./fixtures/scan-output";

const ROOT = join(import.meta.dirname, "..", "..");
const SEEDS: Seeds = {
  textSessionId: "ts1",
  textAnswerId: "ta1",
  avatarSessionId: "as1",
  avatarAnswerId: "aa1",
  roadmapId: "rm1",
  guideSlug: "star-method",
  csrfToken: "tok",
  email: "a@example.test",
  password: "pw",
};
const BASE = "http://127.0.0.1:3450";

describe("scan targets", () => {
  const routes = findApiRoutes(ROOT);

  it("reads the methods a route module exports, however it exports them", () => {
    expect(exportedMethods("export const POST = route({}, h);\nexport async function GET() {}")).toEqual(["GET", "POST"]);
    expect(exportedMethods("export { handler as GET, handler as POST };")).toEqual(["GET", "POST"]);
    expect(exportedMethods("export const dynamic = 'force-dynamic';")).toEqual([]);
  });

  it("finds every route handler under app/api", () => {
    expect(routes.length).toBeGreaterThan(15);
    expect(routes.every((route) => route.methods.length > 0)).toBe(true);
    expect(routes.map((r) => r.path)).toContain("/api/ai-interview/sessions/[id]/answers");
  });

  it("has an input (or a reason to skip) for every route with a body, a query string or a path id", () => {
    expect(uncovered(routes), "add these to API_INPUTS in scripts/lib/scan/targets.ts").toEqual([]);
  });

  it("lists no route that no longer exists", () => {
    const keys = new Set(routes.flatMap((route) => route.methods.map((method) => `${method} ${route.path}`)));
    expect(Object.keys(API_INPUTS).filter((key) => !keys.has(key))).toEqual([]);
  });

  it("flags a new body route that has no entry", () => {
    const extra = { path: "/api/new/thing", methods: ["POST" as const], readsQuery: false };
    expect(uncovered([...routes, extra])).toEqual(["POST /api/new/thing"]);
  });

  it("builds a target for every POST route, with the seeded ids and a JSON body", () => {
    const targets = buildTargets(routes, SEEDS, BASE);
    const posts = routes.flatMap((r) => r.methods.filter((m) => m === "POST").map((m) => `${m} ${r.path}`)).filter((key) => !("skip" in API_INPUTS[key]!));
    expect(posts.length).toBeGreaterThanOrEqual(10);
    for (const key of posts) expect(targets.map((t) => t.label)).toContain(key);
    expect(targets.every((t) => t.url.startsWith(`${BASE}/api/`))).toBe(true);
    const answer = targets.find((t) => t.label === "POST /api/ai-interview/sessions/[id]/answers")!;
    expect(answer.url).toBe(`${BASE}/api/ai-interview/sessions/ts1/answers`);
    expect(JSON.parse(answer.data!)).toMatchObject({ answerId: "ta1" });
    expect(answer.contentType).toBe("application/json");
  });

  it("marks path ids for injection and restricts raw-body routes to their query", () => {
    const targets = buildTargets(routes, SEEDS, BASE);
    const roadmap = targets.find((t) => t.label === "GET /api/roadmap/[id]")!;
    expect(roadmap.url).toBe(`${BASE}/api/roadmap/rm1*`);
    // An id with nothing behind it answers 404; sqlmap must carry on rather than stop there.
    expect(roadmap.ignoreCodes).toEqual([404]);
    const chunks = targets.find((t) => t.label.endsWith("/recording/chunks"))!;
    expect(chunks.url).toBe(`${BASE}/api/avatar-interview/sessions/as1/recording/chunks?index=0`);
    expect(chunks.parameters).toEqual(["index"]);
    const login = targets.find((t) => t.label === "POST /api/auth/[...nextauth]")!;
    expect(login.url).toBe(`${BASE}/api/auth/callback/credentials`);
    expect(new URLSearchParams(login.data).get("email")).toBe("a@example.test");
    expect(login.ignoreCodes).toEqual([401]);
  });

  it("has a query for every page that reads its query string", () => {
    const pages = findQueryPages(ROOT);
    expect(pages).toContain("/analytics");
    expect(pages.filter((page) => !(page in PAGE_QUERIES)), "add these to PAGE_QUERIES").toEqual([]);
    const targets = buildPageTargets(pages, SEEDS, BASE);
    expect(targets).toHaveLength(pages.length);
    expect(targets.find((t) => t.label.startsWith("GET /sharing"))!.url).toContain("session=ts1");
  });
});

describe("reading sqlmap's output", () => {
  it("lists the parameters tested and no injection on a clean run", () => {
    const result = parseSqlmapOutput(SQLMAP_CLEAN);
    expect(result.tested).toEqual(expect.arrayContaining(["JSON text", "User-Agent", "Referer"]));
    expect(result.injectable).toEqual([]);
    expect(result.cleanVerdict).toBe(true);
    expect(result.errors).toEqual([]);
  });

  it("reports the injection points sqlmap identified", () => {
    const result = parseSqlmapOutput(SQLMAP_INJECTABLE);
    expect(result.injectable).toEqual(["q (GET)"]);
    expect(result.tested).toContain("q");
    expect(result.cleanVerdict).toBe(false);
    expect(result.requests).toBeGreaterThan(0);
  });

  it("keeps sqlmap's errors, so a run that could not connect is not clean", () => {
    const result = parseSqlmapOutput("[00:01:02] [CRITICAL] unable to connect to the target URL");
    expect(result.errors).toEqual(["unable to connect to the target URL"]);
    expect(result.cleanVerdict).toBe(false);
  });

  it("reads lines behind sqlmap's carriage returns and colour escapes", () => {
    // As sqlmap 1.7.2 wrote it into a pipe during the first scan of this app.
    const output = "\u001b(B\u001b>[00:28:45] [INFO] testing connection to the target URL\n\r[00:28:54] [CRITICAL] page not found (404)\n\r[00:28:54] [WARNING] (custom) POST parameter 'JSON text' does not seem to be injectable\r\n";
    const result = parseSqlmapOutput(output);
    expect(result.errors).toEqual(["page not found (404)"]);
    expect(result.tested).toEqual(["JSON text"]);
  });
});

describe("reading wapiti's report", () => {
  const findings = parseWapitiReport(WAPITI_REPORT);

  it("turns every vulnerability and anomaly into a finding with its severity", () => {
    expect(findings.map((f) => [f.kind, f.category, f.severity])).toEqual([
      ["vulnerability", "Content Security Policy Configuration", "low"],
      ["vulnerability", "Cross Site Scripting", "medium"],
      ["anomaly", "Internal Server Error", "high"],
    ]);
    expect(findings[1]).toMatchObject({ method: "GET", path: "/search", parameter: "q" });
  });

  it("maps wapiti's levels, string or number, to severities", () => {
    expect([severityOf("0"), severityOf(1), severityOf("2"), severityOf(3), severityOf("4"), severityOf("x")]).toEqual(["info", "low", "medium", "high", "critical", "info"]);
    expect(atLeastMedium("medium")).toBe(true);
    expect(atLeastMedium("low")).toBe(false);
  });

  it("refuses something that is not a wapiti report", () => {
    expect(() => parseWapitiReport("{}")).toThrow(/not a wapiti/);
  });

  it("fails the scan on a medium finding unless it is explained", () => {
    const wapiti = { seconds: 1, findings };
    expect(verdict({ runs: [], wapiti, falsePositives: [] }).unexplained).toHaveLength(2);
    const explainedAll = [
      { category: "Cross Site Scripting", path: /^\/search$/, reason: "r" },
      { category: "Internal Server Error", path: /.*/, reason: "r" },
    ];
    expect(verdict({ runs: [], wapiti, falsePositives: explainedAll }).ok).toBe(true);
    // A rule naming the finding's text explains only that finding.
    const byText = [{ category: "Cross Site Scripting", path: /.*/, info: /parameter id$/, reason: "r" }];
    expect(verdict({ runs: [], wapiti, falsePositives: byText }).unexplained).toHaveLength(2);
  });
});

describe("docs/security.md", () => {
  it("does not call a scan with unfinished targets a pass", () => {
    const result = { tested: ["JSON text"], injectable: [], errors: [], cleanVerdict: false };
    const summary = {
      startedAt: "t",
      sqlmapVersion: "1.7.2",
      wapitiVersion: "3.0.4",
      sqlmapOptions: "",
      wapitiOptions: "",
      runs: [{ label: "POST /api/x", url: "u", seconds: 240, status: "timeout" as const, result }],
      sqlmapSeconds: 240,
      wapiti: { seconds: 1, findings: [] },
      falsePositives: [],
    };
    expect(renderSummary(summary)).toContain("no findings, but 1 of 1 sqlmap targets not finished");
    expect(renderSummary({ ...summary, runs: [{ ...summary.runs[0]!, status: "done" }] })).toContain("(pass)");
  });

  it("replaces only the generated block", () => {
    const doc = `# Security\n\nHand-written.\n\n${BEGIN}\nold\n${END}\n\n## Fixes\n`;
    const merged = mergeSummary(doc, "new");
    expect(merged).toContain("Hand-written.");
    expect(merged).toContain("## Fixes");
    expect(merged).toContain(`${BEGIN}\nnew\n${END}`);
    expect(merged).not.toContain("old");
    expect(mergeSummary("# Security\n", "first")).toContain(`${BEGIN}\nfirst\n${END}`);
  });
});
