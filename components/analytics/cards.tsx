import Link from "next/link";
import {
  DIFFICULTY_LABEL,
  PRACTICE_SCORE_MEANING,
  PRACTICE_TYPE_LABELS,
  QUESTION_TYPE_LABEL,
  SKILL_LABELS,
  SKILL_MEANING,
  STATUS_LABEL,
  type AnalyticsData,
} from "@/lib/analytics/types";
import { ChartCard, DataTable } from "@/components/analytics/chart-card";
import { formatBucket, formatDay, plural, scoreSeries } from "@/components/analytics/format";
import {
  ActivityHeatmapChart,
  DsaDifficultyChart,
  PipelineChart,
  PresenceChart,
  QuestionTypeChart,
  ScoreOverTimeChart,
  SkillsRadarChart,
} from "@/components/analytics/lazy-charts";

// Each card: summary sentence, lazily loaded chart, table alternative, empty state.
// Server-renderable and fetch-free: they only format the data they are given.

type Card<K extends keyof AnalyticsData> = { data: Pick<AnalyticsData, K>; readOnly?: boolean };

const score100 = (value: number | null) => (value === null ? "–" : `${value}/100`);

/** A call to action in an empty state; hidden when someone else's data is shown. */
function Cta({ readOnly, children }: { readOnly?: boolean; children: React.ReactNode }) {
  return readOnly ? null : <> {children}</>;
}

export function ScoreOverTimeCard({ data, readOnly }: Card<"scoreOverTime" | "range" | "byType">) {
  const { buckets, series } = scoreSeries(data);
  const scored = data.byType.filter((t) => t.average !== null);
  const summary = scored
    .map((t) => `${PRACTICE_TYPE_LABELS[t.type]} ${t.average}/100 (${t.scored} scored)`)
    .join(" · ");
  return (
    <ChartCard
      id="score-over-time"
      title="Score over time"
      summary={summary ? `Average in this range: ${summary}.` : null}
      empty={
        buckets.length === 0 ? (
          <>
            No scored practice in this range.
            <Cta readOnly={readOnly}>
              Try an <Link href="/ai-interview">AI mock interview</Link> or an{" "}
              <Link href="/english">English session</Link>.
            </Cta>
          </>
        ) : null
      }
      chart={
        <ScoreOverTimeChart
          data={{ scoreOverTime: data.scoreOverTime, range: data.range }}
          label={`Score over time. ${summary}`}
        />
      }
      note={`Scores on one 0–100 scale: ${series.map((s) => `${PRACTICE_TYPE_LABELS[s.type]} = ${PRACTICE_SCORE_MEANING[s.type]}`).join("; ")}.`}
      table={
        <DataTable
          caption="Score over time (0–100)"
          head={[
            data.range.bucket === "day" ? "Day" : data.range.bucket === "week" ? "Week" : "Month",
            ...series.map((s) => PRACTICE_TYPE_LABELS[s.type]),
          ]}
          rows={buckets.map((bucket, index) => [
            formatBucket(bucket, data.range.bucket),
            ...series.map((s) => s.values[index] ?? "–"),
          ])}
        />
      }
    />
  );
}

export function ActivityCard({ data, readOnly, height = 180 }: Card<"activity" | "range"> & { height?: number }) {
  const { days, currentStreak, longestStreak } = data.activity;
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const summary = `Current streak: ${plural(currentStreak, "day")}. ${plural(days.length, "active day")} in this range (${plural(total, "item")} practised), longest run ${plural(longestStreak, "day")}.`;
  return (
    <ChartCard
      id="activity"
      title="Practice days"
      summary={summary}
      height={height}
      empty={
        days.length === 0 ? (
          <>
            No practice in this range{currentStreak > 0 ? ` (current streak: ${plural(currentStreak, "day")})` : ""}.
            <Cta readOnly={readOnly}>
              Practise today to start a streak: <Link href="/dsa">a DSA review</Link> counts.
            </Cta>
          </>
        ) : null
      }
      chart={
        <ActivityHeatmapChart
          data={{ activity: data.activity, range: data.range }}
          label={`Practice days heatmap. ${summary}`}
        />
      }
      note={`Days are counted in the ${data.range.timeZone} time zone. Stronger green: more practice that day.`}
      table={
        <DataTable
          caption="Practice per day"
          head={["Day", "Items practised"]}
          rows={days.map((d) => [formatDay(d.day), d.count])}
        />
      }
    />
  );
}

