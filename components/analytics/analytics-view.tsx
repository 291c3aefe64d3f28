import { PRACTICE_TYPE_LABELS, type AnalyticsData, type PracticeType } from "@/lib/analytics/types";
import { formatDay, plural } from "@/components/analytics/format";
import { StatGrid } from "@/components/ui/stat-grid";
import {
  ActivityCard,
  DsaCard,
  PipelineCard,
  PresenceCard,
  QuestionTypeCard,
  ScoreOverTimeCard,
  SkillsCard,
} from "@/components/analytics/cards";

const UNIT: Record<PracticeType, [string, string]> = {
  ai_interview: ["answer", "answers"],
  avatar_interview: ["answer", "answers"],
  english: ["session", "sessions"],
  dsa: ["attempt", "attempts"],
};

/**
 * The analytics of one user, from data computed by getAnalytics: headline
 * numbers, then every chart with its text alternative. It fetches nothing, so
 * it can show someone else's analytics read-only (an instructor, a share link);
 * `readOnly` drops the calls to action that only make sense for the owner.
 */
export function AnalyticsView({ data, readOnly = false }: { data: AnalyticsData; readOnly?: boolean }) {
  const { range, activity } = data;
  return (
    <div data-testid="analytics-view">
      <p className="text-body-secondary" data-testid="analytics-range">
        {formatDay(range.from)} – {formatDay(range.to)} · {range.types.map((t) => PRACTICE_TYPE_LABELS[t]).join(", ")}
      </p>

      <StatGrid
        headingId="analytics-numbers-heading"
        heading="Headline numbers"
        stats={[
          { testId: "stat-streak", label: "Current streak", value: plural(activity.currentStreak, "day") },
          { testId: "stat-active-days", label: "Active days in range", value: String(activity.days.length) },
          ...data.byType.map((t) => ({
            testId: `stat-${t.type}`,
            label: PRACTICE_TYPE_LABELS[t.type],
            value: plural(t.count, UNIT[t.type][0], UNIT[t.type][1]),
            detail: t.average === null ? "No scores yet" : `Average ${t.average}/100`,
          })),
        ]}
      />

      <div className="row g-3">
        <div className="col-12 col-xl-8">
          <ScoreOverTimeCard data={data} readOnly={readOnly} />
        </div>
        <div className="col-12 col-md-6 col-xl-4">
          <SkillsCard data={data} readOnly={readOnly} />
        </div>
        <div className="col-12 col-md-6 col-xl-4">
          <QuestionTypeCard data={data} readOnly={readOnly} />
        </div>
        <div className="col-12 col-xl-8">
          <ActivityCard data={data} readOnly={readOnly} />
        </div>
        <div className="col-12 col-md-6 col-xl-4">
          <DsaCard data={data} readOnly={readOnly} />
        </div>
        <div className="col-12 col-md-6 col-xl-4">
          <PipelineCard data={data} readOnly={readOnly} />
        </div>
        <div className="col-12 col-xl-4">
          <PresenceCard data={data} readOnly={readOnly} />
        </div>
      </div>
    </div>
  );
}
