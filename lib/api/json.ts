import { NextResponse } from "next/server";
import type { FieldErrors } from "@/lib/validation";

export type ApiError = { error: string; code: string; fieldErrors?: FieldErrors; requestId?: string };

export function jsonError(
  status: number,
  code: string,
  message: string,
  extra: { fieldErrors?: FieldErrors; requestId?: string; headers?: Record<string, string> } = {},
): NextResponse<ApiError> {
  const body: ApiError = { error: message, code };
  if (extra.fieldErrors) body.fieldErrors = extra.fieldErrors;
  if (extra.requestId) body.requestId = extra.requestId;
  return NextResponse.json(body, { status, headers: extra.headers });
}
