import { describe, expect, it } from "vitest";
import bcrypt from "bcryptjs";
import { db } from "@/lib/db";
import { createAccount, DUPLICATE_EMAIL } from "@/lib/auth/accounts";
import { authenticate } from "@/lib/auth/authenticate";
import { RegisterSchema } from "@/lib/auth/schema";
import { InvalidInputError, RateLimitedError } from "@/lib/errors";
import { createUser, uniqueEmail } from "../factories";

describe("createAccount", () => {
  it("stores the user with a bcrypt hash, never the password", async () => {
    const email = uniqueEmail("new");
    const input = RegisterSchema.parse({ name: "Grace Hopper", email, password: "compiler-1952" });
    await createAccount(input);
    const row = await db().user.findUniqueOrThrow({ where: { email }, select: { name: true, passwordHash: true, role: true } });
    expect(row.name).toBe("Grace Hopper");
    expect(row.role).toBe("student");
    expect(row.passwordHash).not.toContain("compiler-1952");
    expect(await bcrypt.compare("compiler-1952", row.passwordHash)).toBe(true);
  });

  it("refuses a duplicate email (case-insensitively) and stores nothing new", async () => {
    const email = uniqueEmail("dup");
    await createAccount(RegisterSchema.parse({ name: "First", email, password: "password-one" }));
    const again = RegisterSchema.parse({ name: "Second", email: email.toUpperCase(), password: "password-two" });
    const error = await createAccount(again).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).fieldErrors.email).toEqual([DUPLICATE_EMAIL]);
    expect(await db().user.count({ where: { email } })).toBe(1);
  });

  it("lets only one of two racing registrations for one email win", async () => {
    const email = uniqueEmail("race");
    const input = RegisterSchema.parse({ name: "Racer", email, password: "password-race" });
    const results = await Promise.allSettled([createAccount(input), createAccount(input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().user.count({ where: { email } })).toBe(1);
  });
});

describe("authenticate", () => {
  it("returns the user for the right password", async () => {
    const user = await createUser();
    const result = await authenticate({ email: user.email, password: user.password }, "198.51.100.1");
    expect(result).toMatchObject({ id: user.id, email: user.email, role: "student" });
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const user = await createUser();
    expect(await authenticate({ email: user.email, password: "wrong password" }, "198.51.100.2")).toBeNull();
    expect(await authenticate({ email: uniqueEmail("ghost"), password: "whatever1" }, "198.51.100.2")).toBeNull();
  });

  it("locks an account after 10 failed attempts, even from different addresses", async () => {
    const user = await createUser();
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(await authenticate({ email: user.email, password: "bad guess" }, `203.0.113.${attempt}`)).toBeNull();
    }
    await expect(authenticate({ email: user.email, password: user.password }, "203.0.113.200")).rejects.toBeInstanceOf(
      RateLimitedError,
    );
  });

  it("forgets earlier failures after a successful login", async () => {
    const user = await createUser();
    for (let attempt = 0; attempt < 9; attempt++) {
      await authenticate({ email: user.email, password: "bad guess" }, "192.0.2.10");
    }
    expect(await authenticate({ email: user.email, password: user.password }, "192.0.2.10")).not.toBeNull();
    for (let attempt = 0; attempt < 9; attempt++) {
      expect(await authenticate({ email: user.email, password: "bad guess" }, "192.0.2.10")).toBeNull();
    }
  });
});

describe("login limits count failures only", () => {
  it("lets many people log in successfully from one address", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 200) + 20}`;
    for (let i = 0; i < 35; i++) {
      const user = await createUser({ password: "right-password-1" });
      expect(await authenticate({ email: user.email, password: "right-password-1" }, ip)).not.toBeNull();
    }
  }, 60_000);

  it("blocks an address after 30 failures, even for a right password", async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 200) + 20}`;
    const user = await createUser();
    for (let i = 0; i < 30; i++) {
      expect(await authenticate({ email: uniqueEmail("nobody"), password: "wrong-guess" }, ip)).toBeNull();
    }
    await expect(authenticate({ email: user.email, password: user.password }, ip)).rejects.toBeInstanceOf(RateLimitedError);
  }, 60_000);
});
