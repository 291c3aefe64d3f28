"use client";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { startInterview } from "@/lib/interview-session/actions";
import { DEFAULT_FOLLOW_UPS, FORMAT_LABELS, LEVEL_LABELS, MAX_QUESTIONS, SetupSchema, type SetupInput } from "@/lib/interview-session/schema";
import { idle, type ActionState } from "@/lib/actions/state";
import type { Source } from "@/lib/ai/schema";
import { FormAlert } from "@/components/ui/form-alert";
import { QuestionSourceFields } from "@/components/ai-interview/question-source-fields";

type Props = {
  companies: { slug: string; name: string }[];
  defaults?: Partial<SetupInput>;
  engine: Source;
  /** The server action that starts the session; the AI mock interview's by default (the avatar interview passes its own). */
  start?: (previous: ActionState<{ id: string }>, input: z.output<typeof SetupSchema>) => Promise<ActionState<{ id: string }>>;
  /** Whether to ask for the interview type (the avatar interview mixes types). */
  withFormat?: boolean;
  label?: string;
  /** Whether the user has an active resume to draw questions from. */
  hasResume?: boolean;
};

const ROLE_SUGGESTIONS = [
  "Frontend engineer",
  "Backend engineer",
  "Full-stack engineer",
  "Mobile engineer",
  "Data scientist",
  "Data analyst",
  "Machine learning engineer",
  "DevOps / SRE",
  "QA engineer",
  "Product manager",
  "UX designer",
  "Sales",
  "Marketing",
  "HR / recruiting",
];

export function SetupForm({ companies, defaults, engine, start = startInterview, withFormat = true, label = "Set up a mock interview", hasResume = false }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<SetupInput, unknown, z.output<typeof SetupSchema>>({
    resolver: zodResolver(SetupSchema),
    defaultValues: { role: "", level: "mid", format: "mixed", count: 3, company: "", followUps: DEFAULT_FOLLOW_UPS, questionSource: "bank", jobDescription: "", ...defaults },
  });

  async function onSubmit(values: z.output<typeof SetupSchema>) {
    setMessage(null);
    // On success the action redirects to the session; only failures return here.
    const state = await start(idle, values);
    if (state.status === "error") {
      for (const [field, messages] of Object.entries(state.fieldErrors)) {
        if (field in SetupSchema.shape) setError(field as keyof SetupInput, { message: messages[0] });
      }
      setMessage(state.message);
    }
  }

  const invalid = (name: keyof SetupInput) => (errors[name] ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {});
  const errorText = (name: keyof SetupInput) =>
    errors[name] ? (
      <div id={`${name}-error`} className="invalid-feedback d-block">
        {errors[name]?.message}
      </div>
    ) : null;

  const questionSource = useWatch({ control, name: "questionSource" }) ?? "bank";
  const jobDescription = useWatch({ control, name: "jobDescription" }) ?? "";
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label={label}>
      <FormAlert kind="error" message={message} />
      <div className="row g-3">
        <div className="col-md-6">
          <label htmlFor="role" className="form-label">
            Role
          </label>
          <input id="role" list="role-suggestions" className={`form-control${errors.role ? " is-invalid" : ""}`} placeholder="e.g. Backend engineer" {...register("role")} {...invalid("role")} />
          <datalist id="role-suggestions">
            {ROLE_SUGGESTIONS.map((role) => (
              <option key={role} value={role} />
            ))}
          </datalist>
          {errorText("role")}
        </div>
        <div className="col-md-6">
          <label htmlFor="level" className="form-label">
            Experience level
          </label>
          <select id="level" className="form-select" {...register("level")} {...invalid("level")}>
            {Object.entries(LEVEL_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          {errorText("level")}
        </div>
        <div className="col-md-6">
          <label htmlFor="company" className="form-label">
            Target company <span className="text-body-secondary">(optional)</span>
          </label>
          <select id="company" className={`form-select${errors.company ? " is-invalid" : ""}`} {...register("company")} {...invalid("company")}>
            <option value="">Any company</option>
            {companies.map((company) => (
              <option key={company.slug} value={company.slug}>
                {company.name}
              </option>
            ))}
          </select>
          {errorText("company")}
        </div>
        {withFormat ? (
          <div className="col-md-3 col-6">
            <label htmlFor="format" className="form-label">
              Interview type
            </label>
            <select id="format" className="form-select" {...register("format")} {...invalid("format")}>
              {Object.entries(FORMAT_LABELS).map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="col-md-3 col-6">
          <label htmlFor="count" className="form-label">
            Questions
          </label>
          <input id="count" type="number" min={1} max={MAX_QUESTIONS} className={`form-control${errors.count ? " is-invalid" : ""}`} {...register("count")} {...invalid("count")} />
          {errorText("count")}
        </div>
        {withFormat ? (
          <div className="col-md-3 col-6">
            <label htmlFor="followUps" className="form-label">
              Follow-ups per question
            </label>
            <select id="followUps" className="form-select" aria-describedby="followUps-help" {...register("followUps")} {...invalid("followUps")}>
              <option value="0">None</option>
              <option value="1">Up to 1</option>
              <option value="2">Up to 2</option>
            </select>
            <div id="followUps-help" className="form-text">
              Asked only where an answer leaves a gap.
            </div>
            {errorText("followUps")}
          </div>
        ) : null}
        <QuestionSourceFields register={register} errors={errors} chosen={questionSource} jobDescription={jobDescription} hasResume={hasResume} />
      </div>
      <div className="d-flex flex-wrap align-items-center gap-3 mt-4">
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {isSubmitting ? "Preparing your questions…" : "Start interview"}
        </button>
        <span className="small text-body-secondary">
          {engine !== "local"
            ? `Questions and feedback come from ${engine === "gemini" ? "Gemini" : "your OpenAI-compatible AI server"}; the local engine steps in if it is unavailable.`
            : "Questions come from our curated bank and feedback from the local evaluator (no AI key configured)."}
        </span>
      </div>
    </form>
  );
}
