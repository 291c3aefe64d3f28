// The overhead the provider path (openai SDK, timeout, JSON extraction, zod validation;
// lib/ai/ask.ts) adds on top of the model's own time, measured against the loopback Chat
// Completions fake, so the "model" answers instantly and all that is left is our cost.
// Run: npx tsx --conditions=react-server scripts/bench-ai.ts
import { startFakeOpenAi } from "../tests/fakes/openai-server";
import { createOpenAiAsk } from "../lib/ai/openai/ask";
import { evaluationPrompt } from "../lib/ai/prompts";
import { evaluateLocally } from "../lib/ai/local/evaluator";
import type { EvaluationInput } from "../lib/ai/types";

const N = 300;
const WARMUP = 50;

function percentile(samples: number[], p: number): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0).toFixed(2);
}

async function main() {
  const fake = await startFakeOpenAi();
  try {
    const input: EvaluationInput = {
      question: "Tell me about a time you improved performance.",
      answer: "I profiled the service, added a cache and p99 latency fell from 2.1 s to 300 ms.",
      questionType: "behavioral",
      level: "mid",
    };
    const prompt = evaluationPrompt(input, evaluateLocally(input).metrics);
    const ask = createOpenAiAsk({ baseUrl: fake.url, model: "bench", timeoutMs: 5_000 });
    const body = JSON.stringify({
      model: "bench",
      messages: [
        { role: "system", content: prompt.system },
        { role: "user", content: prompt.user },
      ],
      response_format: { type: "json_schema", json_schema: { name: "reply", schema: prompt.jsonSchema } },
    });
    // The same request with nothing of ours around it: the floor any client pays.
    const bare = async () => {
      const response = await fetch(`${fake.url}/chat/completions`, { method: "POST", body, headers: { "content-type": "application/json" } });
      await response.json();
    };
    for (let i = 0; i < WARMUP; i++) {
      await ask(prompt);
      await bare();
    }
    const path: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < N; i++) {
      let started = performance.now();
      await ask(prompt);
      path.push(performance.now() - started);
      started = performance.now();
      await bare();
      floor.push(performance.now() - started);
    }
    console.log(`provider path: p50 ${percentile(path, 0.5)} ms, p95 ${percentile(path, 0.95)} ms`);
    console.log(`bare fetch:    p50 ${percentile(floor, 0.5)} ms, p95 ${percentile(floor, 0.95)} ms (n=${N})`);
  } finally {
    await fake.close();
  }
}

void main();
