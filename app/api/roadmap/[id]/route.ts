import { NextResponse } from "next/server";
import { route } from "@/lib/api/handler";
import { NotFoundError } from "@/lib/errors";
import { getRoadmapStatus } from "@/lib/roadmap/queries";

export const dynamic = "force-dynamic";

/** GET → {id, status, progress, stage, error}: what the roadmap page polls while the job runs. */
export const GET = route({}, async ({ user, params }) => {
  const id = typeof params.id === "string" ? params.id : "";
  const status = id.length > 0 && id.length <= 40 ? await getRoadmapStatus(user.id, id) : null;
  if (!status) throw new NotFoundError("That roadmap does not exist");
  return NextResponse.json(status, { headers: { "Cache-Control": "no-store" } });
});
