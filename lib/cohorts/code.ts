import "server-only";
import { randomInt } from "node:crypto";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "@/lib/cohorts/schema";

/**
 * A fresh cohort join code: 8 characters from a 32-letter alphabet, about 40 bits. Codes are
 * typed by people, so they are short; guessing is held off by the join budget (JOIN_COHORT_LIMIT)
 * and by revoking a code that travelled too far.
 */
export function newJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join("");
}
