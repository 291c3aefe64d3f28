import { route } from "@/lib/api/handler";
import { IdParams } from "@/lib/api/params";
import { SamplesBodySchema } from "@/lib/interview-session/avatar/analysis/schema";
import { storeSamples } from "@/lib/interview-session/avatar/analysis/samples";

export const dynamic = "force-dynamic";

/** A batch of on-device analysis samples (numbers only; no images leave the browser). Resending is harmless. */
export const POST = route(
  {
    body: SamplesBodySchema,
    params: IdParams,
    maxBodyBytes: 64 * 1024,
    rateLimit: { name: "avatar-samples", points: 2000, durationSeconds: 3600 },
  },
  async ({ user, params, body }) => storeSamples(user.id, params.id, body.samples),
);