export function QuestionTypeCard({ data, readOnly }: Card<"byQuestionType">) {
  const sorted = [...data.byQuestionType].sort((a, b) => b.average - a.average);
  const best = sorted[0];
  const worst = sorted.at(-1);
  const summary =
    best && worst && sorted.length > 1
      ? `Strongest: ${QUESTION_TYPE_LABEL[best.questionType]} ${best.average}/10; weakest: ${QUESTION_TYPE_LABEL[worst.questionType]} ${worst.average}/10.`
      : best
        ? `${QUESTION_TYPE_LABEL[best.questionType]}: ${best.average}/10 over ${plural(best.count, "answer")}.`
        : "";
  return (
    <ChartCard
      id="question-type"
      title="Score by question type"
      summary={summary}
      empty={
        sorted.length === 0 ? (
          <>
            No scored interview answers in this range.
            <Cta readOnly={readOnly}>
              <Link href="/ai-interview">Start a mock interview</Link>.
            </Cta>
          </>
        ) : null
      }
      chart={
        <QuestionTypeChart
          data={{ byQuestionType: data.byQuestionType }}
          label={`Average score by question type. ${summary}`}
        />
      }
      note="Mock and video interview answers, scored 1–10."
      table={
        <DataTable
          caption="Average score by question type (1–10)"
          head={["Question type", "Average", "Answers"]}
          rows={data.byQuestionType.map((q) => [QUESTION_TYPE_LABEL[q.questionType], q.average, q.count])}
        />
      }
    />
  );
}

export function SkillsCard({ data, readOnly }: Card<"skills">) {
  const known = data.skills.filter((s): s is typeof s & { value: number } => s.value !== null);
  const sorted = [...known].sort((a, b) => b.value - a.value);
  const summary =
    sorted.length > 1
      ? `Strongest: ${SKILL_LABELS[sorted[0]!.skill]} (${sorted[0]!.value}); weakest: ${SKILL_LABELS[sorted.at(-1)!.skill]} (${sorted.at(-1)!.value}).`
      : sorted[0]
        ? `${SKILL_LABELS[sorted[0].skill]}: ${sorted[0].value}.`
        : "";
  return (
    <ChartCard
      id="skills"
      title="Answer skills"
      summary={summary}
      height={280}
      empty={
        known.length === 0 ? (
          <>
            No evaluated answers in this range.
            <Cta readOnly={readOnly}>
              Answers scored in a <Link href="/ai-interview">mock interview</Link> fill this in.
            </Cta>
          </>
        ) : null
      }
      // Skills with no measured answers are left off the radar rather than drawn as 0.
      chart={<SkillsRadarChart data={{ skills: known }} label={`Answer skills radar, 0 to 100. ${summary}`} />}
      note="Measured from each answer's text by the explainable metrics, not by AI; 0–100."
      table={
        <DataTable
          caption="Answer skills (0–100)"
          head={["Skill", "Value", "Answers", "How it is measured"]}
          rows={data.skills.map((s) => [SKILL_LABELS[s.skill], s.value ?? "–", s.answers, SKILL_MEANING[s.skill]])}
        />
      }
    />
  );
}

