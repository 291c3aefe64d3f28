"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { submitSpeaking } from "@/lib/english/actions";
import { idle } from "@/lib/actions/state";
import {
  LONG_PAUSE_SECONDS,
  SpeakingSubmissionSchema,
  type SpeakingSubmission,
  type SpeakingSubmissionInput,
} from "@/lib/english/schema";
import type { SpeakingDrill as Drill } from "@/lib/english/speaking-drills";
import { FormAlert } from "@/components/ui/form-alert";
import { useSpeechInput } from "@/components/ai-interview/use-speech-input";
import { usePauseTracker } from "@/components/english/use-pause-tracker";

const seconds = (ms: number) => Math.max(0, Math.round(ms / 1000));

/**
 * Read the passage or answer the prompt aloud. With browser speech recognition the transcript,
 * the duration and the pauses are measured here; without it (or by choice) the user types what
 * they said and how long it took, and pauses are reported as not measured.
 */
export function SpeakingDrillForm({ drill, focus }: { drill: Drill; focus: string[] }) {
  const [message, setMessage] = useState<string | null>(null);
  const [timerStart, setTimerStart] = useState<number | null>(null);
  const pauses = usePauseTracker();
  const {
    register,
    handleSubmit,
    setValue,
    getValues,
    control,
    formState: { errors, isSubmitting },
  } = useForm<SpeakingSubmissionInput, unknown, SpeakingSubmission>({
    resolver: zodResolver(SpeakingSubmissionSchema),
    defaultValues: { drillId: drill.id, input: "typed", transcript: "", durationSeconds: "" },
  });
  const input = useWatch({ control, name: "input" });

  const onPhrase = useCallback(
    (phrase: string) => {
      pauses.mark();
      const current = getValues("transcript") ?? "";
      setValue("transcript", current.trim() ? `${current.trimEnd()} ${phrase}` : phrase);
    },
    [getValues, setValue, pauses],
  );
  const speech = useSpeechInput(onPhrase);
  const listenStart = useRef(0);
  const wasListening = useRef(false);

  useEffect(() => {
    if (speech.interim) pauses.mark();
  }, [speech.interim, pauses]);
  useEffect(() => {
    // When recognition ends (stopped by the user or by the browser), its duration is known.
    if (wasListening.current && !speech.listening)
      setValue("durationSeconds", seconds(Date.now() - listenStart.current));
    wasListening.current = speech.listening;
  }, [speech.listening, setValue]);

  function startSpeaking() {
    setValue("input", "speech");
    setValue("transcript", "");
    pauses.reset();
    listenStart.current = Date.now();
    speech.start();
  }

  async function onSubmit(values: SpeakingSubmission) {
    setMessage(null);
    speech.stop();
    const state = await submitSpeaking(idle, {
      ...values,
      ...(values.input === "speech" ? { pauseGaps: pauses.gaps() } : {}),
    });
    if (state.status === "error") setMessage(state.message);
  }

  const fieldError = (name: "transcript" | "durationSeconds") =>
    errors[name] ? (
      <div id={`${name}-error`} className="invalid-feedback d-block">
        {errors[name]?.message}
      </div>
    ) : null;
  const described = (name: "transcript" | "durationSeconds", help: string) =>
    ({
      "aria-invalid": errors[name] ? true : undefined,
      "aria-describedby": `${help}${errors[name] ? ` ${name}-error` : ""}`,
    }) as const;

  return (
    <form onSubmit={(event) => void handleSubmit(onSubmit)(event)} noValidate aria-label="Speaking drill">
      <FormAlert kind="error" message={message} />
      {focus.length > 0 ? (
        <p className="alert alert-info py-2" data-testid="speaking-focus">
          Watch for the words you use most in your answers: {focus.map((term) => `“${term}”`).join(", ")}.
        </p>
      ) : null}

      <div className="d-flex flex-wrap align-items-center gap-2 mb-3">
        {speech.supported ? (
          <button
            type="button"
            className={`btn ${speech.listening ? "btn-danger" : "btn-outline-primary"}`}
            onClick={speech.listening ? speech.stop : startSpeaking}
            aria-pressed={speech.listening}
            disabled={isSubmitting}
          >
            {speech.listening ? "Stop speaking" : "Start speaking"}
          </button>
        ) : (
          <span className="small text-body-secondary" data-testid="speech-unavailable">
            Speech recognition is not available in this browser, so pauses cannot be measured. Speak aloud, then type
            what you said and how long it took.
          </span>
        )}
        {speech.listening ? (
          <span className="small" aria-live="polite">
            Listening… {speech.interim ? `“${speech.interim}”` : ""}
          </span>
        ) : null}
      </div>
      {speech.error ? <div className="alert alert-warning py-2 small">{speech.error}</div> : null}

      <input type="hidden" {...register("drillId")} />
      <input type="hidden" {...register("input")} />
      <label htmlFor="transcript" className="form-label">
        {input === "speech" ? "What we heard (you can correct it)" : "What you said"}
      </label>
      <textarea
        id="transcript"
        rows={6}
        className={`form-control${errors.transcript ? " is-invalid" : ""}`}
        {...described("transcript", "transcript-help")}
        {...register("transcript")}
      />
      {fieldError("transcript")}
      <div id="transcript-help" className="form-text">
        {input === "speech"
          ? `Measured from speech: pace, fillers, hedges and pauses over ${LONG_PAUSE_SECONDS} seconds.`
          : "Typed: pace uses the seconds below; pauses are not measured."}
      </div>

      <div className="row g-2 align-items-end mt-2">
        <div className="col-sm-5 col-md-4">
          <label htmlFor="durationSeconds" className="form-label">
            Seconds you spoke
          </label>
          <input
            id="durationSeconds"
            type="number"
            min={5}
            max={1800}
            inputMode="numeric"
            className={`form-control${errors.durationSeconds ? " is-invalid" : ""}`}
            {...described("durationSeconds", "duration-help")}
            {...register("durationSeconds")}
          />
        </div>
        <div className="col-auto">
          {input === "typed" ? (
            <button
              type="button"
              className="btn btn-outline-secondary"
              onClick={() => {
                if (timerStart === null) setTimerStart(Date.now());
                else {
                  setValue("durationSeconds", seconds(Date.now() - timerStart));
                  setTimerStart(null);
                }
              }}
            >
              {timerStart === null ? "Start timer" : "Stop timer"}
            </button>
          ) : null}
        </div>
      </div>
      {fieldError("durationSeconds")}
      <div id="duration-help" className="form-text mb-3">
        {input === "speech"
          ? "Filled in when you stop speaking."
          : "Time yourself with the timer, or enter the seconds."}
        {drill.targetSeconds ? ` A good answer takes about ${drill.targetSeconds} seconds.` : ""}
      </div>

      <button type="submit" className="btn btn-primary" disabled={isSubmitting || speech.listening}>
        {isSubmitting ? "Analysing…" : "Analyse my speaking"}
      </button>
    </form>
  );
}
