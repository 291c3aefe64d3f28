import "server-only";
import { EnvSchema, type Env } from "@/lib/env-schema";

export { EnvSchema, aiProvider, envValue, type AiProviderName, type Env } from "@/lib/env-schema";

// One validated view of the environment. Parsed on first use (and at server
// start-up by instrumentation.ts) rather than at import, so `next build` works
// without a database.

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = EnvSchema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
      throw new Error(`Invalid environment configuration:\n${problems}`);
    }
    cached = parsed.data;
  }
  return cached;
}
