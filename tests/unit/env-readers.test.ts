import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// "No module reads process.env except lib/env.ts and the config files" (docs/decisions/027).

const ROOT = join(import.meta.dirname, "..", "..");
const ALLOWED = ["lib/env.ts", "lib/env-schema.ts", "lib/build-mode.ts", "instrumentation.ts"];
// process.env, process["env"], and a destructured `{ env } = process`.
const READS_ENV =
  /\bprocess\s*(\?\.|\.)\s*env\b|\bprocess\s*\[\s*["'`]env["'`]\s*\]|\{[^}]*\benv\b[^}]*\}\s*=\s*process\b/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|js|jsx|mjs|cjs)$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

/** The app's modules: what Next.js bundles, and the modules at the root that are not config files. */
function appModules(): string[] {
  const root = readdirSync(ROOT).filter((name) => /\.(ts|tsx|mjs|js)$/.test(name) && !/\.config\.|\.d\.ts$/.test(name));
  return [...root, ...["app", "components", "lib"].flatMap((dir) => sources(join(ROOT, dir)))];
}

describe("reading the environment", () => {
  it("happens only in lib/env.ts, lib/env-schema.ts, lib/build-mode.ts and instrumentation.ts", () => {
    const modules = appModules();
    expect(modules).toContain("proxy.ts");
    expect(modules.length).toBeGreaterThan(200);
    const readers = modules.filter((path) => READS_ENV.test(readFileSync(join(ROOT, path), "utf8")));
    expect(
      readers.filter((path) => !ALLOWED.includes(path)),
      "read these through lib/env.ts",
    ).toEqual([]);
  });

  it("is an ESLint error in any other module, so a new reader fails `npm run lint`", async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const lint = async (code: string, filePath: string) =>
      (await eslint.lintText(code, { filePath: join(ROOT, filePath) }))
        .flatMap((result) => result.messages)
        .filter((message) => message.ruleId === "no-restricted-properties");

    expect(await lint("export const secret = process.env.NEXTAUTH_SECRET;\n", "lib/new-module.ts")).toHaveLength(1);
    expect(await lint('export const mode = process["env"].NODE_ENV;\n', "components/new-widget.tsx")).toHaveLength(1);
    expect(await lint("const { env } = process;\nexport const port = env.PORT;\n", "app/new/page.tsx")).toHaveLength(1);
    expect(await lint("export const dev = process.env.NODE_ENV;\n", "middleware.ts")).toHaveLength(1);
    expect(await lint("export const url = process.env.DATABASE_URL;\n", "lib/env.ts")).toEqual([]);
  }, 60_000);
});
