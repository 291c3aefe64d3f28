// A loopback stand-in for the Gemini REST API (generativelanguage.googleapis.com),
// speaking the same wire protocol as the real service so the real SDK client can
// be tested against it: POST /v1beta/models/{model}:generateContent, the key in
// `x-goog-api-key` (or `?key=`), Google-style error bodies.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeGeminiMode =
  | "ok"
  | "malformed"
  | "schema_mismatch"
  | "error500"
  | "error400"
  | "slow"
  | "rate_limited";

export type RecordedRequest = { path: string; apiKey: string | null; body: unknown };

export type FakeGemini = {
  url: string;
  /** Applies to every request from now on, or to the next `times` requests before going back to "ok". */
  setMode(mode: FakeGeminiMode, options?: { times?: number }): void;
  /** The JSON the model "writes" in "ok" mode; `undefined` goes back to a reply built from the request. */
  setReply(json: unknown): void;
  requests: RecordedRequest[];
  /** Back to "ok", no fixed reply, no recorded requests. */
  reset(): void;
  close(): Promise<void>;
};

// Longer than any timeout a test sets; close() cuts it short.
const SLOW_MS = 10_000;
const GENERATE_PATH = /^\/v1beta\/models\/([^/:]+):generateContent$/;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=UTF-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

function sendError(res: ServerResponse, code: number, status: string, message: string, details?: unknown[]): void {
  sendJson(res, code, { error: { code, message, status, ...(details ? { details } : {}) } });
}

function generateContentResponse(model: string, text: string): JsonObject {
  return {
    candidates: [{ content: { role: "model", parts: [{ text }] }, finishReason: "STOP", index: 0 }],
    usageMetadata: { promptTokenCount: 120, candidatesTokenCount: 80, totalTokenCount: 200 },
    modelVersion: model,
    responseId: `fake-${Date.now().toString(36)}`,
  };
}

function promptText(body: JsonObject): string {
  const contents = Array.isArray(body.contents) ? body.contents : [];
  return contents
    .flatMap((content) => (isObject(content) && Array.isArray(content.parts) ? content.parts : []))
    .map((part) => (isObject(part) && typeof part.text === "string" ? part.text : ""))
    .join("\n");
}

/** What the real model would plausibly write, read off the schema the client asked for. */
function defaultReply(body: JsonObject): unknown {
  const config = isObject(body.generationConfig) ? body.generationConfig : {};
  const schema = isObject(config.responseJsonSchema) ? config.responseJsonSchema : {};

  if (schema.type === "array") {
    const asked = /exactly (\d+)/i.exec(promptText(body));
    const count = typeof schema.minItems === "number" ? schema.minItems : Number(asked?.[1] ?? 3);
    const items = isObject(schema.items) ? schema.items : {};
    const properties = isObject(items.properties) ? items.properties : {};
    const typeSchema = isObject(properties.type) ? properties.type : {};
    const types = Array.isArray(typeSchema.enum) ? typeSchema.enum : ["behavioral"];
    const difficulties = ["easy", "medium", "hard"];
    return Array.from({ length: count }, (_, i) => ({
      text: `Question ${i + 1}: tell me about a time you had to solve problem number ${i + 1} under pressure.`,
      type: types[i % types.length],
      difficulty: difficulties[i % difficulties.length],
      talkingPoints: ["Context and stakes", "What you did yourself", "Measurable outcome", "What you learned"],
    }));
  }

  return {
    score: 7,
    strengths: ["Clear structure that follows the situation, action and result."],
    improvements: ["Quantify the outcome instead of describing it."],
    suggestions: ["Open with one sentence of context, then spend most of the time on your own actions."],
    relevance: { verdict: "on-topic", reason: "The answer is about the situation the question asks about." },
    coherence: 0.8,
    contradictedClaims: [],
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export async function startFakeGemini(): Promise<FakeGemini> {
  let mode: FakeGeminiMode = "ok";
  let temporary: { mode: FakeGeminiMode; left: number } | null = null;
  let reply: { json: unknown } | null = null;
  const requests: RecordedRequest[] = [];
  const slowTimers = new Set<NodeJS.Timeout>();

  function nextMode(): FakeGeminiMode {
    if (!temporary) return mode;
    const current = temporary.mode;
    temporary.left -= 1;
    if (temporary.left <= 0) temporary = null;
    return current;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const match = GENERATE_PATH.exec(url.pathname);
    if (req.method !== "POST" || !match) {
      sendError(res, 404, "NOT_FOUND", `Method not found: ${req.method} ${url.pathname}`);
      return;
    }
    const model = decodeURIComponent(match[1] ?? "");
    const header = req.headers["x-goog-api-key"];
    const apiKey = (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get("key");

    const raw = await readBody(req);
    let body: unknown = null;
    try {
      body = JSON.parse(raw);
    } catch {
      // Recorded as null and answered below, as Google does.
    }
    requests.push({ path: url.pathname, apiKey, body });

    if (!apiKey) {
      sendError(
        res,
        403,
        "PERMISSION_DENIED",
        "Method doesn't allow unregistered callers (callers without established identity).",
      );
      return;
    }
    if (!isObject(body) || !Array.isArray(body.contents) || body.contents.length === 0) {
      sendError(res, 400, "INVALID_ARGUMENT", "* GenerateContentRequest.contents: contents is not specified");
      return;
    }

    switch (nextMode()) {
      case "ok":
        sendJson(res, 200, generateContentResponse(model, JSON.stringify(reply ? reply.json : defaultReply(body))));
        return;
      case "malformed":
        sendJson(res, 200, generateContentResponse(model, 'Sure! Here is the JSON you asked for: {"score": 7,'));
        return;
      case "schema_mismatch":
        sendJson(res, 200, generateContentResponse(model, JSON.stringify({ message: "not the shape you asked for" })));
        return;
      case "error500":
        sendError(res, 500, "INTERNAL", "An internal error has occurred. Please retry or report the problem.");
        return;
      case "error400":
        sendError(res, 400, "INVALID_ARGUMENT", "Invalid JSON payload received.");
        return;
      case "rate_limited":
        sendError(
          res,
          429,
          "RESOURCE_EXHAUSTED",
          "You exceeded your current quota, please check your plan and billing details.",
          [{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "1s" }],
        );
        return;
      case "slow": {
        const timer = setTimeout(() => {
          slowTimers.delete(timer);
          if (!res.destroyed) sendJson(res, 200, generateContentResponse(model, JSON.stringify(defaultReply(body))));
        }, SLOW_MS);
        slowTimers.add(timer);
        // The client gave up: nothing left to answer.
        res.on("close", () => {
          clearTimeout(timer);
          slowTimers.delete(timer);
        });
        return;
      }
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, "INTERNAL", "fake server failure");
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    setMode(next, options) {
      if (options?.times !== undefined) temporary = { mode: next, left: options.times };
      else {
        mode = next;
        temporary = null;
      }
    },
    setReply(json) {
      reply = json === undefined ? null : { json };
    },
    requests,
    reset() {
      mode = "ok";
      temporary = null;
      reply = null;
      requests.length = 0;
    },
    close() {
      for (const timer of slowTimers) clearTimeout(timer);
      slowTimers.clear();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Pending "slow" requests and idle keep-alive sockets would hold close() open.
        server.closeAllConnections();
      });
    },
  };
}
