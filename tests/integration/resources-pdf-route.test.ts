import { NextRequest } from "next/server";
import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { signInAs, signOut } from "../support/session-mock";
import { createUser } from "../factories";

vi.mock("@/lib/auth/session", () => import("../support/session-mock"));

const { GET } = await import("@/app/api/resources/[slug]/pdf/route");

function get(slug: string) {
  const request = new NextRequest(`http://localhost/api/resources/${slug}/pdf`);
  return GET(request, { params: Promise.resolve({ slug }) });
}

describe("GET /api/resources/[slug]/pdf", () => {
  let user: SessionUser;
  beforeAll(async () => {
    const created = await createUser({ name: "Pdf Reader" });
    user = { id: created.id, name: created.name, email: created.email, role: created.role, profilePhoto: null };
  });

  it("answers 401 JSON to a logged-out visitor", async () => {
    signOut();
    const response = await get("star-method");
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "unauthorized" });
  });

  it("sends the guide as a PDF attachment named after its slug", async () => {
    signInAs(user);
    const response = await get("star-method");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="star-method.pdf"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 4)).toString("latin1")).toBe("%PDF");
    expect(response.headers.get("content-length")).toBe(String(bytes.byteLength));
    const parser = new PDFParse({ data: bytes });
    const { text } = await parser.getText();
    await parser.destroy();
    expect(text).toContain("The STAR Method for Behavioural Answers");
    expect(text).toContain("Page 1 of");
  });

  it("answers 404 JSON for an unknown guide", async () => {
    signInAs(user);
    const response = await get("no-such-guide");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toMatchObject({ code: "not_found", error: "Guide not found" });
  });
});
