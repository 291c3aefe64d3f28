"use client";
import { Controller } from "react-hook-form";
import { createRoadmapAction } from "@/lib/roadmap/actions";
import { RoadmapFormSchema, splitSkills } from "@/lib/roadmap/schema";
import { idle } from "@/lib/actions/state";
import type { Source } from "@/lib/ai/schema";
import { describedBy, Field, FieldFrame } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { SkillTags } from "@/components/roadmap/skill-tags";

type Props = {
  roles: { slug: string; title: string }[];
  engine: Source;
};

export function RoadmapForm({ roles, engine }: Props) {
  const {
    register,
    control,
    onSubmit,
    alert,
    pending,
    formState: { errors },
  } = useActionForm({
    schema: RoadmapFormSchema,
    defaultValues: { currentRole: "", targetRole: "", skills: [], experienceYears: 0 },
    // On success the action redirects to the new roadmap; only failures return here.
    action: (values) => createRoadmapAction(idle, values),
  });
  const skillsHint = "Press Enter or type a comma after each skill. Skills you have shorten the plan.";

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Build a career roadmap">
      <FormAlert {...alert} />
      <datalist id="roadmap-roles">
        {roles.map((role) => (
          <option key={role.slug} value={role.title} />
        ))}
      </datalist>
      <div className="row g-3">
        <Field
          id="currentRole"
          label="Current role"
          list="roadmap-roles"
          wrapperClassName="col-md-6"
          placeholder="e.g. Support engineer, Student"
          error={errors.currentRole?.message}
          {...register("currentRole")}
        />
        <Field
          id="targetRole"
          label="Target role"
          list="roadmap-roles"
          wrapperClassName="col-md-6"
          placeholder="Choose from the list or type a job title"
          hint={`Any job title works; we match it to the closest of our ${roles.length} curated roadmaps.`}
          error={errors.targetRole?.message}
          {...register("targetRole")}
        />
        <FieldFrame
          id="skills"
          label="Skills you already have"
          wrapperClassName="col-md-8"
          hint={skillsHint}
          error={errors.skills?.message}
        >
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
                describedBy={describedBy("skills", skillsHint, errors.skills?.message) ?? ""}
              />
            )}
          />
        </FieldFrame>
        <Field
          id="experienceYears"
          label="Years of work experience"
          type="number"
          inputMode="numeric"
          min={0}
          max={50}
          wrapperClassName="col-md-4"
          error={errors.experienceYears?.message}
          {...register("experienceYears")}
        />
      </div>
      <div className="d-flex flex-wrap align-items-center gap-3 mt-4">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? "Queuing your roadmap…" : "Build my roadmap"}
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
