// What `npm run scan` attacks with sqlmap: every route handler under app/api found on disk,
// joined with the input each one takes (a JSON body, a query string, path ids). The inputs
// live in one table; tests/unit/scan-targets.test.ts fails when a route with a body, a query
// string or a path id has no entry, so a new route cannot silently go unscanned.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];
const BODY_METHODS: readonly Method[] = ["POST", "PUT", "PATCH"];

export type ApiRoute = {
  /** The URL as app/ spells it: "/api/roadmap/[id]". */
  path: string;
  methods: Method[];
  /** The handler (or a helper it names) reads `searchParams`. */
  readsQuery: boolean;
};

/** Ids created by the scan's seeding step, substituted for `{name}` placeholders. */
export type Seeds = Record<"textSessionId" | "textAnswerId" | "avatarSessionId" | "avatarAnswerId" | "roadmapId" | "guideSlug" | "csrfToken" | "email" | "password", string>;

export type Input =
  /** A JSON body; string values may hold `{seed}` placeholders. */
  | { kind: "json"; body: Record<string, unknown>; query?: Record<string, string> }
  /** An HTML-form body (next-auth's credentials callback). */
  | { kind: "form"; body: Record<string, string> }
  /** A raw (non-JSON) body: only the query string is attacked. */
  | { kind: "raw"; contentType: string; body: string; query: Record<string, string> }
  /** Only the path's dynamic segment is attacked (an sqlmap `*` marker). */
  | { kind: "path" };

export type Entry = { input: Input; path?: Record<string, string> } | { skip: string };

/**
 * How every route and method takes input. Keys are `METHOD /path` as app/ spells the path.
 * sqlmap attacks JSON fields in order, so fields that reach a query (ids, the company slug,
 * the question looked up in the bank) come first: a run cut off at its time limit has then
 * done those.
 */
export const API_INPUTS: Record<string, Entry> = {
  "POST /api/ai/questions": { input: { kind: "json", body: { company: "google", role: "Backend engineer", level: "mid", type: "mixed", count: 2 } } },
  "POST /api/ai/evaluate": {
    input: { kind: "json", body: { question: "Tell me about a time you missed a deadline.", answer: "I told my manager early and we cut scope.", role: "Backend engineer", level: "mid" } },
  },
  "POST /api/ai-interview/sessions": { input: { kind: "json", body: { company: "google", role: "Backend engineer", level: "mid", format: "mixed", count: 1 } } },
  "POST /api/ai-interview/sessions/[id]/answers": {
    path: { id: "{textSessionId}" },
    input: { kind: "json", body: { answerId: "{textAnswerId}", answer: "I profiled the API and added a cache.", durationSeconds: 40 } },
  },
  "POST /api/avatar-interview/sessions": { input: { kind: "json", body: { company: "google", role: "Backend engineer", level: "mid", count: 1 } } },
  "POST /api/avatar-interview/sessions/[id]/answers": {
    path: { id: "{avatarSessionId}" },
    input: { kind: "json", body: { answerId: "{avatarAnswerId}", answer: "I listened first, then proposed a trial.", durationSeconds: 30, recordingOffsetMs: 1000 } },
  },
  "POST /api/avatar-interview/sessions/[id]/recording/chunks": {
    path: { id: "{avatarSessionId}" },
    // The body is video bytes (checked by magic number); the chunk index is the query input.
    input: { kind: "raw", contentType: "video/webm", body: "\u001aE\u00df\u00a3chunk", query: { index: "0" } },
  },
  "POST /api/avatar-interview/sessions/[id]/recording/complete": {
    path: { id: "{avatarSessionId}" },
    input: { kind: "json", body: { durationMs: 5000, mime: "video/webm;codecs=vp8,opus" } },
  },
  "GET /api/avatar-interview/sessions/[id]/recording": { path: { id: "{avatarSessionId}" }, input: { kind: "path" } },
  "POST /api/avatar-interview/sessions/[id]/samples": {
    path: { id: "{avatarSessionId}" },
    input: { kind: "json", body: { samples: [{ offsetMs: 100, faceVisible: true, lookingAtCamera: true, headMovement: 2, shoulderTilt: 1, slouching: false }] } },
  },
  "POST /api/avatar/talks": { input: { kind: "json", body: { sessionId: "{avatarSessionId}", text: "Tell me about yourself." } } },
  "GET /api/avatar/talks/[id]": { path: { id: "talk1" }, input: { kind: "path" } },
  "GET /api/avatar/talks/[id]/video": { path: { id: "talk1" }, input: { kind: "path" } },
  "POST /api/ai/follow-up": {
    input: { kind: "json", body: { question: "Tell me about a time you missed a deadline.", answer: "We cut scope and shipped.", role: "Backend engineer", level: "mid" } },
  },
  // A made-up token of the right shape: sqlmap attacks the segment, which is checked by shape, then looked up by equality.
  "GET /api/share/[token]/recording": { path: { token: "A".repeat(43) }, input: { kind: "path" } },
  "POST /api/transcribe": { skip: "a multipart audio upload checked by its magic bytes; no field of it reaches a query" },
  "POST /api/english/grammar": { input: { kind: "json", body: { text: "She go to school every days." } } },
  "GET /api/files/[...key]": { path: { key: "avatars/x1.png" }, input: { kind: "path" } },
  "GET /api/models/[...path]": { path: { path: "human/models/blazeface.json" }, input: { kind: "path" } },
  "GET /api/resources/[slug]/pdf": { path: { slug: "{guideSlug}" }, input: { kind: "path" } },
  "GET /api/roadmap/[id]": { path: { id: "{roadmapId}" }, input: { kind: "path" } },
  "POST /api/auth/[...nextauth]": {
    path: { nextauth: "callback/credentials" },
    input: { kind: "form", body: { csrfToken: "{csrfToken}", email: "{email}", password: "{password}", json: "true" } },
  },
  "GET /api/auth/[...nextauth]": { skip: "next-auth's own GET endpoints (csrf, session, providers) take no user input that reaches a query" },
  "GET /api/health": { skip: "takes no input" },
  "GET /api/bench/ping": { skip: "takes no input and answers 404 unless BENCH=1" },
  "GET /api/[...path]": { skip: "the catch-all answers a constant 404 without reading anything" },
  "POST /api/[...path]": { skip: "the catch-all answers a constant 404 without reading anything" },
  "PUT /api/[...path]": { skip: "the catch-all answers a constant 404 without reading anything" },
  "PATCH /api/[...path]": { skip: "the catch-all answers a constant 404 without reading anything" },
  "DELETE /api/[...path]": { skip: "the catch-all answers a constant 404 without reading anything" },
};

