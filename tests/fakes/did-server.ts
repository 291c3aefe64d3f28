// A loopback stand-in for D-ID's talks API (api.d-id.com), speaking the same
// wire protocol as the real service: POST /talks {source_url, script: {type:
// "text", input}} with `Authorization: Basic <key>` → 201 {id, object: "talk",
// created_at, status: "created"}; GET /talks/{id} → {id, status, result_url?}.
// Finished talks' videos are served from /results/{id}.mp4 with Range support.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * ok: created, then "started", then "done" after `pollsUntilDone` polls.
 * error: the talk ends in status "error" on its first poll.
 * hang: every request is accepted and never answered (a timeout for the client).
 * error500: every request answers HTTP 500.
 * unauthorized: every request answers HTTP 401, as D-ID does for a bad key.
 */
export type FakeDidMode = "ok" | "error" | "hang" | "error500" | "unauthorized";

export type DidRequest = { method: string; path: string; authorization: string | null; body: unknown };

export type FakeDid = {
  url: string;
  setMode(mode: FakeDidMode, options?: { pollsUntilDone?: number }): void;
  requests: DidRequest[];
  reset(): void;
  close(): Promise<void>;
};

/** A few bytes that start like an MP4 file (ftyp box); enough for the proxy and Range tests. */
export const FAKE_VIDEO = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypmp42"), Buffer.alloc(1000, 7)]);

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function sendVideo(req: IncomingMessage, res: ServerResponse): void {
  const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? "");
  if (!range) {
    res.writeHead(200, { "content-type": "video/mp4", "content-length": FAKE_VIDEO.length, "accept-ranges": "bytes" });
    res.end(FAKE_VIDEO);
    return;
  }
  const start = Number(range[1]);
  const end = range[2] ? Math.min(Number(range[2]), FAKE_VIDEO.length - 1) : FAKE_VIDEO.length - 1;
  res.writeHead(206, {
    "content-type": "video/mp4",
    "content-length": end - start + 1,
    "content-range": `bytes ${start}-${end}/${FAKE_VIDEO.length}`,
    "accept-ranges": "bytes",
  });
  res.end(FAKE_VIDEO.subarray(start, end + 1));
}

export async function startFakeDid(): Promise<FakeDid> {
  let mode: FakeDidMode = "ok";
  let pollsUntilDone = 2;
  const talks = new Map<string, { polls: number; input: string }>();
  const requests: DidRequest[] = [];
  let counter = 0;
  let base = "";

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    if (req.method === "GET" && /^\/results\/[\w-]+\.mp4$/.test(path)) {
      sendVideo(req, res);
      return;
    }
    const raw = await readBody(req);
    let body: unknown = null;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      // Recorded as null; answered as D-ID does below.
    }
    const authorization = req.headers.authorization ?? null;
    requests.push({ method: req.method ?? "", path, authorization, body });

    if (mode === "hang") return; // never answered; close() cuts it
    if (mode === "error500") return sendJson(res, 500, { kind: "InternalServerError", description: "fake failure" });
    if (mode === "unauthorized" || !authorization?.startsWith("Basic ")) {
      return sendJson(res, 401, { message: "Unauthorized" });
    }

    if (req.method === "POST" && path === "/talks") {
      const script = (body as { script?: { type?: string; input?: string } } | null)?.script;
      if (script?.type !== "text" || !script.input) {
        return sendJson(res, 400, { kind: "ValidationError", description: "script.input is required" });
      }
      counter += 1;
      const id = `tlk_fake${counter}`;
      talks.set(id, { polls: 0, input: script.input });
      return sendJson(res, 201, {
        id,
        object: "talk",
        created_at: new Date().toISOString(),
        created_by: "fake",
        status: "created",
      });
    }
    const match = /^\/talks\/([\w-]+)$/.exec(path);
    if (req.method === "GET" && match) {
      const talk = talks.get(match[1]!);
      if (!talk) return sendJson(res, 404, { kind: "NotFoundError", description: "talk not found" });
      talk.polls += 1;
      if (mode === "error")
        return sendJson(res, 200, {
          id: match[1],
          status: "error",
          error: { kind: "FaceError", description: "no face" },
        });
      if (talk.polls >= pollsUntilDone) {
        return sendJson(res, 200, {
          id: match[1],
          status: "done",
          result_url: `${base}/results/${match[1]}.mp4`,
          duration: 3.2,
        });
      }
      return sendJson(res, 200, { id: match[1], status: "started" });
    }
    sendJson(res, 404, { kind: "NotFoundError", description: `${req.method} ${path}` });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { kind: "InternalServerError" });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;

  return {
    url: base,
    requests,
    setMode(next, options) {
      mode = next;
      if (options?.pollsUntilDone !== undefined) pollsUntilDone = options.pollsUntilDone;
    },
    reset() {
      mode = "ok";
      pollsUntilDone = 2;
      requests.length = 0;
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Hanging requests and idle keep-alive sockets would hold close() open.
        server.closeAllConnections();
      });
    },
  };
}
