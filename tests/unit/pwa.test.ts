import { describe, expect, it } from "vitest";
import { outcomeOf } from "@/lib/pwa/answer-queue";
import { changesSignedInUser, isOfflineReadable } from "@/lib/pwa/config";

describe("offline answer queue", () => {
  it("drops an answer once stored, keeps it while it cannot be sent, and gives up on refusals", () => {
    expect(outcomeOf(200)).toBe("synced");
    for (const status of [401, 408, 429, 500, 503]) expect(outcomeOf(status), String(status)).toBe("retry-later");
    for (const status of [400, 403, 404, 413]) expect(outcomeOf(status), String(status)).toBe("rejected");
  });
});

describe("service worker rules", () => {
  it("keeps only the pages meant for offline reading", () => {
    for (const path of [
      "/dashboard",
      "/ai-interview",
      "/ai-interview/abc",
      "/company-prep/acme",
      "/dsa/problems",
      "/resources/guide",
    ]) {
      expect(isOfflineReadable(path), path).toBe(true);
    }
    for (const path of [
      "/",
      "/login",
      "/profile",
      "/interviews",
      "/ai-interviews",
      "/api/ai-interview/sessions",
      "/share/token",
    ]) {
      expect(isOfflineReadable(path), path).toBe(false);
    }
  });

  it("notices every request that changes who is signed in", () => {
    expect(changesSignedInUser("POST", "/api/auth/signout")).toBe(true);
    expect(changesSignedInUser("POST", "/api/auth/callback/credentials")).toBe(true);
    expect(changesSignedInUser("GET", "/api/auth/signout")).toBe(false);
    expect(changesSignedInUser("POST", "/api/auth/csrf")).toBe(false);
  });
});
