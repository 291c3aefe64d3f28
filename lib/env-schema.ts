import { z } from "zod";

// The environment's schema, without the server-only guard of lib/env.ts, so `npm start`
// (scripts/start.ts) can check the configuration before the server exists. Modules read the
// environment through lib/env.ts, or through `envValue` here when they run before the whole
// environment is known (the logger, during `next build`).
const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

/** The AI provider's variables: part of EnvSchema, and enough on their own for `npm run ai:check`. */
const AiEnvShape = {
  GEMINI_API_KEY: optionalString,
  GEMINI_MODEL: z.string().default("gemini-2.5-flash"),
  GEMINI_BASE_URL: optionalString,
  /** Per-call timeout for Gemini; one retry follows a timeout. */
  GEMINI_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  /** Which AI engine answers; unset, Gemini when GEMINI_API_KEY is set, else the local engine. See `aiProvider`. */
  AI_PROVIDER: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.enum(["local", "gemini", "openai"], "AI_PROVIDER must be local, gemini or openai").optional(),
  ),
  /** An OpenAI-compatible Chat Completions server, e.g. http://127.0.0.1:11434/v1 for Ollama. */
  OPENAI_BASE_URL: optionalString.pipe(
    z.url({ protocol: /^https?$/, error: "OPENAI_BASE_URL must be an http(s) URL, e.g. http://127.0.0.1:11434/v1" }).optional(),
  ),
  /** Optional: local servers (Ollama, llama.cpp) need none. */
  OPENAI_API_KEY: optionalString,
  OPENAI_MODEL: optionalString,
  /**
   * Per-call timeout for the OpenAI-compatible server; local models are slower, so the default is
   * roomier. Capped so two attempts stay well inside the roadmap job's expiry (lib/jobs/queues.ts).
   */
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(30_000),
};

type AiEnvInput = z.infer<z.ZodObject<typeof AiEnvShape>>;

// Checked here, so a half-configured provider stops `npm start` with a message instead of
// failing (or silently answering locally) on the first request.
function checkAiEnv(env: AiEnvInput, ctx: z.RefinementCtx): void {
  if (env.AI_PROVIDER === "openai") {
    if (!env.OPENAI_BASE_URL) {
      ctx.addIssue({ code: "custom", path: ["OPENAI_BASE_URL"], message: "AI_PROVIDER=openai needs OPENAI_BASE_URL, e.g. http://127.0.0.1:11434/v1" });
    }
    if (!env.OPENAI_MODEL) {
      ctx.addIssue({ code: "custom", path: ["OPENAI_MODEL"], message: "AI_PROVIDER=openai needs OPENAI_MODEL, e.g. llama3.1:8b" });
    }
  }
  if (env.AI_PROVIDER === "gemini" && !env.GEMINI_API_KEY) {
    ctx.addIssue({ code: "custom", path: ["GEMINI_API_KEY"], message: "AI_PROVIDER=gemini needs GEMINI_API_KEY" });
  }
}

export const AiEnvSchema = z.object(AiEnvShape).superRefine(checkAiEnv);
export type AiEnv = z.infer<typeof AiEnvSchema>;

export const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url("DATABASE_URL must be a postgresql:// URL"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  NEXTAUTH_URL: optionalString,
  ...AiEnvShape,
  DID_API_KEY: optionalString,
  DID_BASE_URL: z.string().url().default("https://api.d-id.com"),
  /** Per-request timeout for D-ID calls; any failure falls back to the in-browser avatar. */
  DID_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  UPLOADTHING_TOKEN: optionalString,
  /** Size cap of one avatar session's recording, all chunks together (default 500 MB). */
  RECORDING_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(500 * 1024 * 1024),
  STORAGE_DIR: z.string().default(".data/uploads"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Multiplies every rate-limit budget (load tests); 1 by default. */
  RATE_LIMIT_SCALE: z.coerce.number().min(1).max(100_000).default(1),
  /** Test only: lets end-to-end tests set the server's clock with a cookie (lib/clock.ts). */
  TEST_CLOCK: z
    .enum(["0", "1"])
    .optional()
    .transform((value) => value === "1"),
  APP_VERSION: z.string().default(process.env.npm_package_version ?? "0.1.0"),
  /** `npm run bench` only: turns on the do-nothing /api/bench/ping route. */
  BENCH: z
    .enum(["0", "1"])
    .optional()
    .transform((value) => value === "1"),
}).superRefine(checkAiEnv);

export type Env = z.infer<typeof EnvSchema>;
export type AiProviderName = "local" | "gemini" | "openai";

/** The AI engine in use: AI_PROVIDER, or, unset, Gemini when a key is set and the local engine otherwise. */
export function aiProvider(env: Pick<Env, "AI_PROVIDER" | "GEMINI_API_KEY">): AiProviderName {
  return env.AI_PROVIDER ?? (env.GEMINI_API_KEY ? "gemini" : "local");
}

/** One variable, checked by its schema, without requiring the rest of the environment. */
export function envValue<K extends keyof Env>(key: K): Env[K] {
  const parsed = EnvSchema.shape[key].safeParse(process.env[key]);
  if (!parsed.success) throw new Error(`Invalid environment configuration: ${key}: ${parsed.error.issues[0]?.message}`);
  return parsed.data as Env[K];
}
