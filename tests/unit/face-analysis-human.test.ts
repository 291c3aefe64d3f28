// The face/posture analysis on real still images, in Node: the same Human
// models and configuration as the browser (lib/interview-session/avatar/analysis/
// human-config.ts), on the WebAssembly backend, with the models served over
// loopback HTTP from node_modules exactly as app/api/models serves them.
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Human, Result } from "@vladmandic/human";
import { analysisConfig } from "@/lib/interview-session/avatar/analysis/human-config";
import { FACE_MIN_SCORE, sampleFromResult, type Sample } from "@/lib/interview-session/avatar/analysis/sample";
import { HEAD_STILL, LEVEL_SHOULDERS_DEG, postureScore } from "@/lib/interview-session/avatar/analysis/scores";

const modules = join(process.cwd(), "node_modules");
const fixtures = join(process.cwd(), "tests/fixtures/faces");
let server: Server;
let human: Human;

beforeAll(async () => {
  server = createServer((req, res) => {
    const name = (req.url ?? "").replace(/^\//, "");
    if (!/^[a-z-]+\.(json|bin)$/.test(name)) {
      res.writeHead(404).end();
      return;
    }
    readFile(join(modules, "@vladmandic/human/models", name)).then(
      (bytes) => res.writeHead(200).end(bytes),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  // The package's exports map has no entry for the wasm Node build's types; load it by path.
  const { Human: HumanClass } = createRequire(import.meta.url)(join(modules, "@vladmandic/human/dist/human.node-wasm.js")) as {
    Human: new (config: ReturnType<typeof analysisConfig>) => Human;
  };
  human = new HumanClass(
    analysisConfig({ backend: "wasm", modelBasePath: `http://127.0.0.1:${port}/`, wasmPath: join(modules, "@tensorflow/tfjs-backend-wasm/dist/") }),
  );
  await human.load();
  expect(human.models.loaded().sort()).toEqual(["blazeface", "facemesh", "iris", "movenet"]);
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

async function detect(file: string): Promise<Result> {
  const { data, info } = await sharp(join(fixtures, file)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const tensor = human.tf.tensor3d(new Uint8Array(data), [info.height, info.width, 3], "int32");
  try {
    return await human.detect(tensor);
  } finally {
    human.tf.dispose(tensor);
  }
}

/** Samples for a sequence of frames half a second apart, as the browser takes them. */
async function sequence(files: string[]): Promise<Sample[]> {
  let state = null;
  const samples: Sample[] = [];
  for (const [i, file] of files.entries()) {
    const next = sampleFromResult(await detect(file), i * 500, state);
    samples.push(next.sample);
    state = next.state;
  }
  return samples;
}

describe("face and posture analysis on still images", () => {
  it("sees a face looking at the camera, level shoulders and no slouch in a portrait", async () => {
    const [sample] = await sequence(["astronaut.jpg"]);
    expect(sample).toMatchObject({ offsetMs: 0, faceVisible: true, lookingAtCamera: true, headMovement: null, slouching: false });
    expect(Math.abs(sample!.shoulderTilt!)).toBeLessThanOrEqual(LEVEL_SHOULDERS_DEG);
  });

  it("sees no face (and no shoulders) in a photo of a coffee cup, though the detector half-suspects one", async () => {
    const result = await detect("coffee-no-face.jpg");
    // The raw detector's guess stays under the threshold the analysis applies.
    expect(result.face.every((face) => (face.faceScore ?? face.score) < FACE_MIN_SCORE)).toBe(true);
    const [sample] = await sequence(["coffee-no-face.jpg"]);
    expect(sample).toEqual({ offsetMs: 0, faceVisible: false, lookingAtCamera: false, headMovement: null, shoulderTilt: null, slouching: null });
  });

  it("measures tilted shoulders on a rotated frame", async () => {
    const [sample] = await sequence(["astronaut-tilted.jpg"]);
    expect(sample!.faceVisible).toBe(true);
    expect(Math.abs(sample!.shoulderTilt!)).toBeGreaterThan(15);
  });

  it("measures a still head as still, and a moved or tilted head as movement", async () => {
    const still = await sequence(["astronaut.jpg", "astronaut.jpg"]);
    expect(still[1]!.headMovement).not.toBeNull();
    expect(still[1]!.headMovement!).toBeLessThanOrEqual(HEAD_STILL);
    const moved = await sequence(["astronaut.jpg", "astronaut-shifted.jpg", "astronaut-tilted.jpg"]);
    expect(moved[1]!.headMovement!).toBeGreaterThan(HEAD_STILL);
    expect(moved[2]!.headMovement!).toBeGreaterThan(HEAD_STILL);
    // Losing the face breaks the chain: the frame after it has no movement measure.
    const gap = await sequence(["astronaut.jpg", "coffee-no-face.jpg", "astronaut.jpg"]);
    expect(gap.map((sample) => sample.headMovement)).toEqual([null, null, null]);
  });

  it("scores posture from the frames: one level, one tilted → 50", async () => {
    expect(postureScore(await sequence(["astronaut.jpg", "astronaut-tilted.jpg"]))).toBe(50);
  });
});
