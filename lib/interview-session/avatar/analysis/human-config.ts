// The one Human configuration, used by the browser hook and by the Node tests,
// so the tests run the same models with the same settings the users get.
// Only what the analysis reads is enabled: face box + rotation (blazeface,
// facemesh), gaze (iris) and shoulders (movenet-lightning). No emotion, age,
// gender, identity or liveness models are loaded.
// No import from the library here (not even a type): the server's model route
// imports ANALYSIS_MODELS, and the package's "node" build must stay out of bundles.

/** The models the analysis loads (served by app/api/models). */
export const ANALYSIS_MODELS = ["blazeface", "facemesh", "iris", "movenet-lightning"] as const;

export function analysisConfig(options: { backend: "wasm" | "webgl"; modelBasePath: string; wasmPath: string }) {
  return {
    backend: options.backend,
    modelBasePath: options.modelBasePath,
    wasmPath: options.wasmPath,
    debug: false,
    // Warm-up runs on a built-in sample image; not needed for a few frames a second.
    warmup: "none",
    // Models come from this app on every visit; IndexedDB caching would keep stale copies after upgrades.
    cacheModels: false,
    // Every frame is a fresh measurement: no result smoothing or frame-skipping cache.
    cacheSensitivity: 0,
    filter: { enabled: false },
    face: {
      enabled: true,
      detector: { modelPath: "blazeface.json", rotation: true, maxDetected: 1, minConfidence: 0.2, return: false },
      mesh: { enabled: true, modelPath: "facemesh.json" },
      iris: { enabled: true, modelPath: "iris.json" },
      attention: { enabled: false },
      emotion: { enabled: false },
      description: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      gear: { enabled: false },
    },
    body: { enabled: true, modelPath: "movenet-lightning.json", maxDetected: 1, minConfidence: 0.2 },
    hand: { enabled: false },
    object: { enabled: false },
    gesture: { enabled: false },
    segmentation: { enabled: false },
  } as const;
}
