import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security/headers";

function directive(csp: string, name: string): string[] {
  const found = csp.split("; ").find((part) => part.startsWith(`${name} `));
  return found ? found.split(" ").slice(1) : [];
}

describe("security headers", () => {
  it("allows scripts only by nonce, never unsafe-inline or eval in production", () => {
    const csp = contentSecurityPolicy("abc123", { dev: false });
    const scripts = directive(csp, "script-src");
    expect(scripts).toContain("'nonce-abc123'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(directive(csp, "frame-ancestors")).toEqual(["'none'"]);
    expect(directive(csp, "object-src")).toEqual(["'none'"]);
  });

  it("grants camera and microphone only on pages that record", () => {
    const plain = securityHeaders({ nonce: "n", pathname: "/dashboard", https: false, dev: false });
    expect(plain["Permissions-Policy"]).toContain("camera=()");
    expect(plain["Permissions-Policy"]).toContain("microphone=()");
    const recording = securityHeaders({ nonce: "n", pathname: "/avatar-interview/abc", https: false, dev: false });
    expect(recording["Permissions-Policy"]).toContain("camera=(self)");
    expect(recording["Permissions-Policy"]).toContain("microphone=(self)");
  });

  it("sends HSTS only over HTTPS", () => {
    expect(securityHeaders({ nonce: "n", pathname: "/", https: false, dev: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ nonce: "n", pathname: "/", https: true, dev: false })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
  });

  it("always sends nosniff and a strict referrer policy", () => {
    const headers = securityHeaders({ nonce: "n", pathname: "/", https: false, dev: false });
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
  });
});
