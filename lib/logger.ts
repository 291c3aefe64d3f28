import "server-only";
import pino, { type LoggerOptions } from "pino";
import { currentContext } from "@/lib/request-context";

// Structured JSON logs. Every line written while serving a request carries its
// requestId (a job's lines carry jobId), taken from the context the action and
// route wrappers open. Secrets and answer texts are redacted wherever they appear.
export const loggerOptions: LoggerOptions = {
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "interview-prep" },
  mixin: () => currentContext() ?? {},
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
};

export const logger = pino(loggerOptions);
