import { describe, expect, it } from "vitest";
import { LoginSchema, RegisterSchema } from "@/lib/auth/schema";
import { fieldErrorsOf } from "@/lib/validation";

function errorsFor(input: unknown) {
  const parsed = RegisterSchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

describe("RegisterSchema", () => {
  const valid = { name: "Ada Lovelace", email: "Ada@Example.com ", password: "analytical-engine" };

  it("accepts a valid registration and normalises the email", () => {
    const parsed = RegisterSchema.parse(valid);
    expect(parsed.email).toBe("ada@example.com");
  });

  it("rejects an invalid email with a field error", () => {
    expect(errorsFor({ ...valid, email: "not-an-email" }).email).toEqual(["Enter a valid email address"]);
  });

  it("rejects SQL in the email field", () => {
    expect(errorsFor({ ...valid, email: "x' OR '1'='1" }).email).toBeDefined();
  });

  it("rejects a short password", () => {
    expect(errorsFor({ ...valid, password: "short" }).password).toEqual(["Password must be at least 8 characters"]);
  });

  it("rejects a 10 KB name", () => {
    expect(errorsFor({ ...valid, name: "a".repeat(10_240) }).name).toEqual(["Name must be at most 100 characters"]);
  });

  it("rejects HTML in the name", () => {
    expect(errorsFor({ ...valid, name: "<script>alert(1)</script>" }).name).toEqual(["Name cannot contain < or >"]);
  });

  it("keeps apostrophes and SQL-looking text in a name as plain text", () => {
    expect(RegisterSchema.parse({ ...valid, name: "Robert'); DROP TABLE users;--" }).name).toBe("Robert'); DROP TABLE users;--");
  });

  it("rejects missing fields and wrong types", () => {
    const errors = errorsFor({ name: 42 });
    expect(Object.keys(errors).sort()).toEqual(["email", "name", "password"]);
  });
});

describe("LoginSchema", () => {
  it("requires a password", () => {
    expect(LoginSchema.safeParse({ email: "a@b.co", password: "" }).success).toBe(false);
  });
});
