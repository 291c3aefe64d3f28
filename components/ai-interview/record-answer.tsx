"use client";
import { useRef, useState } from "react";

type Props = {
  /** The server's transcription engine, or null when it has none (no Gemini key). */
  engine: "gemini" | null;
  /** Called with the transcript, for the user to correct before sending. */
  onTranscript: (text: string, source: string) => void;
  disabled?: boolean;
};

type Phase = "idle" | "recording" | "transcribing";

const ENGINE_LABELS = { gemini: "Gemini" } as const;

/**
 * Spoken answers for browsers without speech recognition (Firefox): records with
 * MediaRecorder, sends the audio to POST /api/transcribe, and hands back the text.
 * Without a server engine it says so instead of offering a button that cannot work.
 */
export function RecordAnswer({ engine, onTranscript, disabled }: Props) {
  const [phase, setPhase] = useState<Phase>("idle");
  const [message, setMessage] = useState<string | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const startedAt = useRef(0);

  if (!engine) {
    return (
      <span className="small text-body-secondary align-self-center" data-testid="speech-unavailable">
        This browser has no speech recognition, and spoken answers need a Gemini API key on this server to be transcribed. Typing always works.
      </span>
    );
  }

  async function start() {
    setMessage(null);
    if (typeof MediaRecorder === "undefined" || !navigator.mediaDevices?.getUserMedia) {
      setMessage("This browser cannot record audio. Type your answer instead.");
      return;
    }
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      setMessage("The microphone is blocked. Allow it in the browser's site settings, or type your answer.");
      return;
    }
    const chunks: Blob[] = [];
    const media = new MediaRecorder(stream);
    media.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    // The events' own timestamps give the length: MediaRecorder's WebM often carries none.
    media.onstart = (event) => {
      startedAt.current = event.timeStamp;
    };
    media.onstop = (event) => {
      stream.getTracks().forEach((track) => track.stop());
      void send(new Blob(chunks, { type: media.mimeType || "audio/webm" }), (event.timeStamp - startedAt.current) / 1000);
    };
    recorder.current = media;
    media.start();
    setPhase("recording");
  }

  async function send(audio: Blob, seconds: number) {
    setPhase("transcribing");
    const form = new FormData();
    form.set("audio", audio, "answer");
    form.set("durationSeconds", seconds.toFixed(1));
    try {
      const response = await fetch("/api/transcribe", { method: "POST", body: form });
      const body = (await response.json().catch(() => null)) as { text?: string; source?: string; error?: string } | null;
      if (!response.ok || typeof body?.text !== "string") {
        setMessage(body?.error ?? "The recording could not be transcribed. Try again, or type your answer.");
      } else if (body.text.trim() === "") {
        setMessage("No words were heard in that recording. Try again closer to the microphone.");
      } else {
        onTranscript(body.text, body.source ?? engine ?? "");
        setMessage(`Transcribed by ${ENGINE_LABELS[engine as keyof typeof ENGINE_LABELS] ?? body.source}: check the text before you submit it.`);
      }
    } catch {
      setMessage("The recording could not be sent. Check your connection and try again, or type your answer.");
    } finally {
      setPhase("idle");
    }
  }

  return (
    <>
      <button
        type="button"
        className={`btn ${phase === "recording" ? "btn-danger" : "btn-outline-secondary"}`}
        onClick={phase === "recording" ? () => recorder.current?.stop() : () => void start()}
        aria-pressed={phase === "recording"}
        disabled={disabled || phase === "transcribing"}
      >
        {phase === "recording" ? "Stop recording" : phase === "transcribing" ? "Transcribing…" : "Record an answer"}
      </button>
      {message ? (
        <span className="small align-self-center" role="status">
          {message}
        </span>
      ) : null}
    </>
  );
}
