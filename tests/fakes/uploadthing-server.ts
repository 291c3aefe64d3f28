// A loopback stand-in for UploadThing, speaking the wire protocol the real SDK
// (uploadthing 7) and our driver use:
//   PUT  {ingest}/{fileKey}?expires&x-ut-*&signature=hmac-sha256=…  multipart "file" (signed with the API key)
//   POST {api}/v6/requestFileAccess {customId|fileKey, expiresIn}   x-uploadthing-api-key → {url, ufsUrl}
//   POST {api}/v6/deleteFiles {customIds|fileKeys}                  → {success, deletedCount}
//   GET  {ufsUrl}  (signed, private)  with Range → 206
// Unsigned or wrongly signed uploads and reads are refused, like the real service.
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

type StoredFile = { fileKey: string; customId: string | null; name: string; type: string; acl: string; bytes: Uint8Array };

export type FakeUploadThing = {
  url: string;
  token: string;
  files: Map<string, StoredFile>;
  /** Every request's method and path, in order. */
  requests: string[];
  close(): Promise<void>;
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

function sign(payload: string, secret: string): string {
  return `hmac-sha256=${createHmac("sha256", secret).update(payload).digest("hex")}`;
}

function signatureValid(fullUrl: string, secret: string): boolean {
  const at = fullUrl.lastIndexOf("&signature=");
  if (at < 0) return false;
  const given = Buffer.from(decodeURIComponent(fullUrl.slice(at + "&signature=".length)));
  const expected = Buffer.from(sign(fullUrl.slice(0, at), secret));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function startFakeUploadThing(): Promise<FakeUploadThing> {
  const apiKey = `sk_test_${randomUUID().replace(/-/g, "")}`;
  const appId = "fakeapp1";
  const files = new Map<string, StoredFile>();
  const requests: string[] = [];
  let base = "";

  const find = (by: { customId?: string; fileKey?: string }) =>
    by.fileKey ? files.get(by.fileKey) : [...files.values()].find((file) => file.customId === by.customId);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const full = `${base}${req.url ?? "/"}`;
    const url = new URL(full);
    requests.push(`${req.method} ${url.pathname}`);

    if (req.method === "POST" && url.pathname.startsWith("/v6/")) {
      if (req.headers["x-uploadthing-api-key"] !== apiKey) return sendJson(res, 401, { error: "Invalid API key" });
      const body = JSON.parse((await readBody(req)).toString("utf8")) as Record<string, unknown>;
      if (url.pathname === "/v6/requestFileAccess") {
        const file = find({ customId: body.customId as string | undefined, fileKey: body.fileKey as string | undefined });
        if (!file) return sendJson(res, 404, { error: "File not found" });
        const expires = Date.now() + Number(body.expiresIn ?? 3600) * 1000;
        const unsigned = `${base}/f/${file.fileKey}?expires=${expires}`;
        const signed = `${unsigned}&signature=${encodeURIComponent(sign(unsigned, apiKey))}`;
        return sendJson(res, 200, { url: signed, ufsUrl: signed });
      }
      if (url.pathname === "/v6/deleteFiles") {
        const keys = (body.fileKeys as string[] | undefined)?.map((fileKey) => find({ fileKey })) ?? (body.customIds as string[] | undefined)?.map((customId) => find({ customId })) ?? [];
        let deletedCount = 0;
        for (const file of keys) if (file && files.delete(file.fileKey)) deletedCount += 1;
        return sendJson(res, 200, { success: true, deletedCount });
      }
      return sendJson(res, 404, { error: "Unknown endpoint" });
    }

    if (req.method === "PUT") {
      if (!signatureValid(full, apiKey)) return sendJson(res, 403, { error: "Invalid signature" });
      const param = (name: string) => {
        const value = url.searchParams.get(name);
        return value === null ? null : decodeURIComponent(value);
      };
      if (Number(param("expires")) < Date.now()) return sendJson(res, 403, { error: "URL expired" });
      const customId = param("x-ut-custom-id");
      if (customId && find({ customId })) return sendJson(res, 409, { error: "A file with this customId already exists" });
      const form = await new Response(new Uint8Array(await readBody(req)), { headers: { "content-type": req.headers["content-type"] ?? "" } }).formData();
      const file = form.get("file");
      if (!(file instanceof Blob)) return sendJson(res, 400, { error: "No file" });
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (Number(param("x-ut-file-size")) !== bytes.length) return sendJson(res, 400, { error: "Size mismatch" });
      const fileKey = url.pathname.slice(1);
      files.set(fileKey, { fileKey, customId, name: param("x-ut-file-name") ?? "", type: param("x-ut-file-type") ?? "", acl: param("x-ut-acl") ?? "public-read", bytes });
      const ufsUrl = `${base}/f/${fileKey}`;
      return sendJson(res, 200, { url: ufsUrl, appUrl: ufsUrl, ufsUrl, fileHash: createHmac("md5", "").update(bytes).digest("hex") });
    }

    if (req.method === "GET" && url.pathname.startsWith("/f/")) {
      const file = files.get(url.pathname.slice(3));
      if (!file) return sendJson(res, 404, { error: "Not found" });
      if (file.acl === "private" && (!signatureValid(full, apiKey) || Number(url.searchParams.get("expires")) < Date.now())) {
        return sendJson(res, 403, { error: "Private file: a signed URL is required" });
      }
      const size = file.bytes.length;
      const match = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers.range ?? ""));
      if (!match) {
        res.writeHead(200, { "content-type": file.type, "content-length": size, "accept-ranges": "bytes" });
        return void res.end(Buffer.from(file.bytes));
      }
      const start = match[1] === "" ? Math.max(0, size - Number(match[2])) : Number(match[1]);
      const end = match[1] === "" || match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
      if (start >= size || start > end) {
        res.writeHead(416, { "content-range": `bytes */${size}` });
        return void res.end();
      }
      res.writeHead(206, { "content-type": file.type, "content-length": end - start + 1, "content-range": `bytes ${start}-${end}/${size}` });
      return void res.end(Buffer.from(file.bytes.subarray(start, end + 1)));
    }
    sendJson(res, 404, { error: "Not found" });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => sendJson(res, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = Buffer.from(JSON.stringify({ apiKey, appId, regions: ["fake1"] })).toString("base64");
  return {
    url: base,
    token,
    files,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
