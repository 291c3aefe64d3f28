"use client";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { createRoadmapAction } from "@/lib/roadmap/actions";
import { RoadmapFormSchema, splitSkills, type RoadmapFormInput } from "@/lib/roadmap/schema";
import { idle } from "@/lib/actions/state";
import type { Source } from "@/lib/ai/schema";
import { FormAlert } from "@/components/ui/form-alert";
import { SkillTags } from "@/components/roadmap/skill-tags";

type Props = {
  roles: { slug: string; title: string }[];
  engine: Source;
};

export function RoadmapForm({ roles, engine }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RoadmapFormInput, unknown, z.output<typeof RoadmapFormSchema>>({
    resolver: zodResolver(RoadmapFormSchema),
    defaultValues: { currentRole: "", targetRole: "", skills: [], experienceYears: 0 },
  });

  async function onSubmit(values: z.output<typeof RoadmapFormSchema>) {
    setMessage(null);
    // On success the action redirects to the new roadmap; only failures return here.
    const state = await createRoadmapAction(idle, values);
    if (state.status === "error") {
      for (const [field, messages] of Object.entries(state.fieldErrors)) {
        if (field in RoadmapFormSchema.shape) setError(field as keyof RoadmapFormInput, { message: messages[0] });
      }
      setMessage(state.message);
    }
  }

  const invalid = (name: keyof RoadmapFormInput, hint?: string) => ({
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": [hint, errors[name] ? `${name}-error` : null].filter(Boolean).join(" ") || undefined,
  });
  const errorText = (name: keyof RoadmapFormInput) =>
    errors[name] ? (
      <div id={`${name}-error`} className="invalid-feedback d-block">
        {errors[name]?.message}
      </div>
    ) : null;

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-label="Build a career roadmap">
      <FormAlert kind="error" message={message} />
      <datalist id="roadmap-roles">
        {roles.map((role) => (
          <option key={role.slug} value={role.title} />
        ))}
      </datalist>
      <div className="row g-3">
        <div className="col-md-6">
          <label htmlFor="currentRole" className="form-label">
            Current role
          </label>
          <input
            id="currentRole"
            list="roadmap-roles"
            className={`form-control${errors.currentRole ? " is-invalid" : ""}`}
            placeholder="e.g. Support engineer, Student"
            {...register("currentRole")}
            {...invalid("currentRole")}
          />
          {errorText("currentRole")}
        </div>
        <div className="col-md-6">
          <label htmlFor="targetRole" className="form-label">
            Target role
          </label>
          <input
            id="targetRole"
            list="roadmap-roles"
            className={`form-control${errors.targetRole ? " is-invalid" : ""}`}
            placeholder="Choose from the list or type a job title"
            {...register("targetRole")}
            {...invalid("targetRole", "targetRole-hint")}
          />
          <div id="targetRole-hint" className="form-text">
            Any job title works; we match it to the closest of our {roles.length} curated roadmaps.
          </div>
          {errorText("targetRole")}
        </div>
        <div className="col-md-8">
          <label htmlFor="skills" className="form-label">
            Skills you already have
          </label>
          <Controller
            control={control}
            name="skills"
            render={({ field }) => (
              <SkillTags
                id="skills"
                value={splitSkills(field.value ?? [])}
                onChange={field.onChange}
                onBlur={field.onBlur}
                invalid={Boolean(errors.skills)}
                describedBy={["skills-hint", errors.skills ? "skills-error" : null].filter(Boolean).join(" ")}
              />
            )}
          />
          <div id="skills-hint" className="form-text">
            Press Enter or type a comma after each skill. Skills you have shorten the plan.
          </div>
          {errorText("skills")}
        </div>
        <div className="col-md-4">
          <label htmlFor="experienceYears" className="form-label">
            Years of work experience
          </label>
          <input
            id="experienceYears"
            type="number"
            inputMode="numeric"
            min={0}
            max={50}
            className={`form-control${errors.experienceYears ? " is-invalid" : ""}`}
            {...register("experienceYears")}
            {...invalid("experienceYears")}
          />
          {errorText("experienceYears")}
        </div>
      </div>
      <div className="d-flex flex-wrap align-items-center gap-3 mt-4">
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {isSubmitting ? "Queuing your roadmap…" : "Build my roadmap"}
        </button>
        <span className="small text-body-secondary">
          {engine !== "local"
            ? "Built from our curated role templates, then refined by AI; the template plan is kept if the AI provider is unavailable."
            : "Built from our curated role templates (no AI key configured)."}
        </span>
      </div>
    </form>
  );
}
