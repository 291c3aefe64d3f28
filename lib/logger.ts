import "server-only";
import pino from "pino";

// Structured JSON logs. Secrets and answer texts are redacted wherever they appear.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "interview-prep" },
  redact: {
    paths: [
      "password",
      "*.password",
      "passwordHash",
      "*.passwordHash",
      "token",
      "*.token",
      "authorization",
      "*.authorization",
      "cookie",
      "*.cookie",
      "answer",
      "*.answer",
      "answerText",
      "*.answerText",
    ],
    censor: "[redacted]",
  },
});
