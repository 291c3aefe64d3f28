// Property-based bad input: at least 1,000 generated malformed requests to
// every JSON route handler (found by walking app/api), through the real
// handlers and a real database. No request may answer 5xx and none may write a
// row. The session is a synthetic user so rate limits and ownership run as usual.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { signInAs, signOut } from "../support/session-mock";

vi.hoisted(() => {
  // Budgets scaled up so requests reach the handlers instead of stopping at 429.
  process.env.RATE_LIMIT_SCALE = "1000";
});
vi.mock("@/lib/auth/session", () => import("../support/session-mock"));

const { pool, db } = await import("@/lib/db");

type Handler = (req: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
const ROOT = join(import.meta.dirname, "..", "..");
const BODY_METHODS = ["POST", "PUT", "PATCH"] as const;

function routeFiles(dir = join(ROOT, "app", "api")): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? routeFiles(path) : name === "route.ts" ? [path] : [];
  });
}

/** Every JSON-body handler: [label, handler, url]. next-auth's own routes take forms, not JSON. */
async function jsonRoutes(): Promise<[string, Handler, string][]> {
  const found: [string, Handler, string][] = [];
  for (const file of routeFiles()) {
    const path = relative(join(ROOT, "app"), file).replace(/\/route\.ts$/, "");
    // next-auth's routes take forms; the catch-all only answers 404.
    if (path.startsWith("api/auth/") || path === "api/[...path]") continue;
    const routeModule = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const method of BODY_METHODS) {
      const handler = routeModule[method];
      if (typeof handler !== "function") continue;
      const url = `http://localhost/${path.replace(/\[\.\.\.(\w+)\]|\[(\w+)\]/g, "x1")}`;
      found.push([`${method} /${path}`, handler as Handler, url]);
    }
  }
  return found;
}

const injections = fc.constantFrom(
  "' OR '1'='1",
  "'; DROP TABLE \"user\"; --",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "{{7*7}}",
  "../../etc/passwd",
  "\u0000",
  "\uD800",
  "\u202Eevil",
  "💥".repeat(500),
  "a".repeat(70_000),
);
const scalar = fc.oneof(fc.string(), fc.string({ unit: "binary" }), injections, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 5 }), fc.dictionary(fc.string(), scalar, { maxKeys: 4 }));
/** Objects with the routes' field names holding wrong types, missing fields and junk extras. */
const FIELDS = ["role", "level", "company", "type", "count", "question", "answer", "text", "id", "slug"];
const shaped = fc.dictionary(fc.constantFrom(...FIELDS, "__proto__", "constructor", "extra"), value, { maxKeys: 8 });

/** A body every route accepts, with one field replaced by junk: reaches the handlers themselves. */
const VALID = { role: "Backend engineer", level: "mid", format: "mixed", count: 1, question: "Why this company?", answer: "Because I like it.", answerId: "x1", text: "I has a apple." };
const nearValid = fc
  .tuple(fc.constantFrom(...Object.keys(VALID)), fc.oneof(value, injections))
  .map(([field, junk]) => ({ ...VALID, [field]: junk }));

