import { describe, expect, it } from "vitest";
import { makeZodJitless } from "@/lib/zod-jitless";

describe("makeZodJitless", () => {
  it("stops zod from probing for eval, which a strict CSP reports as a violation", async () => {
    makeZodJitless();
    // Imported after the flag is set, as in the browser (instrumentation-client.ts runs first).
    const { util } = await import("zod/v4/core");
    const { z } = await import("zod");
    expect(z.config().jitless).toBe(true);
    expect(util.allowsEval.value).toBe(false);
    // Parsing still works without compiled parsers.
    expect(z.object({ email: z.email() }).safeParse({ email: "a@example.test" }).success).toBe(true);
  });

  it("keeps the object an already loaded zod reads", async () => {
    const { z } = await import("zod");
    const before = z.config();
    makeZodJitless();
    expect(z.config()).toBe(before);
    expect(before.jitless).toBe(true);
  });

  it("leaves zod's eval probe on without it", () => {
    const target: { __zod_globalConfig?: { jitless?: boolean } } = {};
    expect(target.__zod_globalConfig?.jitless).toBeUndefined();
    makeZodJitless(target);
    expect(target.__zod_globalConfig).toEqual({ jitless: true });
  });
});
