import type { Suggestion } from "@/lib/resume/schema";
import { SectionCard } from "@/components/ui/section-card";

const KIND_LABELS: Record<Suggestion["kind"], string> = {
  missing_must: "Missing must-have",
  missing_nice: "Nice-to-have",
  weak_verb: "Weak verb",
  no_action_verb: "Action verb",
  unquantified: "Add a number",
  section: "Section",
  formatting: "Formatting",
};

export function SuggestionList({ suggestions }: { suggestions: Suggestion[] }) {
  return (
    <SectionCard headingId="suggestions-heading" title="Suggestions">
      {suggestions.length === 0 ? (
        <p className="text-body-secondary mb-0">Nothing to fix: the resume passes every check we run.</p>
      ) : (
        <ol className="mb-0 ps-3" aria-label="Suggestions, most important first">
          {suggestions.map((suggestion, index) => (
            <li key={index} className="mb-2">
              <span className="badge text-bg-light border me-2">{KIND_LABELS[suggestion.kind]}</span>
              {suggestion.text}
            </li>
          ))}
        </ol>
      )}
    </SectionCard>
  );
}