type Payload = { body: string | Uint8Array<ArrayBuffer>; contentType: string | null };
const payload: fc.Arbitrary<Payload> = fc.oneof(
  nearValid.map((o) => ({ body: JSON.stringify(o), contentType: "application/json" })),
  fc.constant({ body: JSON.stringify(VALID), contentType: "application/json; charset=utf-8" }),
  shaped.map((o) => ({ body: JSON.stringify(o), contentType: "application/json" })),
  fc.anything().map((o) => ({ body: JSON.stringify(o) ?? "null", contentType: "application/json" })),
  fc.string().map((s) => ({ body: `{${s}`, contentType: "application/json" })),
  fc.constantFrom("", "{", "[1,", "nul", "{\"a\":}", "\u0000", "{\"answer\": \"\\ud800\"}").map((s) => ({ body: s, contentType: "application/json" })),
  shaped.map((o) => ({ body: JSON.stringify(o), contentType: fc.sample(fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data"), 1)[0]! })),
  fc.constant({ body: JSON.stringify({ answer: "x".repeat(400_000), question: "q" }), contentType: "application/json" }),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => ({ body: new Uint8Array(bytes), contentType: "application/json" })),
  shaped.map((o) => ({ body: JSON.stringify(o), contentType: null })),
);

/** Tables that accepted requests may legitimately write to (a valid session request creates a session). */
const WRITTEN_BY_VALID_REQUESTS = ["interview_session", "session_recording", "session_answer"];
/** The routes whose accepted requests create a session and its question rows: {questions: [...]} in the reply. */
const SESSION_ROUTES = ["POST /api/ai-interview/sessions", "POST /api/avatar-interview/sessions"];

async function userRowCounts(): Promise<Record<string, number>> {
  const { rows } = await pool().query<{ relname: string; n: string }>(
    `SELECT relname, n_live_tup::text AS n FROM pg_stat_user_tables WHERE schemaname = 'public'
     AND relname NOT IN ('rate_limit', '_prisma_migrations', 'user', ${WRITTEN_BY_VALID_REQUESTS.map((t) => `'${t}'`).join(", ")})`,
  );
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const exact = await pool().query<{ n: string }>(`SELECT count(*)::text AS n FROM "${row.relname}"`);
    counts[row.relname] = Number(exact.rows[0]!.n);
  }
  return counts;
}

describe("bad input to every JSON route", () => {
  it("never answers 5xx, and only accepted requests write rows", async () => {
    const routes = await jsonRoutes();
    // Real users (a rejected request must not be explained away by a missing user).
    const users = Array.from({ length: 20 }, (_, i) => ({ id: `fuzz-${randomUUID()}`, name: `Fuzz ${i}`, email: `fuzz-${randomUUID()}@example.test`, passwordHash: "x" }));
    await db().user.createMany({ data: users });
    const userIds = users.map((u) => u.id);
    const sessionsCreated = { ai: 0, avatar: 0 };
    let questionsCreated = 0;
    expect(routes.length).toBeGreaterThanOrEqual(2);
    // The follow-up route reads answer text like evaluate does; the walk must reach it.
    expect(routes.map(([label]) => label)).toContain("POST /api/ai/follow-up");
    const runsPerRoute = Math.ceil(1_000 / routes.length);
    const before = await userRowCounts();
    let sent = 0;
    const statuses = new Map<number, number>();
    for (const [label, handler, url] of routes) {
      await fc.assert(
        fc.asyncProperty(payload, async ({ body, contentType }) => {
          // A fresh synthetic user every few requests keeps the rate limits from answering everything.
          if (sent % 50 === 0) {
            const user = users[(sent / 50) % users.length]!;
            signInAs(user);
          }
          sent++;
          const headers = new Headers(contentType ? { "content-type": contentType } : {});
          const response = await handler(new NextRequest(url, { method: label.split(" ")[0], body, headers }), {
            params: Promise.resolve({ id: "x1", slug: "x1", key: ["x1"], path: ["x1"] }),
          });
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status === 200 && SESSION_ROUTES.includes(label)) {
            sessionsCreated[label.includes("avatar") ? "avatar" : "ai"]++;
            questionsCreated += ((await response.clone().json()) as { questions: unknown[] }).questions.length;
          }
          expect(response.status, `${label} answered ${response.status}`).toBeLessThan(500);
          expect(response.headers.get("content-type") ?? "", label).toContain("application/json");
        }),
        { numRuns: runsPerRoute, seed: 20261122 },
      );
    }
    signOut();
    expect(sent).toBeGreaterThanOrEqual(1_000);
    expect(await userRowCounts(), "a rejected request wrote rows").toEqual(before);
    expect(await db().interviewSession.count({ where: { userId: { in: userIds }, kind: "text" } })).toBe(sessionsCreated.ai);
    expect(await db().interviewSession.count({ where: { userId: { in: userIds }, kind: "avatar" } })).toBe(sessionsCreated.avatar);
    expect(await db().sessionAnswer.count({ where: { userId: { in: userIds } } })).toBe(questionsCreated);
    // The mix shows the generator reaches every layer: parse, type, size and schema checks, and the handlers.
    console.log("bad-input statuses", Object.fromEntries(statuses));
    for (const status of [200, 400, 413, 415]) expect(statuses.get(status) ?? 0, `no ${status} answers`).toBeGreaterThan(0);
  }, 240_000);
});

/** Every handler of a route with path parameters: [label, handler, parameter names, catch-all names]. */
async function paramRoutes(): Promise<{ label: string; handler: Handler; names: string[]; catchAll: string[] }[]> {
  const found: { label: string; handler: Handler; names: string[]; catchAll: string[] }[] = [];
  for (const file of routeFiles()) {
    const path = relative(join(ROOT, "app"), file).replace(/\/route\.ts$/, "");
    if (path.startsWith("api/auth/") || path === "api/[...path]" || !path.includes("[")) continue;
    const names = [...path.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((m) => m[1]!);
    const catchAll = [...path.matchAll(/\[\.\.\.(\w+)\]/g)].map((m) => m[1]!);
    const routeModule = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      const handler = routeModule[method];
      if (typeof handler === "function") found.push({ label: `${method} /${path}`, handler: handler as Handler, names, catchAll });
    }
  }
  return found;
}

const pathParam = fc.oneof(
  fc.constantFrom("", "..", "../..", "%2e%2e", "%2F", "%00", "x".repeat(41), "x".repeat(5_000), "\u202Eevil", "💥", "a/b", " ", "null", "-1"),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ minLength: 41, maxLength: 120, unit: fc.constantFrom("a", "b", "1", "-") }),
);