export function PipelineCard({ data, readOnly }: Card<"pipeline">) {
  const total = data.pipeline.reduce((sum, p) => sum + p.count, 0);
  const parts = data.pipeline
    .filter((p) => p.count > 0)
    .map((p) => `${p.count} ${STATUS_LABEL[p.status].toLowerCase()}`);
  const summary = `${plural(total, "interview")}: ${parts.join(", ")}.`;
  return (
    <ChartCard
      id="pipeline"
      title="Interview pipeline"
      summary={summary}
      empty={
        total === 0 ? (
          <>
            No interviews logged.
            <Cta readOnly={readOnly}>
              <Link href="/interviews/new">Add your next interview</Link>.
            </Cta>
          </>
        ) : null
      }
      chart={<PipelineChart data={{ pipeline: data.pipeline }} label={`Interviews by status. ${summary}`} />}
      note="All interviews, whatever the date range: the pipeline is where things stand now."
      table={
        <DataTable
          caption="Interviews by status"
          head={["Status", "Interviews"]}
          rows={data.pipeline.map((p) => [STATUS_LABEL[p.status], p.count])}
        />
      }
    />
  );
}

export function DsaCard({ data, readOnly }: Card<"dsa">) {
  const solved = data.dsa.reduce((sum, d) => sum + d.solved, 0);
  const attempted = data.dsa.reduce((sum, d) => sum + d.attempted, 0);
  const summary = `${plural(solved, "problem")} solved of ${attempted} attempted in this range.`;
  return (
    <ChartCard
      id="dsa"
      title="DSA solved by difficulty"
      summary={summary}
      empty={
        attempted === 0 ? (
          <>
            No DSA attempts in this range.
            <Cta readOnly={readOnly}>
              <Link href="/dsa/problems">Pick a problem</Link>.
            </Cta>
          </>
        ) : null
      }
      chart={
        <DsaDifficultyChart
          data={{ dsa: data.dsa }}
          label={`DSA problems attempted and solved by difficulty. ${summary}`}
        />
      }
      table={
        <DataTable
          caption="DSA problems by difficulty"
          head={["Difficulty", "Attempted", "Solved"]}
          rows={data.dsa.map((d) => [DIFFICULTY_LABEL[d.difficulty], d.attempted, d.solved])}
        />
      }
    />
  );
}

export function PresenceCard({ data, readOnly }: Card<"presence" | "range">) {
  const sessions = data.presence.reduce((sum, p) => sum + p.sessions, 0);
  const mean = (key: "posture" | "engagement") => {
    const known = data.presence.filter((p) => p[key] !== null);
    const weight = known.reduce((sum, p) => sum + p.sessions, 0);
    return weight === 0
      ? null
      : Math.round((known.reduce((sum, p) => sum + (p[key] ?? 0) * p.sessions, 0) / weight) * 10) / 10;
  };
  const summary = `Over ${plural(sessions, "video session")}: posture ${score100(mean("posture"))}, engagement ${score100(mean("engagement"))}.`;
  return (
    <ChartCard
      id="presence"
      title="Posture and engagement"
      summary={summary}
      empty={
        sessions === 0 ? (
          <>
            No posture or engagement scores in this range. They come from video interviews with the camera on.
            <Cta readOnly={readOnly}>
              <Link href="/avatar-interview">Start a video interview</Link>.
            </Cta>
          </>
        ) : null
      }
      chart={
        <PresenceChart
          data={{ presence: data.presence, range: data.range }}
          label={`Posture and engagement over time. ${summary}`}
        />
      }
      table={
        <DataTable
          caption="Posture and engagement (0–100)"
          head={[
            data.range.bucket === "day" ? "Day" : data.range.bucket === "week" ? "Week" : "Month",
            "Posture",
            "Engagement",
            "Sessions",
          ]}
          rows={data.presence.map((p) => [
            formatBucket(p.bucket, data.range.bucket),
            p.posture ?? "–",
            p.engagement ?? "–",
            p.sessions,
          ])}
        />
      }
    />
  );
}
