"use client";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";

// The Web Speech API is not in TypeScript's DOM library; these are the parts we use.
type RecognitionResult = { isFinal: boolean; 0: { transcript: string } };
type RecognitionEvent = { resultIndex: number; results: ArrayLike<RecognitionResult> };
type Recognition = {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  start(): void;
  stop(): void;
  onresult: ((event: RecognitionEvent) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
};
type RecognitionConstructor = new () => Recognition;

function recognitionClass(): RecognitionConstructor | null {
  if (typeof window === "undefined") return null;
  const scope = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition ?? null;
}

const noSubscription = () => () => undefined;

const ERRORS: Record<string, string> = {
  "not-allowed": "Microphone access was refused. Allow it in your browser, or type your answer.",
  "service-not-allowed": "Speech recognition is blocked in this browser. Type your answer instead.",
  "no-speech": "No speech was heard. Try again closer to the microphone.",
  network: "Speech recognition needs a connection in this browser. Type your answer instead.",
  "audio-capture": "No microphone was found. Type your answer instead.",
};

/** Browser speech-to-text: calls onText with each final phrase. Typing always works without it. */
export function useSpeechInput(onText: (text: string) => void) {
  // False while rendering on the server, then what this browser offers.
  const supported = useSyncExternalStore(noSubscription, () => recognitionClass() !== null, () => false);
  const [listening, setListening] = useState(false);
  const [interim, setInterim] = useState("");
  const [error, setError] = useState<string | null>(null);
  const recognition = useRef<Recognition | null>(null);
  const onTextRef = useRef(onText);
  useEffect(() => {
    onTextRef.current = onText;
  }, [onText]);

  useEffect(() => () => recognition.current?.stop(), []);

  const start = useCallback(() => {
    const Klass = recognitionClass();
    if (!Klass) return;
    const instance = new Klass();
    instance.continuous = true;
    instance.interimResults = true;
    instance.lang = document.documentElement.lang || "en-US";
    instance.onresult = (event) => {
      let pending = "";
      for (let i = event.resultIndex; i < event.results.length; i++) {
        const result = event.results[i];
        if (!result) continue;
        if (result.isFinal) onTextRef.current(result[0].transcript.trim());
        else pending += result[0].transcript;
      }
      setInterim(pending);
    };
    instance.onerror = (event) => setError(ERRORS[event.error] ?? "Speech recognition stopped. Type your answer instead.");
    instance.onend = () => {
      setListening(false);
      setInterim("");
    };
    setError(null);
    recognition.current = instance;
    instance.start();
    setListening(true);
  }, []);

  const stop = useCallback(() => recognition.current?.stop(), []);

  return { supported, listening, interim, error, start, stop };
}