describe("bad path parameters to every route", () => {
  it("never answer 5xx: malformed ids are simply not found", async () => {
    const routes = await paramRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(10);
    const user = { id: `fuzz-${randomUUID()}`, name: "Fuzz params", email: `fuzz-${randomUUID()}@example.test`, passwordHash: "x" };
    await db().user.create({ data: user });
    signInAs(user);
    const before = await userRowCounts();
    let sent = 0;
    for (const { label, handler, names, catchAll } of routes) {
      await fc.assert(
        fc.asyncProperty(fc.array(pathParam, { minLength: names.length, maxLength: names.length }), fc.array(pathParam, { minLength: 0, maxLength: 3 }), async (values, extra) => {
          sent++;
          const params = Object.fromEntries(names.map((name, i) => [name, catchAll.includes(name) ? [values[i]!, ...extra] : values[i]!]));
          const method = label.split(" ")[0]!;
          const body = BODY_METHODS.includes(method as (typeof BODY_METHODS)[number]) ? JSON.stringify(VALID) : undefined;
          const response = await handler(
            new NextRequest("http://localhost/api/x1", { method, body, headers: body ? { "content-type": "application/json" } : {} }),
            { params: Promise.resolve(params) },
          );
          expect(response.status, `${label} ${JSON.stringify(params).slice(0, 120)} answered ${response.status}`).toBeLessThan(500);
        }),
        { numRuns: 60, seed: 20261207 },
      );
    }
    signOut();
    expect(sent).toBeGreaterThanOrEqual(600);
    expect(await userRowCounts(), "a request with bad path parameters wrote rows").toEqual(before);
  }, 240_000);

  it("answers an answers route with an over-long session id 404, not 500", async () => {
    const user = { id: `fuzz-${randomUUID()}`, name: "Long id", email: `fuzz-${randomUUID()}@example.test`, passwordHash: "x" };
    await db().user.create({ data: user });
    signInAs(user);
    const { POST } = (await import("@/app/api/ai-interview/sessions/[id]/answers/route")) as { POST: Handler };
    const response = await POST(
      new NextRequest("http://localhost/api/ai-interview/sessions/x/answers", {
        method: "POST",
        body: JSON.stringify({ answerId: "a1", answer: "An answer." }),
        headers: { "content-type": "application/json" },
      }),
      { params: Promise.resolve({ id: "c".repeat(41) }) },
    );
    signOut();
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: "not_found" });
  });
});

