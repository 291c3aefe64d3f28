// Remote control for a Chat Completions fake running in another process (the e2e server's):
// Playwright specs switch its mode and read what it was asked over loopback HTTP, since they
// cannot call setMode() across processes. Kept apart from the fake so the fake's port speaks
// only the real protocol.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { FakeOpenAi, FakeOpenAiMode } from "./openai-server";

// Every mode, so the compiler notices a new one that the control cannot select.
const MODES: Record<FakeOpenAiMode, true> = {
  ok: true,
  fenced: true,
  malformed: true,
  schema_mismatch: true,
  error500: true,
  rate_limited: true,
  unauthorized: true,
  slow: true,
  ignores_format: true,
  no_json_schema: true,
  injected: true,
};

function isMode(value: unknown): value is FakeOpenAiMode {
  return typeof value === "string" && Object.hasOwn(MODES, value);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? JSON.parse(text) : {};
}

export type FakeOpenAiControl = { url: string; close: () => Promise<void> };

/**
 * POST /mode {mode, times?} sets the fake's mode (for the next `times` requests, or until reset);
 * POST /reset goes back to `reset` (the fake's defaults plus whatever the caller restores, such as
 * a required key); GET /requests lists what the fake was asked since the last reset.
 */
export async function startFakeOpenAiControl(fake: FakeOpenAi, reset: () => void = () => fake.reset()): Promise<FakeOpenAiControl> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const handle = async () => {
      if (req.method === "GET" && path === "/requests") return send(res, 200, fake.requests);
      if (req.method === "POST" && path === "/reset") {
        reset();
        return send(res, 200, { ok: true });
      }
      if (req.method === "POST" && path === "/mode") {
        const body = await readJson(req);
        const mode = typeof body === "object" && body !== null && "mode" in body ? body.mode : undefined;
        const times = typeof body === "object" && body !== null && "times" in body ? body.times : undefined;
        if (!isMode(mode) || (times !== undefined && (typeof times !== "number" || !Number.isInteger(times) || times < 1))) {
          return send(res, 400, { error: `Unknown mode or bad times; modes: ${Object.keys(MODES).join(", ")}` });
        }
        fake.setMode(mode, times === undefined ? undefined : { times });
        return send(res, 200, { ok: true });
      }
      send(res, 404, { error: `No control at ${req.method} ${path}` });
    };
    handle().catch((error: unknown) => send(res, 400, { error: error instanceof Error ? error.message : "bad request" }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
