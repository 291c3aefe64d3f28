import type { Priority, RoadmapSkill } from "@/lib/roadmap/schema";

const PRIORITY: Record<Priority, { label: string; tone: string }> = {
  high: { label: "High priority", tone: "text-bg-danger" },
  medium: { label: "Medium priority", tone: "text-bg-warning" },
  low: { label: "Low priority", tone: "text-bg-light border" },
};

/** Skills to learn (by priority) and skills the user has, side by side on wide screens. */
export function SkillsPanel({ skills, otherSkills }: { skills: RoadmapSkill[]; otherSkills: string[] }) {
  const learn = skills.filter((skill) => skill.status === "learn");
  const have = skills.filter((skill) => skill.status === "have");
  return (
    <div className="row g-3">
      <div className="col-md-6">
        <h3 className="h6">To learn ({learn.length})</h3>
        {learn.length === 0 ? (
          <p className="text-body-secondary small">Nothing left: you have every skill this role uses.</p>
        ) : (
          <ul className="list-group" aria-label="Skills to learn">
            {learn.map((skill) => (
              <li key={skill.name} className="list-group-item d-flex flex-wrap justify-content-between align-items-center gap-2">
                <span className="text-break">{skill.name}</span>
                <span className={`badge ${PRIORITY[skill.priority].tone}`}>{PRIORITY[skill.priority].label}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="col-md-6">
        <h3 className="h6">You have ({have.length})</h3>
        {have.length === 0 ? (
          <p className="text-body-secondary small">None of the skills you listed are core to this role yet; the plan covers them all.</p>
        ) : (
          <ul className="list-group" aria-label="Skills you have">
            {have.map((skill) => (
              <li key={skill.name} className="list-group-item">
                <span aria-hidden="true">✓ </span>
                {skill.name}
              </li>
            ))}
          </ul>
        )}
        {otherSkills.length > 0 ? (
          <p className="small text-body-secondary mt-2 mb-0">Other strengths you listed: {otherSkills.join(", ")}.</p>
        ) : null}
      </div>
    </div>
  );
}
