// A loopback stand-in for an OpenAI-compatible Chat Completions server (OpenAI, Ollama,
// llama.cpp's server, vLLM), speaking the same wire protocol so the real `openai` SDK can be
// tested against it: POST /v1/chat/completions, `Authorization: Bearer`, OpenAI-style
// error bodies ({ error: { message, type, code } }), Retry-After on 429.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeOpenAiMode =
  | "ok"
  /** The JSON wrapped in a ```json fence, as chatty models write it. */
  | "fenced"
  | "malformed"
  | "schema_mismatch"
  | "error500"
  /** 429 with Retry-After: 1. */
  | "rate_limited"
  | "unauthorized"
  | "slow"
  /** Ignores response_format: answers in prose with the JSON somewhere inside. */
  | "ignores_format"
  /** Rejects `json_schema` with a 400, as servers without structured output do; JSON mode works. */
  | "no_json_schema"
  /** What a model talked round by the answer it grades writes: 10/10, on-topic, perfectly coherent. */
  | "injected";

export type RecordedRequest = { path: string; authorization: string | null; body: unknown };

export type FakeOpenAi = {
  /** The base URL to give the SDK (ends in /v1). */
  url: string;
  /** Applies to every request from now on, or to the next `times` requests before going back to "ok". */
  setMode(mode: FakeOpenAiMode, options?: { times?: number }): void;
  /** The JSON the model "writes"; `undefined` goes back to a reply built from the request. */
  setReply(json: unknown): void;
  /** Requires `Authorization: Bearer <key>`; null (the default) accepts any or none, like Ollama. */
  requireKey(key: string | null): void;
  requests: RecordedRequest[];
  /** Back to "ok", no fixed reply, no key required, no recorded requests. */
  reset(): void;
  close(): Promise<void>;
};

// Longer than any timeout a test sets; close() cuts it short.
const SLOW_MS = 10_000;
const SCHEMA_MARKER = "JSON schema, with nothing before or after it:\n";

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, type: string, code: string | null, message: string, headers?: Record<string, string>): void {
  sendJson(res, status, { error: { message, type, param: null, code } }, headers);
}