/**
 * Pages that read their query string, with a query sqlmap starts from. Keys are the paths of
 * lib/pages.ts; tests/unit/scan-targets.test.ts fails when a page.tsx reading `searchParams`
 * has no entry. Seeded values (the share and session ids) come from `{seed}` placeholders.
 */
export const PAGE_QUERIES: Record<string, Record<string, string>> = {
  "/login": { callbackUrl: "/dashboard", registered: "1" },
  "/dsa/problems": { q: "array", category: "arrays", difficulty: "easy", status: "new" },
  "/english/speaking": { drill: "star", focus: "pace" },
  "/ai-interview": { role: "Backend engineer", level: "mid", company: "google", format: "mixed" },
  "/resources": { q: "system", topic: "behavioral" },
  "/interviews": { status: "applied", sort: "date-desc", page: "1" },
  "/analytics": { from: "2026-01-01", to: "2026-12-31", type: "text" },
  "/sharing": { session: "{textSessionId}", scope: "session" },
  "/cohorts": { code: "ABCDEFGH" },
  // The scan's users are students, so this instructor page answers 404 whatever the query; listed so a
  // scan run as an instructor attacks the bank search.
  "/instructor/sets/[id]": { q: "cache", role: "backend", type: "technical", difficulty: "medium" },
};

function pageFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pageFiles(path) : name === "page.tsx" ? [path] : [];
  });
}

/** The URL paths (route groups left out) of every page.tsx under app/ that reads `searchParams`. */
export function findQueryPages(root: string): string[] {
  const app = join(root, "app");
  return pageFiles(app)
    .filter((file) => readFileSync(file, "utf8").includes("searchParams"))
    .map((file) => {
      const segments = relative(app, file).split(sep).slice(0, -1).filter((segment) => !/^\(.*\)$/.test(segment));
      return "/" + segments.join("/");
    })
    .sort();
}

/** One GET target per page with a query string; every parameter in it is attacked. */
export function buildPageTargets(pages: string[], seeds: Seeds, base: string, queries: Record<string, Record<string, string>> = PAGE_QUERIES): SqlmapTarget[] {
  return pages.flatMap((page) => {
    const query = queries[page];
    if (!query) return [];
    const filled = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, fill(v, seeds)]));
    return [{ label: `GET ${page} (page)`, method: "GET" as const, url: `${base}${page}?${new URLSearchParams(filled).toString()}` }];
  });
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? routeFiles(path) : name === "route.ts" ? [path] : [];
  });
}

