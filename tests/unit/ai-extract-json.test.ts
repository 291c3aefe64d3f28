// How a model's text becomes JSON for every provider (lib/ai/ask.ts): whole, fenced, or inside prose.
import { describe, expect, it } from "vitest";
import { AiProviderError, extractJson } from "@/lib/ai/ask";

describe("extractJson", () => {
  it.each([
    ['{"score": 7}', { score: 7 }],
    ['  [1, 2]\n', [1, 2]],
    ['```json\n{"score": 7}\n```', { score: 7 }],
    ['Here you go:\n```\n{"score": 7}\n```\nAnything else?', { score: 7 }],
    ['Sure! My assessment: {"score": 7, "tags": ["a"]} Hope that helps.', { score: 7, tags: ["a"] }],
  ])("reads %j", (text, expected) => {
    expect(extractJson(text)).toEqual(expected);
  });

  it.each(['Sure! Here is the JSON you asked for: {"score": 7,', "No JSON at all.", "```json\n{oops}\n```"])("rejects %j as invalid_json", (text) => {
    expect(() => extractJson(text)).toThrow(AiProviderError);
    try {
      extractJson(text);
    } catch (error) {
      expect((error as AiProviderError).reason).toBe("invalid_json");
    }
  });
});
