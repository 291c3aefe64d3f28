import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";

// A small client for D-ID's talks API: POST /talks creates a talking-head video
// from a still image and a script; GET /talks/{id} reports its progress. The
// key stays on the server; the browser only ever sees our own ids and URLs.

/** The presenter image D-ID animates: one of D-ID's own stock presenters. */
export const PRESENTER_IMAGE_URL = "https://create-images-results.d-id.com/DefaultPresenters/Noelle_f/image.jpeg";

export const TalkStatusSchema = z.enum(["created", "started", "done", "error", "rejected"]);
export type TalkStatus = z.infer<typeof TalkStatusSchema>;

const TalkSchema = z.object({
  id: z.string().min(1).max(100),
  status: TalkStatusSchema,
  result_url: z.string().url().optional(),
});
export type DidTalk = z.infer<typeof TalkSchema>;

export type DidFailure =
  "not_configured" | "timeout" | "network" | "http_4xx" | "http_5xx" | "http_429" | "invalid_response";

export class DidError extends Error {
  constructor(
    readonly reason: DidFailure,
    message: string,
  ) {
    super(message);
    this.name = "DidError";
  }
}

function config() {
  const { DID_API_KEY, DID_BASE_URL, DID_TIMEOUT_MS } = env();
  if (!DID_API_KEY) throw new DidError("not_configured", "DID_API_KEY is not set");
  return { key: DID_API_KEY, base: DID_BASE_URL.replace(/\/+$/, ""), timeoutMs: DID_TIMEOUT_MS };
}

async function call(path: string, init: { method: "GET" | "POST"; body?: unknown }): Promise<DidTalk> {
  const { key, base, timeoutMs } = config();
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, {
      method: init.method,
      headers: {
        // D-ID's Basic scheme takes the key exactly as D-ID issues it (already "user:secret" base64).
        Authorization: `Basic ${key}`,
        Accept: "application/json",
        ...(init.body ? { "Content-Type": "application/json" } : {}),
      },
      body: init.body ? JSON.stringify(init.body) : undefined,
      signal: AbortSignal.timeout(timeoutMs),
      cache: "no-store",
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    throw new DidError(
      timedOut ? "timeout" : "network",
      timedOut ? `D-ID did not answer within ${timeoutMs} ms` : "D-ID could not be reached",
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    if (timedOut) throw new DidError("timeout", `D-ID did not finish answering within ${timeoutMs} ms`);
    json = null;
  }
  if (!response.ok) {
    const reason = response.status === 429 ? "http_429" : response.status >= 500 ? "http_5xx" : "http_4xx";
    throw new DidError(reason, `D-ID answered HTTP ${response.status}`);
  }
  const parsed = TalkSchema.safeParse(json);
  if (!parsed.success) throw new DidError("invalid_response", "D-ID's reply did not look like a talk");
  return parsed.data;
}

export function createDidTalk(text: string): Promise<DidTalk> {
  return call("/talks", {
    method: "POST",
    body: { source_url: PRESENTER_IMAGE_URL, script: { type: "text", input: text } },
  });
}

export function getDidTalk(providerTalkId: string): Promise<DidTalk> {
  return call(`/talks/${encodeURIComponent(providerTalkId)}`, { method: "GET" });
}

/** Fetches a finished talk's video for streaming to the owner (D-ID's result URLs are on another origin). */
export async function fetchTalkVideo(resultUrl: string, range: string | null): Promise<Response> {
  // Needs no key: a finished talk stays watchable even if D-ID is switched off later.
  const timeoutMs = env().DID_TIMEOUT_MS;
  const url = new URL(resultUrl);
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new DidError("invalid_response", "Unexpected video URL");
  // The timeout covers waiting for the response to start, not streaming the body.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetch(url, { headers: range ? { Range: range } : {}, signal: controller.signal, cache: "no-store" });
  } catch {
    throw new DidError("network", "The talk's video could not be fetched");
  } finally {
    clearTimeout(timer);
  }
}
