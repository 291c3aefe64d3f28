import { describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/validation";
import { safeCallbackUrl } from "@/lib/safe-redirect";
import { clientIp } from "@/lib/auth/client-ip";

describe("formDataToObject", () => {
  it("drops an empty file input and Next's action fields", () => {
    const form = new FormData();
    form.set("name", "Ada");
    form.set("photo", new File([], ""));
    form.set("$ACTION_ID_abc", "");
    expect(formDataToObject(form)).toEqual({ name: "Ada" });
  });

  it("keeps a chosen file", () => {
    const form = new FormData();
    form.set("photo", new File([new Uint8Array([1, 2])], "me.png"));
    const photo = formDataToObject(form).photo;
    expect(photo).toBeInstanceOf(File);
    expect((photo as File).size).toBe(2);
  });
});

describe("safeCallbackUrl", () => {
  it.each([
    ["/profile", "/profile"],
    ["/dashboard?x=1", "/dashboard?x=1"],
    ["https://evil.example/", "/dashboard"],
    ["//evil.example/", "/dashboard"],
    ["/\\evil.example", "/dashboard"],
    [undefined, "/dashboard"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });
});

describe("clientIp", () => {
  it("takes the first X-Forwarded-For address", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBe("203.0.113.9");
    expect(clientIp({ "x-real-ip": "198.51.100.4" })).toBe("198.51.100.4");
    expect(clientIp(undefined)).toBe("unknown");
  });
});

describe("isDatabaseUnavailable", () => {
  it("recognises a database that is down or restarting, not a client that hung up", async () => {
    const { isDatabaseUnavailable } = await import("@/lib/errors");
    const restart = Object.assign(new Error("terminating connection due to administrator command"), { name: "DriverAdapterError" });
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const startingUp = new Error("the database system is starting up");
    const brokenClient = new Error("Client has encountered a connection error and is not queryable");
    const hungUp = Object.assign(new Error("aborted"), { code: "ECONNRESET" });
    expect([restart, refused, startingUp, brokenClient].map(isDatabaseUnavailable)).toEqual([true, true, true, true]);
    expect(isDatabaseUnavailable(hungUp)).toBe(false);
    // A saturated pool under load: a query waiting for a connection, and a transaction that could not start.
    const poolTimeout = new Error("timeout exceeded when trying to connect");
    const transactionWait = Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), {
      name: "PrismaClientKnownRequestError",
      code: "P2028",
    });
    expect([poolTimeout, transactionWait].map(isDatabaseUnavailable)).toEqual([true, true]);
    expect(isDatabaseUnavailable(new Error("Unique constraint failed"))).toBe(false);
  });
});
