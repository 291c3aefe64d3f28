"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { submitSpeaking } from "@/lib/english/actions";
import { idle } from "@/lib/actions/state";
import { LONG_PAUSE_SECONDS, SpeakingSubmissionSchema } from "@/lib/english/schema";
import type { SpeakingDrill as Drill } from "@/lib/english/speaking-drills";
import { TextareaField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { useSpeechInput } from "@/components/ai-interview/use-speech-input";
import { usePauseTracker } from "@/components/english/use-pause-tracker";

const seconds = (ms: number) => Math.max(0, Math.round(ms / 1000));

/**
 * Read the passage or answer the prompt aloud. With browser speech recognition the transcript,
 * the duration and the pauses are measured here; without it (or by choice) the user types what
 * they said and how long it took, and pauses are reported as not measured.
 */
export function SpeakingDrillForm({ drill, focus }: { drill: Drill; focus: string[] }) {
  const [timerStart, setTimerStart] = useState<number | null>(null);
  const pauses = usePauseTracker();
  const {
    register,
    setValue,
    getValues,
    control,
    onSubmit,
    alert,
    pending,
    formState: { errors },
  } = useActionForm({
    schema: SpeakingSubmissionSchema,
    defaultValues: { drillId: drill.id, input: "typed", transcript: "", durationSeconds: "" },
    action: (values) =>
      submitSpeaking(idle, { ...values, ...(values.input === "speech" ? { pauseGaps: pauses.gaps() } : {}) }),
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
    <form
      onSubmit={(event) => {
        // Submitting ends listening, so the transcript sent is the one on screen.
        speech.stop();
        void onSubmit(event);
      }}
      noValidate
      aria-label="Speaking drill"
    >
      <FormAlert {...alert} />
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
            disabled={pending}
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
      <TextareaField
        id="transcript"
        label={input === "speech" ? "What we heard (you can correct it)" : "What you said"}
        rows={6}
        wrapperClassName=""
        hint={
          input === "speech"
            ? `Measured from speech: pace, fillers, hedges and pauses over ${LONG_PAUSE_SECONDS} seconds.`
            : "Typed: pace uses the seconds below; pauses are not measured."
        }
        error={errors.transcript?.message}
        {...register("transcript")}
      />

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

      <button type="submit" className="btn btn-primary" disabled={pending || speech.listening}>
        {pending ? "Analysing…" : "Analyse my speaking"}
      </button>
    </form>
  );
}
