"use client";
import { useState, type KeyboardEvent } from "react";
import { MAX_SKILLS, splitSkills } from "@/lib/roadmap/schema";

type Props = {
  id: string;
  value: string[];
  onChange: (skills: string[]) => void;
  onBlur: () => void;
  describedBy?: string;
  invalid?: boolean;
};

/**
 * A tag list of skills: type one and press Enter or a comma, or paste a
 * comma-separated list. Text left in the box is added when focus leaves, so a
 * user who just types "React, SQL" and submits loses nothing.
 */
export function SkillTags({ id, value, onChange, onBlur, describedBy, invalid }: Props) {
  const [draft, setDraft] = useState("");

  function add(text: string) {
    const next = splitSkills([...value, text]).slice(0, MAX_SKILLS);
    if (next.length !== value.length) onChange(next);
    setDraft("");
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if ((event.key === "Enter" || event.key === ",") && draft.trim() !== "") {
      // Enter would otherwise submit the form with the skill half-typed.
      event.preventDefault();
      add(draft);
    } else if (event.key === "Backspace" && draft === "" && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  }

  return (
    <div>
      {value.length > 0 ? (
        <ul className="list-unstyled d-flex flex-wrap gap-2 mb-2" aria-label="Skills added" aria-live="polite">
          {value.map((skill) => (
            <li key={skill.toLowerCase()} className="badge text-bg-light border d-inline-flex align-items-center gap-1 fw-normal fs-6 text-wrap text-break">
              {skill}
              <button
                type="button"
                className="btn-close"
                style={{ fontSize: "0.6rem" }}
                aria-label={`Remove ${skill}`}
                onClick={() => onChange(value.filter((item) => item !== skill))}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={id}
        className={`form-control${invalid ? " is-invalid" : ""}`}
        value={draft}
        placeholder={value.length === 0 ? "e.g. JavaScript, SQL, Figma" : "Add another skill"}
        autoComplete="off"
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        onChange={(event) => {
          const text = event.target.value;
          // A comma (typed on a phone keyboard or pasted) closes the skills before it.
          if (text.includes(",")) {
            const cut = text.lastIndexOf(",");
            add(text.slice(0, cut));
            setDraft(text.slice(cut + 1).trimStart());
          } else {
            setDraft(text);
          }
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (draft.trim() !== "") add(draft);
          onBlur();
        }}
      />
    </div>
  );
}
