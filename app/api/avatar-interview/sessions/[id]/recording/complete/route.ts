import { route } from "@/lib/api/handler";
import { IdParams } from "@/lib/api/params";
import { completeRecording } from "@/lib/interview-session/avatar/recording/chunks";
import { CompleteBodySchema } from "@/lib/interview-session/avatar/recording/schema";

export const dynamic = "force-dynamic";

/** Marks the recording complete (after its last chunk) and scores posture and engagement from the samples. */
export const POST = route(
  {
    body: CompleteBodySchema,
    params: IdParams,
    rateLimit: { name: "avatar-recording-complete", points: 120, durationSeconds: 3600 },
  },
  async ({ user, params, body }) => completeRecording({ userId: user.id, sessionId: params.id, ...body }),
);