function completion(model: string, content: string): JsonObject {
  return {
    id: `chatcmpl-fake-${Date.now().toString(36)}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, logprobs: null, finish_reason: "stop" }],
    usage: { prompt_tokens: 120, completion_tokens: 80, total_tokens: 200 },
  };
}

function messages(body: JsonObject): { role: string; content: string }[] {
  const list = Array.isArray(body.messages) ? body.messages : [];
  return list.flatMap((m) => (isObject(m) && typeof m.role === "string" && typeof m.content === "string" ? [{ role: m.role, content: m.content }] : []));
}

/** The schema asked for: in response_format, else the one written into the system message. */
function askedSchema(body: JsonObject): JsonObject {
  const format = isObject(body.response_format) ? body.response_format : {};
  const jsonSchema = isObject(format.json_schema) ? format.json_schema : {};
  if (isObject(jsonSchema.schema)) return jsonSchema.schema;
  const system = messages(body).find((m) => m.role === "system")?.content ?? "";
  const at = system.indexOf(SCHEMA_MARKER);
  if (at < 0) return {};
  try {
    const parsed: unknown = JSON.parse(system.slice(at + SCHEMA_MARKER.length));
    return isObject(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

/** The milestones of a roadmap the user message lists as one line of JSON, as the app's refinement prompt does. */
function listedMilestones(body: JsonObject): { id: string; title: string }[] {
  const user = messages(body).find((m) => m.role === "user")?.content ?? "";
  for (const line of user.split("\n")) {
    if (!line.startsWith("[")) continue;
    try {
      const parsed: unknown = JSON.parse(line);
      const items: unknown[] = Array.isArray(parsed) ? parsed : [];
      const milestones = items.flatMap((m) => (isObject(m) && typeof m.id === "string" ? [{ id: m.id, title: typeof m.title === "string" ? m.title : m.id }] : []));
      if (milestones.length > 0 && milestones.length === items.length) return milestones;
    } catch {
      // Not the plan: keep looking.
    }
  }
  return [];
}

/** What a real model would plausibly write, read off the schema the client asked for. */
function defaultReply(body: JsonObject, injected = false): unknown {
  const schema = askedSchema(body);
  const asked = isObject(schema.properties) ? schema.properties : {};
  if ("milestones" in asked) {
    // A roadmap refinement: every milestone it was given comes back, under the same id.
    return {
      summary: "This plan builds on what you already know and adds one checkable step at a time.",
      milestones: listedMilestones(body).map((m) => ({
        id: m.id,
        goals: [`Finish one small project that uses ${m.title}.`, `Explain ${m.title} to a peer in five minutes.`],
        tip: `Book an hour a day for ${m.title} and keep notes of what you built.`,
      })),
    };
  }
  if ("summary" in asked && "strengths" in asked && !("score" in asked)) {
    // A resume review.
    return {
      summary: "A solid resume with measurable results; the job's machine learning requirement is the main gap.",
      strengths: ["Results are quantified, such as the latency and migration figures."],
      improvements: ["Add any machine learning work, even a side project.", "Lead each bullet with what you did, not what you were responsible for."],
    };
  }
  if ("followUp" in asked && "target" in asked) {
    // A follow-up: the first gap the prompt lists, asked in the model's own words. Talked round
    // by the answer ("ask nothing"), it declines to ask.
    if (injected) return { target: null, followUp: null };
    const user = messages(body).find((m) => m.role === "user")?.content ?? "";
    const gap = /^- (result|ownership|example|claim|off-topic): /m.exec(user)?.[1] ?? null;
    return { target: gap, followUp: gap ? `Model follow-up on ${gap}: could you tell me more about that?` : null };
  }
  if (schema.type === "array") {
    const count = typeof schema.minItems === "number" ? schema.minItems : 3;
    const items = isObject(schema.items) ? schema.items : {};
    const properties = isObject(items.properties) ? items.properties : {};
    const typeSchema = isObject(properties.type) ? properties.type : {};
    const types = Array.isArray(typeSchema.enum) ? typeSchema.enum : ["behavioral"];
    const difficulties = ["easy", "medium", "hard"];
    return Array.from({ length: count }, (_, i) => ({
      text: `Question ${i + 1}: describe how you handled incident number ${i + 1} in a production system.`,
      type: types[i % types.length],
      difficulty: difficulties[i % difficulties.length],
      talkingPoints: ["Context and stakes", "What you did yourself", "Measurable outcome", "What you learned"],
    }));
  }
  if (injected) {
    return {
      score: 10,
      strengths: ["Flawless answer."],
      improvements: [],
      suggestions: [],
      relevance: { verdict: "on-topic", reason: "Perfectly on topic." },
      coherence: 1,
      contradictedClaims: [],
    };
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

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  let mode: FakeOpenAiMode = "ok";
  let temporary: { mode: FakeOpenAiMode; left: number } | null = null;
  let reply: { json: unknown } | null = null;
  let key: string | null = null;
  const requests: RecordedRequest[] = [];
  const slowTimers = new Set<NodeJS.Timeout>();

  function nextMode(): FakeOpenAiMode {
    if (!temporary) return mode;
    const current = temporary.mode;
    temporary.left -= 1;
    if (temporary.left <= 0) temporary = null;
    return current;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method !== "POST" || url.pathname !== "/v1/chat/completions") {
      sendError(res, 404, "invalid_request_error", "unknown_url", `Unknown request URL: ${req.method} ${url.pathname}.`);
      return;
    }
    const header = req.headers.authorization ?? null;
    const raw = await readBody(req);
    let body: unknown = null;
    try {
      body = JSON.parse(raw);
    } catch {
      // Recorded as null and answered below.
    }
    requests.push({ path: url.pathname, authorization: header, body });

    const current = nextMode();
    if (current === "unauthorized" || (key !== null && header !== `Bearer ${key}`)) {
      sendError(res, 401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided.");
      return;
    }
    if (!isObject(body) || typeof body.model !== "string" || messages(body).length === 0) {
      sendError(res, 400, "invalid_request_error", null, "'messages' is a required property");
      return;
    }
    const model = body.model;
    const json = () => JSON.stringify(reply ? reply.json : defaultReply(body as JsonObject));
    const format = isObject(body.response_format) ? body.response_format.type : undefined;

    switch (current) {
      case "ok":
        sendJson(res, 200, completion(model, json()));
        return;
      case "fenced":
        sendJson(res, 200, completion(model, "```json\n" + json() + "\n```"));
        return;
      case "ignores_format":
        sendJson(res, 200, completion(model, `Sure! Here is my assessment.\n\n${json()}\n\nLet me know if you need anything else.`));
        return;
      case "no_json_schema":
        if (format === "json_schema") {
          sendError(res, 400, "invalid_request_error", null, "response_format.type 'json_schema' is not supported by this server");
          return;
        }
        sendJson(res, 200, completion(model, json()));
        return;
      case "injected":
        sendJson(res, 200, completion(model, JSON.stringify(defaultReply(body, true))));
        return;
      case "malformed":
        sendJson(res, 200, completion(model, 'Sure! Here is the JSON you asked for: {"score": 7,'));
        return;
      case "schema_mismatch":
        sendJson(res, 200, completion(model, JSON.stringify({ message: "not the shape you asked for" })));
        return;
      case "error500":
        sendError(res, 500, "server_error", null, "The server had an error while processing your request.");
        return;
      case "rate_limited":
        sendError(res, 429, "requests", "rate_limit_exceeded", "Rate limit reached for requests.", { "retry-after": "1" });
        return;
      case "slow": {
        const timer = setTimeout(() => {
          slowTimers.delete(timer);
          if (!res.destroyed) sendJson(res, 200, completion(model, json()));
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
      if (!res.headersSent) sendError(res, 500, "server_error", null, "fake server failure");
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
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
    requireKey(next) {
      key = next;
    },
    requests,
    reset() {
      mode = "ok";
      temporary = null;
      reply = null;
      key = null;
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
