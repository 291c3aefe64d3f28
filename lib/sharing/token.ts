import { randomBytes } from "node:crypto";

/** 32 random bytes: 256 bits, far beyond guessing. base64url keeps it URL-safe: 43 characters. */
export const TOKEN_BYTES = 32;
export const TOKEN_LENGTH = 43;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function newShareToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

/** Rejects anything that cannot be a token before the database is asked. */
export function isWellFormedToken(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}
