import "server-only";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ANALYSIS_MODELS } from "@/lib/interview-session/avatar/analysis/human-config";

// The on-device analysis loads its models and the TensorFlow.js WebAssembly
// binaries from this app (never from a CDN). They ship in node_modules; this
// serves exactly the files the analysis needs, at versioned URLs so browsers
// may cache them for good:
//   /api/models/human/<human version>/<model>.json|.bin
//   /api/models/tfjs-wasm/<tfjs version>/tfjs-backend-wasm[-simd|-threaded-simd].wasm

const PACKAGES = {
  human: { dir: "@vladmandic/human", files: "models", allowed: new Set(ANALYSIS_MODELS.flatMap((model) => [`${model}.json`, `${model}.bin`])) },
  "tfjs-wasm": {
    dir: "@tensorflow/tfjs-backend-wasm",
    files: "dist",
    allowed: new Set(["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm", "tfjs-backend-wasm-threaded-simd.wasm"]),
  },
} as const;

const TYPES: Record<string, string> = { json: "application/json", bin: "application/octet-stream", wasm: "application/wasm" };

const versions = new Map<string, string>();

async function installedVersion(dir: string): Promise<string> {
  let version = versions.get(dir);
  if (!version) {
    const manifest = JSON.parse(await readFile(join(process.cwd(), "node_modules", dir, "package.json"), "utf8")) as { version: string };
    version = manifest.version;
    versions.set(dir, version);
  }
  return version;
}

/** The bytes and content type of one model file, or null when the path is not one the analysis uses. */
export async function modelFile(path: readonly string[]): Promise<{ body: Buffer; type: string } | null> {
  if (path.length !== 3) return null;
  const [name, version, file] = path as [string, string, string];
  if (!Object.hasOwn(PACKAGES, name)) return null;
  const spec = PACKAGES[name as keyof typeof PACKAGES];
  if (!(spec.allowed as Set<string>).has(file) || version !== (await installedVersion(spec.dir))) return null;
  const body = await readFile(join(process.cwd(), "node_modules", spec.dir, spec.files, file)).catch(() => null);
  return body ? { body, type: TYPES[file.split(".").pop()!]! } : null;
}
