"use client";
import { useCallback, useEffect, useRef, useState } from "react";
// The browser build, by file path: the package's exports map sends bundlers'
// server passes to its "node" build (which needs @tensorflow/tfjs-node) and does
// not export the browser file as a subpath.
import type { Human } from "../../../node_modules/@vladmandic/human/dist/human.esm.js";
import { ANALYSIS_MODELS, analysisConfig } from "@/lib/interview-session/avatar/analysis/human-config";
import { sampleFromResult, type FaceState, type Sample } from "@/lib/interview-session/avatar/analysis/sample";

export type FaceAnalysisStatus = "off" | "loading" | "ready" | "unavailable";

/** Frames analysed per second. */
const SAMPLE_INTERVAL_MS = 333;
/** Samples are posted in batches of this many (about every five seconds). */
const BATCH = 15;

type Backend = "webgl" | "wasm";

/** WebGL when the GPU is real; software WebGL (SwiftShader, llvmpipe: headless, no GPU) is slower than WebAssembly. */
function preferredBackend(): Backend {
  try {
    const gl = document.createElement("canvas").getContext("webgl2");
    if (!gl) return "wasm";
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    return /swiftshader|llvmpipe|software/i.test(renderer) ? "wasm" : "webgl";
  } catch {
    return "wasm";
  }
}

async function loadHuman(backend: Backend): Promise<Human> {
  // Loaded on demand: the library and its TensorFlow.js are in no page's first load.
  const { Human: HumanClass } = await import("../../../node_modules/@vladmandic/human/dist/human.esm.js");
  // Versioned URLs (the server refuses any other version), so browsers can cache the files for good.
  // Paths are read when the instance is made, so a first instance only tells the versions.
  const probe = new HumanClass({ backend });
  const tfVersion = (probe.tf as { version_core: string }).version_core;
  const human = new HumanClass(
    analysisConfig({ backend, modelBasePath: `/api/models/human/${probe.version}/`, wasmPath: `/api/models/tfjs-wasm/${tfVersion}/` }),
  );
  await human.init();
  await human.load();
  // Human logs a failed model load and carries on; without its models the analysis would report "no face" forever.
  if (human.models.loaded().length < ANALYSIS_MODELS.length) throw new Error(`Models missing: loaded ${human.models.loaded().join(", ")}`);
  return human;
}

async function post(sessionId: string, samples: Sample[], keepalive = false): Promise<void> {
  for (let i = 0; i < samples.length; i += 100) {
    const response = await fetch(`/api/avatar-interview/sessions/${encodeURIComponent(sessionId)}/samples`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ samples: samples.slice(i, i + 100) }),
      keepalive,
    });
    if (!response.ok && response.status >= 500) throw new Error(`samples: ${response.status}`);
  }
}

/**
 * On-device face and posture analysis of the self-view video while `running`:
 * a few samples a second (numbers only; no image leaves the browser), posted in
 * batches. If the models cannot load, status is "unavailable" and the interview
 * carries on without it.
 */
export function useFaceAnalysis({
  sessionId,
  video,
  running,
  recordingStartedAt,
}: {
  sessionId: string;
  video: HTMLVideoElement | null;
  running: boolean;
  recordingStartedAt: number | null;
}) {
  const [status, setStatus] = useState<FaceAnalysisStatus>("off");
  const [latest, setLatest] = useState<Sample | null>(null);
  const human = useRef<Promise<Human | null> | null>(null);
  const buffer = useRef<Sample[]>([]);
  const inflight = useRef<Promise<void>>(Promise.resolve());
  const previous = useRef<FaceState | null>(null);

  const send = useCallback(
    (keepalive = false) => {
      const batch = buffer.current.splice(0);
      if (batch.length === 0) return inflight.current;
      // Sequential, and one retry: samples are idempotent on (session, offsetMs).
      inflight.current = inflight.current
        .then(() => post(sessionId, batch, keepalive))
        .catch(() => post(sessionId, batch, keepalive))
        .catch(() => undefined);
      return inflight.current;
    },
    [sessionId],
  );

  const flush = useCallback(async () => {
    await send();
  }, [send]);

  useEffect(() => {
    if (!running || !video) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    human.current ??= (async () => {
      setStatus("loading");
      const first = preferredBackend();
      for (const backend of first === "webgl" ? (["webgl", "wasm"] as const) : (["wasm"] as const)) {
        try {
          const loaded = await loadHuman(backend);
          setStatus("ready");
          return loaded;
        } catch (error) {
          console.warn(`Face analysis could not start on ${backend}`, error);
        }
      }
      setStatus("unavailable");
      return null;
    })();

    const tick = async () => {
      const model = await human.current;
      if (stopped || !model) return;
      const startedAt = recordingStartedAt;
      if (startedAt !== null && video.readyState >= 2 && video.videoWidth > 0) {
        try {
          const result = await model.detect(video);
          const next = sampleFromResult(result, Math.max(0, Math.round(Date.now() - startedAt)), previous.current);
          previous.current = next.state;
          setLatest(next.sample);
          buffer.current.push(next.sample);
          if (buffer.current.length >= BATCH) void send();
        } catch (error) {
          console.warn("Face analysis frame failed", error);
        }
      }
      if (!stopped) timer = setTimeout(() => void tick(), SAMPLE_INTERVAL_MS);
    };
    void tick();

    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      previous.current = null;
      void send();
    };
  }, [running, video, recordingStartedAt, send]);

  // Leaving the page: post what is buffered with keepalive so it still arrives.
  useEffect(() => {
    const leave = () => void send(true);
    window.addEventListener("pagehide", leave);
    return () => window.removeEventListener("pagehide", leave);
  }, [send]);

  return { status, latest, flush };
}
