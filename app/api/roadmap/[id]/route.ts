import { NextResponse } from "next/server";
import { route } from "@/lib/api/handler";
import { IdParams } from "@/lib/api/params";
import { NotFoundError } from "@/lib/errors";
import { getRoadmapStatus } from "@/lib/roadmap/queries";

export const dynamic = "force-dynamic";

/** GET → {id, status, progress, stage, error}: what the roadmap page polls while the job runs. */
export const GET = route({ params: IdParams }, async ({ user, params }) => {
  const status = await getRoadmapStatus(user.id, params.id);
  if (!status) throw new NotFoundError("That roadmap does not exist");
  return NextResponse.json(status, { headers: { "Cache-Control": "no-store" } });
});
