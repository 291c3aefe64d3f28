import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

// Public files: the route works without a session.
vi.mock("@/lib/auth/session", () => ({ getUser: async () => null }));

const { GET } = await import("@/app/api/models/[...path]/route");

const humanVersion = (JSON.parse(readFileSync("node_modules/@vladmandic/human/package.json", "utf8")) as { version: string }).version;
const tfjsVersion = (JSON.parse(readFileSync("node_modules/@tensorflow/tfjs-backend-wasm/package.json", "utf8")) as { version: string }).version;

function get(...path: string[]) {
  return GET(new NextRequest(`http://localhost/api/models/${path.join("/")}`), { params: Promise.resolve({ path }) });
}

describe("GET /api/models/[...path]", () => {
  it("serves the analysis models and wasm binaries from node_modules, cached for good", async () => {
    const json = await get("human", humanVersion, "blazeface.json");
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toBe("application/json");
    expect(json.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await json.text()).toBe(readFileSync("node_modules/@vladmandic/human/models/blazeface.json", "utf8"));
    const bin = await get("human", humanVersion, "movenet-lightning.bin");
    expect(Buffer.from(await bin.arrayBuffer()).equals(readFileSync("node_modules/@vladmandic/human/models/movenet-lightning.bin"))).toBe(true);
    const wasm = await get("tfjs-wasm", tfjsVersion, "tfjs-backend-wasm-simd.wasm");
    expect(wasm.headers.get("content-type")).toBe("application/wasm");
    expect(Buffer.from(await wasm.arrayBuffer()).subarray(0, 4)).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]));
  });

  it("answers 404 for other versions, models the analysis does not use, and paths outside the packages", async () => {
    for (const path of [
      ["human", "0.0.1", "blazeface.json"],
      ["human", humanVersion, "emotion.json"],
      ["human", humanVersion, "..", "package.json"],
      ["human", humanVersion, "../package.json"],
      ["tfjs-wasm", tfjsVersion, "tfjs-backend-wasm.js"],
      ["other", "1", "x.json"],
      ["human", humanVersion],
    ]) {
      expect((await get(...path)).status, path.join("/")).toBe(404);
    }
  });
});
