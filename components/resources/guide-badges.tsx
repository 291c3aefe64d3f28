import { levelLabel, topicLabel } from "@/lib/resources/schema";

const LEVEL_TONE: Record<string, string> = { beginner: "success", intermediate: "warning", advanced: "danger" };

/** Topic, level and reading time, in words (colour is only a second cue). */
export function GuideBadges({ topic, level, readingMinutes }: { topic: string; level: string; readingMinutes: number }) {
  return (
    <span className="d-inline-flex flex-wrap align-items-center gap-1 small">
      <span className="badge text-bg-secondary">{topicLabel(topic)}</span>
      <span className={`badge text-bg-${LEVEL_TONE[level] ?? "light"}`}>{levelLabel(level)}</span>
      <span className="text-body-secondary">{readingMinutes} min read</span>
    </span>
  );
}
