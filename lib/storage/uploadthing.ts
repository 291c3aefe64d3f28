import "server-only";
import { createHash } from "node:crypto";
import { UTApi, UTFile } from "uploadthing/server";
import { assertSafeKey, type FileStorage, type StoredObject } from "@/lib/storage/types";

// Files on UploadThing. Our keys (users/<id>/…) become UploadThing custom ids
// (a hash of the key: fixed length, any key fits), files are uploaded private,
// and reads go through short-lived signed URLs with Range, so seeking a video
// fetches only the bytes asked for. Uploads use UploadThing's own SDK (signed
// ingest URL + PUT); the few JSON API calls are made directly so a missing
// file is a plain 404 → null.

export type UploadThingOptions = {
  /** UPLOADTHING_TOKEN: base64 JSON { apiKey, appId, regions }. */
  token: string;
  /** Overrides for tests (a loopback fake); UploadThing's defaults otherwise. */
  apiUrl?: string;
  ingestUrl?: string;
  fetch?: typeof fetch;
};

type ParsedToken = { apiKey: string; appId: string; regions: string[] };

function parseToken(token: string): ParsedToken {
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64").toString("utf8")) as Partial<ParsedToken>;
    if (typeof parsed.apiKey === "string" && typeof parsed.appId === "string" && Array.isArray(parsed.regions)) return parsed as ParsedToken;
  } catch {
    // fall through
  }
  throw new Error("UPLOADTHING_TOKEN is not a valid UploadThing token (base64 JSON with apiKey, appId, regions)");
}

/** The UploadThing custom id of a storage key. */
export function customIdOf(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

const API_VERSION = "7.7.4";

export function uploadthingStorage(options: UploadThingOptions): FileStorage {
  const { apiKey } = parseToken(options.token);
  const doFetch = options.fetch ?? fetch;
  const apiUrl = (options.apiUrl ?? "https://api.uploadthing.com").replace(/\/$/, "");
  const utapi = new UTApi({
    token: options.token,
    fetch: doFetch,
    logLevel: "Error",
    ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
    ...(options.ingestUrl ? { ingestUrl: options.ingestUrl } : {}),
  });

  /** POSTs to the UploadThing REST API; null when it answers 404. */
  async function api<T>(path: string, body: unknown): Promise<T | null> {
    const response = await doFetch(`${apiUrl}${path}`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "x-uploadthing-api-key": apiKey,
        "x-uploadthing-version": API_VERSION,
        "x-uploadthing-be-adapter": "server-sdk",
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`UploadThing ${path} answered ${response.status}`);
    return (await response.json()) as T;
  }

  async function signedUrl(key: string): Promise<string | null> {
    assertSafeKey(key);
    const access = await api<{ url: string; ufsUrl?: string }>("/v6/requestFileAccess", { customId: customIdOf(key), expiresIn: 300 });
    return access ? (access.ufsUrl ?? access.url) : null;
  }

  async function remove(key: string): Promise<void> {
    await api("/v6/deleteFiles", { customIds: [customIdOf(key)] });
  }

  const driver: FileStorage = {
    name: "uploadthing",
    async put(key, data) {
      assertSafeKey(key);
      // A custom id is unique: replacing an object means deleting the old one first.
      await remove(key);
      const name = key.split("/").pop()!;
      const file = new UTFile([new Uint8Array(data)], name, { customId: customIdOf(key) });
      const result = await utapi.uploadFiles(file, { acl: "private", contentDisposition: "inline" });
      if (result.error) throw new Error(`UploadThing upload failed: ${result.error.message}`);
      return { key, size: data.byteLength };
    },
    async get(key, range): Promise<StoredObject | null> {
      const url = await signedUrl(key);
      if (!url) return null;
      const start = range?.start ?? 0;
      const headers: Record<string, string> = { Range: `bytes=${start}-${range?.end ?? ""}` };
      const response = await doFetch(url, { headers });
      if (response.status === 404) return null;
      if (response.status === 416) {
        const total = Number(/\/(\d+)$/.exec(response.headers.get("content-range") ?? "")?.[1] ?? "0");
        if (total === 0) return { body: new Response(new Uint8Array(0)).body!, size: 0, range: { start: 0, end: -1 } };
      }
      if (response.status === 206) {
        const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(response.headers.get("content-range") ?? "");
        if (!match) throw new Error("UploadThing answered 206 without a Content-Range");
        return { body: response.body!, size: Number(match[3]), range: { start: Number(match[1]), end: Number(match[2]) } };
      }
      if (response.status === 200) {
        // The server ignored the range: take the slice ourselves.
        const bytes = new Uint8Array(await response.arrayBuffer());
        const end = Math.min(range?.end ?? bytes.length - 1, bytes.length - 1);
        return { body: new Response(bytes.slice(start, end + 1)).body!, size: bytes.length, range: { start, end } };
      }
      throw new Error(`UploadThing file read answered ${response.status}`);
    },
    async size(key) {
      const object = await driver.get(key, { start: 0, end: 0 });
      if (!object) return null;
      await object.body.cancel();
      return object.size;
    },
    delete: remove,
  };
  return driver;
}
