import "server-only";
import pino, { type LoggerOptions } from "pino";
import { currentContext } from "@/lib/request-context";
import { envValue } from "@/lib/env-schema";

// Structured JSON logs. Every line written while serving a request carries its
// requestId (a job's lines carry jobId), taken from the context the action and
// route wrappers open. Secrets and answer texts are redacted wherever they appear.
export const loggerOptions: LoggerOptions = {
  level: envValue("LOG_LEVEL"),
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
