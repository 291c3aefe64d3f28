import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { signInAs, signOut } from "../support/session-mock";

// A write that loses a race with a delete (the account or session went away between the
// ownership check and the insert) is a 404 for the caller, not a 500.

vi.mock("@/lib/auth/session", () => import("../support/session-mock"));

const { route } = await import("@/lib/api/handler");
const { db } = await import("@/lib/db");
const { createUser } = await import("../factories");

describe("a write that lost a race with a delete", () => {
  it("answers 404 when the row it points to is gone (foreign key), and writes nothing", async () => {
    const user = await createUser();
    signInAs(user);
    const handler = route({}, async ({ user: me }) => {
      await db().faceAnalysisSample.createMany({
        data: [{ userId: me.id, sessionId: "deleted-session", offsetMs: 0, faceVisible: true, lookingAtCamera: true }],
      });
      return { stored: 1 };
    });
    const response = await handler(new NextRequest("http://localhost/api/x", { method: "POST" }), {
      params: Promise.resolve({}),
    });
    signOut();
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: "not_found" });
    expect(await db().faceAnalysisSample.count({ where: { userId: user.id } })).toBe(0);
  });

  it("answers 404 when the row it updates is gone", async () => {
    const user = await createUser();
    signInAs(user);
    const handler = route({}, async ({ user: me }) =>
      db().interview.update({ where: { id: "gone-interview", userId: me.id }, data: { notes: "x" } }),
    );
    const response = await handler(new NextRequest("http://localhost/api/x", { method: "POST" }), {
      params: Promise.resolve({}),
    });
    signOut();
    expect(response.status).toBe(404);
  });
});
