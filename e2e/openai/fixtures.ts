// Fixtures for the specs run against the app server with AI_PROVIDER=openai (the "openai"
// project in playwright.config.ts): the shared ones, plus remote control of that server's
// loopback Chat Completions fake (tests/fakes/openai-control.ts), reset around every test.
import { test as base, expect, serverFile } from "../fixtures";
import type { FakeOpenAiMode, RecordedRequest } from "../../tests/fakes/openai-server";

/** The model scripts/e2e-server.ts configures; every AI label should name it. */
export const MODEL = "llama3.1:8b";
export const BY_MODEL = `${MODEL} via OpenAI-compatible API`;

export type FakeControl = {
  /** From now on, or for the next `times` requests only. */
  setMode: (mode: FakeOpenAiMode, times?: number) => Promise<void>;
  /** What the app sent the fake since this test began. */
  requests: () => Promise<RecordedRequest[]>;
};

/** The system and user text of each request, to tell which of the app's prompts it was. */
export function promptText(request: RecordedRequest): string {
  const body = request.body as { messages?: { content?: unknown }[] } | null;
  return (body?.messages ?? []).map((m) => (typeof m.content === "string" ? m.content : "")).join("\n");
}

export const test = base.extend<{ fakeOpenAi: FakeControl }>({
  fakeOpenAi: [
    async ({ baseURL }, use) => {
      const url = serverFile(baseURL, "openai-control-url");
      const call = async (path: string, init?: RequestInit) => {
        const response = await fetch(`${url}${path}`, init);
        if (!response.ok) throw new Error(`fake control ${path}: HTTP ${response.status} ${await response.text()}`);
        return response.json() as Promise<unknown>;
      };
      const reset = () => call("/reset", { method: "POST" });
      await reset();
      await use({
        setMode: async (mode, times) => {
          await call("/mode", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ mode, times }) });
        },
        requests: async () => (await call("/requests")) as RecordedRequest[],
      });
      await reset();
    },
    { auto: true },
  ],
});

export { expect };
