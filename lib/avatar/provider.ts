import "server-only";
import { env } from "@/lib/env";

export type AvatarProviderName = "local" | "did";

/**
 * The one place the talking-head provider is chosen: D-ID when DID_API_KEY is
 * set, otherwise the in-browser avatar (speech synthesis, works offline). Even
 * with D-ID configured, every failure falls back to the in-browser avatar and
 * the page says which one spoke.
 */
export function configuredAvatarProvider(): AvatarProviderName {
  return env().DID_API_KEY ? "did" : "local";
}
