import { NextResponse } from "next/server";
import { envValue } from "@/lib/env-schema";

export const dynamic = "force-dynamic";

/**
 * The ceiling of this stack: a handler that does nothing. `npm run bench`
 * compares real routes with it. Off (404) unless the server runs with BENCH=1.
 */
export function GET() {
  if (!envValue("BENCH")) return NextResponse.json({ error: "No such API route", code: "not_found" }, { status: 404 });
  return NextResponse.json({ ok: true });
}
