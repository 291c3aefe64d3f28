"use client";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { GrammarReportSchema, GrammarRequestSchema, MAX_CHECK_CHARS, type GrammarReport } from "@/lib/english/schema";
import { categoryLabel } from "@/lib/english/labels";
import { TextareaField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { HighlightedText } from "@/components/english/highlighted-text";
import { TextStatsList } from "@/components/english/text-stats";

type Input = z.input<typeof GrammarRequestSchema>;
type Output = z.output<typeof GrammarRequestSchema>;
type Checked = { text: string; report: GrammarReport };

const show = (value: string) => (value === "" ? "(remove it)" : `“${value}”`);

/** Paste text, check it with harper through the JSON API, see problems marked and fix them in place. */
export function GrammarChecker() {
  const [checked, setChecked] = useState<Checked | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({ resolver: zodResolver(GrammarRequestSchema), defaultValues: { text: "" } });
  const text = useWatch({ control, name: "text" }) ?? "";
  const stale = checked !== null && checked.text !== text;

  async function check({ text: toCheck }: Output) {
    setMessage(null);
    try {
      const response = await fetch("/api/english/grammar", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: toCheck }),
      });
      const body: unknown = await response.json();
      if (!response.ok) {
        const error = body as { error?: string; fieldErrors?: Record<string, string[]> };
        const fieldError = error.fieldErrors?.text?.[0];
        if (fieldError) setError("text", { message: fieldError });
        else setMessage(error.error ?? "The check failed. Please try again.");
        return;
      }
      setChecked({ text: toCheck, report: GrammarReportSchema.parse(body) });
    } catch {
      setMessage("We could not reach the server. Your text is still here; try again when you are back online.");
    }
  }

  async function apply(start: number, end: number, replacement: string) {
    if (!checked) return;
    const next = checked.text.slice(0, start) + replacement + checked.text.slice(end);
    setValue("text", next);
    // Through handleSubmit, so the buttons show the check is running.
    await handleSubmit(check)();
  }

  const report = checked && !stale ? checked.report : null;

  return (
    <>
      <form onSubmit={(event) => void handleSubmit(check)(event)} noValidate aria-label="Check grammar">
        <FormAlert kind="error" message={message} />
        <TextareaField
          id="text"
          label="Text to check"
          rows={8}
          wrapperClassName=""
          placeholder="Paste an answer, a cover letter or an email."
          hint={`${text.length.toLocaleString("en")} / ${MAX_CHECK_CHARS.toLocaleString("en")} characters. Checked on this server by harper; nothing is sent to an AI service.`}
          error={errors.text?.message}
          {...register("text")}
        />
        <button type="submit" className="btn btn-primary mt-3" disabled={isSubmitting}>
          {isSubmitting ? "Checking…" : "Check grammar"}
        </button>
      </form>

      {stale ? (
        <p className="alert alert-info mt-4 mb-0" role="status">
          The text changed since the last check. Check again to update the highlights.
        </p>
      ) : null}

      {report && checked ? (
        <section className="mt-4" aria-labelledby="report-heading" aria-live="polite">
          <h2 id="report-heading" className="h4">
            {report.issues.length === 0
              ? "No problems found"
              : `${report.issues.length} ${report.issues.length === 1 ? "problem" : "problems"} found`}
          </h2>
          <TextStatsList stats={report.stats} />
          <HighlightedText text={checked.text} issues={report.issues} />
          {report.issues.length > 0 ? (
            <ol className="list-group list-group-numbered mt-3" aria-label="Problems">
              {report.issues.map((issue, index) => (
                <li key={`${issue.start}-${issue.end}-${index}`} className="list-group-item" data-testid="issue">
                  <span className="badge text-bg-warning me-2">{categoryLabel(issue.category)}</span>
                  <strong>{show(checked.text.slice(issue.start, issue.end))}</strong> — {issue.message}
                  {issue.suggestions.length > 0 ? (
                    <div className="d-flex flex-wrap gap-2 mt-2">
                      {issue.suggestions.slice(0, 4).map((suggestion) => (
                        <button
                          key={suggestion}
                          type="button"
                          className="btn btn-sm btn-outline-success"
                          disabled={isSubmitting}
                          onClick={() => void apply(issue.start, issue.end, suggestion)}
                        >
                          Use {show(suggestion)}
                        </button>
                      ))}
                    </div>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
