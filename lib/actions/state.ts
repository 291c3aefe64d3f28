import type { FieldErrors } from "@/lib/validation";

/** What every server action returns; shared by the server wrapper and client forms. */
export type ActionState<T = null> =
  | { status: "idle" }
  | { status: "success"; message?: string; data: T }
  | { status: "error"; message: string; fieldErrors: FieldErrors };

export const idle = { status: "idle" } as const;
