// Shared Playwright fixtures: direct database access (to check what was stored)
// and users created in the database and logged in without the UI, removed after.
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import pg from "pg";

export type TestUser = { id: string; name: string; email: string; password: string };

/** What scripts/e2e-server.ts wrote for the server at `baseURL` (each project has its own server). */
export function serverFile(baseURL: string | undefined, name: string): string {
  const port = new URL(baseURL ?? "http://localhost:3100").port;
  return readFileSync(join(process.cwd(), ".data", "e2e", port, name), "utf8").trim();
}

export function uniqueEmail(prefix = "e2e"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
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
  db: pg.Pool;
  makeUser: (name?: string) => Promise<TestUser>;
  loggedInPage: (user: TestUser) => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  db: async ({ baseURL }, use) => {
    const pool = new pg.Pool({ connectionString: serverFile(baseURL, "database-url"), max: 2 });
    await use(pool);
    await pool.end();
  },
  makeUser: async ({ db }, use) => {
    const created: string[] = [];
    await use(async (name = "Pat Tester") => {
      const user = { name, email: uniqueEmail(), password: "playwright-pass-1" };
      const hash = await bcrypt.hash(user.password, 4);
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO "user" (id, name, email, password_hash, updated_at) VALUES ($1, $2, $3, $4, now()) RETURNING id`,
        [`e2e${randomUUID().replace(/-/g, "")}`, user.name, user.email, hash],
      );
      created.push(rows[0]!.id);
      return { ...user, id: rows[0]!.id };
    });
    if (created.length > 0) await db.query(`DELETE FROM "user" WHERE id = ANY($1)`, [created]);
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
