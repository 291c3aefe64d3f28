import { describe, expect, it } from "vitest";
import { securityHeaders } from "@/lib/security/headers";

function scriptSrc(pathname: string): string[] {
  const csp = securityHeaders({ nonce: "n", pathname, https: false, dev: false })["Content-Security-Policy"]!;
  return csp.split("; ").find((part) => part.startsWith("script-src "))!.split(" ").slice(1);
}

describe("WebAssembly for on-device analysis", () => {
  it("is allowed (wasm-unsafe-eval, never unsafe-eval) only on avatar interview pages", () => {
    for (const path of ["/avatar-interview", "/avatar-interview/abc/results"]) {
      expect(scriptSrc(path)).toContain("'wasm-unsafe-eval'");
      expect(scriptSrc(path)).not.toContain("'unsafe-eval'");
      expect(scriptSrc(path)).not.toContain("'unsafe-inline'");
    }
    for (const path of ["/", "/dashboard", "/ai-interview", "/avatar-interviewer"]) {
      expect(scriptSrc(path)).not.toContain("'wasm-unsafe-eval'");
    }
  });
});
