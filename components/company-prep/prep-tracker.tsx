"use client";
import { useState } from "react";
import { toggleTopic } from "@/lib/company-prep/actions";
import { idle } from "@/lib/actions/state";
import { overallProgress, progressOf, withTopic } from "@/lib/company-prep/progress";
import { PREP_TYPE_LABELS, type PrepType } from "@/lib/company-prep/schema";
import type { PrepTypeView } from "@/lib/company-prep/queries";
import { ProgressMeter, percentText } from "@/components/company-prep/progress-meter";
import { TopicChecklist } from "@/components/company-prep/topic-checklist";
import { NotesForm } from "@/components/company-prep/notes-form";

type Props = { slug: string; companyName: string; types: Pick<PrepTypeView, "type" | "topics" | "covered" | "notes">[] };

/**
 * The checklists of all four prep types. A change shows at once and is saved
 * in the background; if saving fails, that one topic goes back and the reason is shown.
 */
export function PrepTracker({ slug, companyName, types }: Props) {
  const [covered, setCovered] = useState<Record<PrepType, string[]>>(
    () => Object.fromEntries(types.map((t) => [t.type, t.covered])) as Record<PrepType, string[]>,
  );
  const [errors, setErrors] = useState<Partial<Record<PrepType, string>>>({});
  const [pending, setPending] = useState(0);

  const percentages = Object.fromEntries(
    types.map((t) => {
      const progress = progressOf(t.topics, covered[t.type] ?? []);
      return [t.type, progress.ok ? progress.percentage : 0];
    }),
  ) as Record<PrepType, number>;
  const overall = overallProgress(percentages);

  async function toggle(type: PrepType, topic: string, checked: boolean) {
    setErrors((current) => ({ ...current, [type]: undefined }));
    setCovered((current) => ({ ...current, [type]: withTopic(current[type] ?? [], topic, checked) }));
    setPending((count) => count + 1);
    let failure: string | null = null;
    try {
      const state = await toggleTopic(idle, { slug, prepType: type, topic, checked });
      if (state.status === "error") failure = state.fieldErrors.topic?.[0] ?? state.message;
    } catch {
      failure = "We could not reach the server.";
    }
    setPending((count) => count - 1);
    if (failure === null) return;
    // Undo only this topic, and only if no later click has changed it since.
    setCovered((current) => {
      const list = current[type] ?? [];
      return list.includes(topic) === checked ? { ...current, [type]: withTopic(list, topic, !checked) } : current;
    });
    setErrors((current) => ({
      ...current,
      [type]: `“${topic}” could not be ${checked ? "checked" : "unchecked"}: ${failure.replace(/\.$/, "")}. It is back as it was; please try again.`,
    }));
  }

  return (
    <section aria-labelledby="prep-heading">
      <div className="d-flex flex-wrap justify-content-between align-items-baseline gap-2">
        <h2 id="prep-heading" className="h4 mb-0">
          Your preparation
        </h2>
        <span className="small text-body-secondary" role="status" aria-live="polite">
          {pending > 0 ? "Saving…" : ""}
        </span>
      </div>
      <div className="card card-body my-3">
        <div className="d-flex justify-content-between align-items-baseline mb-1">
          <span className="fw-semibold">Overall progress for {companyName}</span>
          <span className="fs-5 fw-semibold" data-testid="percent-overall">
            {percentText(overall)}
          </span>
        </div>
        <ProgressMeter label="Overall progress" value={overall} />
        <p className="small text-body-secondary mb-0 mt-2">The average of the four checklists below; it moves as you check topics.</p>
      </div>

      <div className="d-grid gap-3">
        {types.map((t) => {
          const label = PREP_TYPE_LABELS[t.type];
          const checked = covered[t.type] ?? [];
          const done = t.topics.filter((topic) => checked.includes(topic)).length;
          const percentage = percentages[t.type];
          return (
            <section key={t.type} className="card" aria-labelledby={`prep-${t.type}-heading`}>
              <div className="card-body">
                <div className="d-flex justify-content-between align-items-baseline gap-2">
                  <h3 id={`prep-${t.type}-heading`} className="h5 mb-0">
                    {label}
                  </h3>
                  <span className="fw-semibold" data-testid={`percent-${t.type}`}>
                    {percentText(percentage)}
                  </span>
                </div>
                <p className="small text-body-secondary mb-2">
                  {done} of {t.topics.length} topics checked{done === t.topics.length && done > 0 ? " · complete" : ""}
                </p>
                <ProgressMeter label={`${label} progress`} value={percentage} />
                <div role="alert" aria-live="assertive">
                  {errors[t.type] ? <div className="alert alert-danger small mt-3 mb-0">{errors[t.type]}</div> : null}
                </div>
                <TopicChecklist type={t.type} label={label} topics={t.topics} checked={checked} onToggle={toggle} />
                <NotesForm slug={slug} prepType={t.type} label={label} notes={t.notes} />
              </div>
            </section>
          );
        })}
      </div>
    </section>
  );
}
