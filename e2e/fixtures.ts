// Shared Playwright fixtures: rows made through the factories the integration tests use
// (tests/factories.ts), direct database access to check what was stored, and users created
// in the database and logged in without the UI, removed after.
//
// Each worker has its own app servers on its own databases (playwright.config.ts): `baseURL`
// is moved to the worker's pair, and every database fixture follows it.
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../prisma/generated/client/client";
import { factories, uniqueEmail as uniqueFactoryEmail, type Factories } from "../tests/factories";
import { serverPort } from "./servers";

export type TestUser = { id: string; name: string; email: string; password: string };

/** What scripts/e2e-server.ts wrote for the server at `baseURL` (each project has its own server). */
export function serverFile(baseURL: string | undefined, name: string): string {
  const port = new URL(baseURL ?? "http://localhost:3100").port;
  return readFileSync(join(process.cwd(), ".data", "e2e", port, name), "utf8").trim();
}

export function uniqueEmail(prefix = "e2e"): string {
  return uniqueFactoryEmail(prefix);
}

/** Logs in through next-auth's credentials endpoint, as the login form does, without the UI. */
export async function loginViaApi(request: APIRequestContext, user: Pick<TestUser, "email" | "password">): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, json: "true" },
  });
  expect(response.ok()).toBeTruthy();
}

type Fixtures = {
  /** For assertions on what was stored, in SQL; make rows through `factories`. */
  db: pg.Pool;
  /** Typed writes on this test's server's database that no factory makes, such as changing a row the app made. */
  prisma: PrismaClient;
  /** tests/factories.ts on this test's server's database. Users made here are not removed: use makeUser. */
  factories: Factories;
  makeUser: (name?: string, options?: { role?: "student" | "instructor" }) => Promise<TestUser>;
  loggedInPage: (user: TestUser) => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  baseURL: async ({ baseURL }, use, testInfo) => {
    // The config names worker 0's servers; parallelIndex (unlike workerIndex) stays in
    // 0..workers-1 when a worker is replaced after a failure, so it names a server that exists.
    const url = new URL(baseURL ?? "http://localhost:3100");
    url.port = String(serverPort(Number(url.port), testInfo.parallelIndex));
    await use(url.origin);
  },
  db: async ({ baseURL }, use) => {
    const pool = new pg.Pool({ connectionString: serverFile(baseURL, "database-url"), max: 2 });
    await use(pool);
    await pool.end();
  },
  prisma: async ({ baseURL }, use) => {
    const pool = new pg.Pool({ connectionString: serverFile(baseURL, "database-url"), max: 2 });
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    await use(prisma);
    await prisma.$disconnect();
    await pool.end();
  },
  factories: async ({ prisma }, use) => {
    await use(factories(() => prisma));
  },
  makeUser: async ({ factories, prisma }, use) => {
    const created: string[] = [];
    await use(async (name = "Pat Tester", options = {}) => {
      const user = await factories.createUser({ name, email: uniqueEmail(), password: "playwright-pass-1", role: options.role });
      created.push(user.id);
      return { id: user.id, name: user.name, email: user.email, password: user.password };
    });
    // Everything the test made hangs off its users and goes with them (ON DELETE CASCADE).
    if (created.length > 0) await prisma.user.deleteMany({ where: { id: { in: created } } });
  },
  loggedInPage: async ({ browser }, use) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await use(async (user) => {
      const context = await browser.newContext();
      contexts.push(context);
      await loginViaApi(context.request, user);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
});

export { expect };
