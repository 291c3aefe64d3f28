import { z } from "zod";
import { isWellFormedToken } from "@/lib/sharing/token";

// Path parameter schemas for `route({ params })`. Every id the app creates is a cuid (25
// characters) or a slug; anything longer, empty or with characters no id has is simply not found.

const id = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .regex(/^[A-Za-z0-9_-]+$/);

/** `[id]` routes over rows the app created. */
export const IdParams = z.object({ id: id(40) });

/** `[slug]` routes over reference data. */
export const SlugParams = z.object({ slug: id(100) });

/** A catch-all `[...name]` route: one to twenty non-empty segments. */
export const segments = <N extends string>(name: N) =>
  z.object({ [name]: z.array(z.string().min(1).max(200)).min(1).max(20) } as Record<N, z.ZodArray<z.ZodString>>);

/** `[token]` routes of share links: a token's exact shape (lib/sharing/token.ts) or not found, before any query. */
export const TokenParams = z.object({ token: z.string().refine(isWellFormedToken) });
