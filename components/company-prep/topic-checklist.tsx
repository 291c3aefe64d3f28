import type { PrepType } from "@/lib/company-prep/schema";

type Props = {
  type: PrepType;
  label: string;
  topics: string[];
  checked: string[];
  onToggle: (type: PrepType, topic: string, checked: boolean) => void;
};

/** One prep type's topics as native checkboxes, so Space toggles and each has a label. */
export function TopicChecklist({ type, label, topics, checked, onToggle }: Props) {
  if (topics.length === 0) return <p className="small text-body-secondary mt-3 mb-0">No topics listed for this part.</p>;
  return (
    <fieldset className="mt-3">
      <legend className="visually-hidden">{label} topics</legend>
      {topics.map((topic, index) => {
        const id = `topic-${type}-${index}`;
        return (
          <div key={topic} className="form-check mb-1">
            <input
              id={id}
              type="checkbox"
              className="form-check-input"
              checked={checked.includes(topic)}
              onChange={(event) => onToggle(type, topic, event.currentTarget.checked)}
            />
            <label htmlFor={id} className="form-check-label">
              {topic}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
