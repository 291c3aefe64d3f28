"use client";
import { useCallback, useEffect, useRef, useState } from "react";

export type InterviewerState = "idle" | "preparing" | "speaking" | "done";
export type SpokenBy = "local" | "did";

type TalkCreated = { provider: "did"; id: string; status: string } | { provider: "local"; reason: string };
type TalkPolled = { id: string; status: string; videoUrl: string | null; reason: string | null };

/** How long the text would take to say aloud: used when the browser cannot speak, and as a safety net. */
export function speakingTimeMs(text: string): number {
  return Math.min(20_000, Math.max(1_500, text.length * 65));
}

/** The browser's speech synthesis, or null where there is none (some browsers, some privacy settings). */
function browserSpeech(): SpeechSynthesis | null {
  if (typeof window === "undefined") return null;
  return (window as { speechSynthesis?: SpeechSynthesis }).speechSynthesis ?? null;
}

const POLL_INTERVAL_MS = 1_000;
const POLL_LIMIT = 45;

const FALLBACK_REASONS: Record<string, string> = {
  not_configured: "D-ID is not configured",
  timeout: "D-ID did not answer in time",
  deadline: "D-ID took too long to make the video",
  network: "D-ID could not be reached",
  http_429: "D-ID's rate limit was reached",
  http_4xx: "D-ID refused the request",
  http_5xx: "D-ID had a server error",
  invalid_response: "D-ID's reply was incomplete",
  error: "D-ID could not make the video",
  rejected: "D-ID rejected the request",
  playback: "the D-ID video could not play",
  request_failed: "the video request failed",
};

export function fallbackText(reason: string | null): string | null {
  return reason ? (FALLBACK_REASONS[reason] ?? "D-ID was unavailable") : null;
}

/**
 * The interviewer's voice. With D-ID enabled it asks the server for a talking-head
 * video and polls for it; on any failure, and always without D-ID, the in-browser
 * avatar speaks with speechSynthesis (or, where the browser has none, shows the
 * question in a "speaking" state timed by its length). `spokenBy` always says which.
 */
export function useInterviewer({ sessionId, didEnabled }: { sessionId: string; didEnabled: boolean }) {
  const [state, setState] = useState<InterviewerState>("idle");
  const [spokenBy, setSpokenBy] = useState<SpokenBy | null>(null);
  const [fallbackReason, setFallbackReason] = useState<string | null>(null);
  const [videoUrl, setVideoUrl] = useState<string | null>(null);
  // Each speak() gets a number; callbacks from an older one are ignored.
  const generation = useRef(0);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);

  const clearTimers = useCallback(() => {
    for (const timer of timers.current) clearTimeout(timer);
    timers.current = [];
  }, []);

  const stop = useCallback(() => {
    generation.current += 1;
    clearTimers();
    browserSpeech()?.cancel();
    setVideoUrl(null);
    setState((current) => (current === "idle" ? "idle" : "done"));
  }, [clearTimers]);

  useEffect(() => stop, [stop]);

  const later = useCallback((ms: number, run: () => void) => {
    timers.current.push(setTimeout(run, ms));
  }, []);

  const speakLocally = useCallback(
    (text: string, turn: number) => {
      const finish = () => {
        if (generation.current !== turn) return;
        clearTimers();
        setState("done");
      };
      setVideoUrl(null);
      setSpokenBy("local");
      setState("speaking");
      const estimate = speakingTimeMs(text);
      const synth = browserSpeech();
      if (!synth || typeof SpeechSynthesisUtterance === "undefined") {
        later(estimate, finish);
        return;
      }
      let started = false;
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = document.documentElement.lang || "en-US";
      utterance.onstart = () => {
        started = true;
      };
      utterance.onend = finish;
      // No voice installed (common offline): keep the question on screen for as long as it would take to say.
      utterance.onerror = () => (started ? finish() : later(estimate, finish));
      // Some engines never fire onend; do not let the interview hang on them.
      later(estimate * 2 + 3_000, finish);
      synth.cancel();
      synth.speak(utterance);
    },
    [clearTimers, later],
  );

  const speak = useCallback(
    async (text: string) => {
      generation.current += 1;
      const turn = generation.current;
      clearTimers();
      setFallbackReason(null);
      if (!didEnabled) {
        speakLocally(text, turn);
        return;
      }
      setState("preparing");
      const fallBack = (reason: string) => {
        if (generation.current !== turn) return;
        setFallbackReason(reason);
        speakLocally(text, turn);
      };
      try {
        const created = await fetch("/api/avatar/talks", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ text, sessionId }),
        });
        if (!created.ok) return fallBack("request_failed");
        const talk = (await created.json()) as TalkCreated;
        if (talk.provider === "local") return fallBack(talk.reason);
        for (let poll = 0; poll < POLL_LIMIT; poll++) {
          await new Promise((resolve) => later(POLL_INTERVAL_MS, () => resolve(null)));
          if (generation.current !== turn) return;
          const response = await fetch(`/api/avatar/talks/${talk.id}`, { cache: "no-store" });
          if (!response.ok) return fallBack("request_failed");
          const polled = (await response.json()) as TalkPolled;
          if (polled.status === "done" && polled.videoUrl) {
            setSpokenBy("did");
            setVideoUrl(polled.videoUrl);
            setState("speaking");
            return;
          }
          if (polled.status === "error" || polled.status === "rejected")
            return fallBack(polled.reason ?? polled.status);
        }
        fallBack("deadline");
      } catch {
        fallBack("request_failed");
      }
    },
    [clearTimers, didEnabled, later, sessionId, speakLocally],
  );

  /** The D-ID video reports back: ended, or failed to play (then the in-browser avatar says it instead). */
  const videoEnded = useCallback(() => {
    setVideoUrl(null);
    setState("done");
  }, []);
  const videoFailed = useCallback(
    (text: string) => {
      setFallbackReason("playback");
      speakLocally(text, generation.current);
    },
    [speakLocally],
  );

  return { state, spokenBy, fallbackReason, videoUrl, speak, stop, videoEnded, videoFailed };
}