/** The HTTP methods a route module exports, read from its source. */
export function exportedMethods(source: string): Method[] {
  const found = new Set<Method>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?(?:const|function|let)\s+([A-Z]+)\b/g)) {
    if ((METHODS as readonly string[]).includes(match[1]!)) found.add(match[1] as Method);
  }
  for (const block of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of block[1]!.split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim() ?? "";
      if ((METHODS as readonly string[]).includes(name)) found.add(name as Method);
    }
  }
  return METHODS.filter((method) => found.has(method));
}

/** Every route handler under `<root>/app/api`, with its methods. */
export function findApiRoutes(root: string): ApiRoute[] {
  const app = join(root, "app");
  return routeFiles(join(app, "api"))
    .map((file) => {
      const source = readFileSync(file, "utf8");
      const path = "/" + relative(app, file).split(sep).join("/").replace(/\/route\.ts$/, "");
      return { path, methods: exportedMethods(source), readsQuery: source.includes("searchParams") };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** A route takes input when it has a body method, reads a query string or has a path segment. */
export function takesInput(route: ApiRoute, method: Method): boolean {
  return BODY_METHODS.includes(method) || route.readsQuery || route.path.includes("[");
}

/** `METHOD /path` keys of routes that take input but have no entry in API_INPUTS. */
export function uncovered(routes: ApiRoute[], inputs: Record<string, Entry> = API_INPUTS): string[] {
  return routes.flatMap((route) =>
    route.methods.map((method) => `${method} ${route.path}`).filter((key, i) => takesInput(route, route.methods[i]!) && !(key in inputs)),
  );
}

export type SqlmapTarget = {
  label: string;
  method: Method;
  url: string;
  data?: string;
  contentType?: string;
  /** Restricts sqlmap to these parameters (a raw body has nothing to inject into). */
  parameters?: string[];
  /**
   * Statuses that are the route's normal answer to the seeded request, which sqlmap would
   * otherwise take as "stop": 401 for a failed login, 404 for an id with nothing behind it.
   */
  ignoreCodes?: number[];
};

function fill(value: string, seeds: Seeds): string {
  return value.replace(/\{(\w+)\}/g, (whole, name: string) => (name in seeds ? seeds[name as keyof Seeds] : whole));
}

function fillDeep(value: unknown, seeds: Seeds): unknown {
  if (typeof value === "string") return fill(value, seeds);
  if (Array.isArray(value)) return value.map((item) => fillDeep(item, seeds));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillDeep(v, seeds)]));
  return value;
}

/** Fills the path's `[id]` / `[...key]` segments; `mark` appends sqlmap's injection marker to each. */
function concretePath(path: string, values: Record<string, string>, seeds: Seeds, mark: boolean): string {
  return path.replace(/\[(?:\.\.\.)?(\w+)\]/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${path}: no value for [${name}]`);
    return fill(value, seeds) + (mark ? "*" : "");
  });
}

/** One sqlmap target per scanned route and method, against `base` (a loopback origin). */
export function buildTargets(routes: ApiRoute[], seeds: Seeds, base: string, inputs: Record<string, Entry> = API_INPUTS): SqlmapTarget[] {
  const targets: SqlmapTarget[] = [];
  for (const route of routes) {
    for (const method of route.methods) {
      const label = `${method} ${route.path}`;
      const entry = inputs[label];
      if (!entry || "skip" in entry) continue;
      const { input } = entry;
      const path = concretePath(route.path, entry.path ?? {}, seeds, input.kind === "path");
      const query = "query" in input && input.query ? "?" + new URLSearchParams(input.query).toString() : "";
      const url = `${base}${path}${query}`;
      if (input.kind === "json") {
        targets.push({ label, method, url, data: JSON.stringify(fillDeep(input.body, seeds)), contentType: "application/json" });
      } else if (input.kind === "form") {
        const body = Object.fromEntries(Object.entries(input.body).map(([k, v]) => [k, fill(v, seeds)]));
        targets.push({ label, method, url, data: new URLSearchParams(body).toString(), contentType: "application/x-www-form-urlencoded", ignoreCodes: [401] });
      } else if (input.kind === "raw") {
        targets.push({ label, method, url, data: input.body, contentType: input.contentType, parameters: Object.keys(input.query) });
      } else {
        targets.push({ label, method, url, ignoreCodes: [404] });
      }
    }
  }
  return targets;
}
