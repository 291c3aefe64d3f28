import { NextResponse } from "next/server";
import { databaseIsUp } from "@/lib/health/queries";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function GET() {
  const up = await databaseIsUp();
  return NextResponse.json(
    { status: up ? "ok" : "degraded", db: up ? "up" : "down", version: env().APP_VERSION, time: new Date().toISOString() },
    { status: up ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
