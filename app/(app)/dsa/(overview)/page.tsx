import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { getStats, listDue, nextDueAfterToday } from "@/lib/dsa/queries";
import { categoryLabel, DIFFICULTY_LABELS } from "@/lib/dsa/schema";
import { DifficultySchema } from "@/lib/questions/schema";
import { DsaTabs } from "@/components/dsa/dsa-tabs";
import { DueQueue } from "@/components/dsa/due-queue";
import { StatsTable } from "@/components/dsa/stats-tables";

export const metadata: Metadata = { title: "DSA practice" };

const difficultyLabel = (key: string) => {
  const parsed = DifficultySchema.safeParse(key);
  return parsed.success ? DIFFICULTY_LABELS[parsed.data] : key;
};

export default async function DsaPage() {
  const user = await requireUser("/dsa");
  const at = await now();
  const [due, nextDue, stats] = await Promise.all([listDue(user.id, at), nextDueAfterToday(user.id, at), getStats(user.id)]);
  const solved = stats.byDifficulty.reduce((sum, row) => sum + row.solved, 0);
  const total = stats.byDifficulty.reduce((sum, row) => sum + row.total, 0);

  return (
    <>
      <DsaTabs active="overview" />
      <section aria-labelledby="due-heading" className="mb-5">
        <h2 id="due-heading" className="h4 mb-3">
          Due today {due.length > 0 ? <span className="badge text-bg-primary align-middle">{due.length}</span> : null}
        </h2>
        <DueQueue due={due} nextDue={nextDue} at={at} />
      </section>
      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading" className="h4 mb-1">
          Progress
        </h2>
        <p className="text-body-secondary" data-testid="solved-total">
          {solved} of {total} problems solved.
        </p>
        <div className="row g-4">
          <div className="col-lg-5">
            <StatsTable caption="By difficulty" heading="Difficulty" rows={stats.byDifficulty} label={difficultyLabel} />
          </div>
          <div className="col-lg-7">
            <StatsTable caption="By category" heading="Category" rows={stats.byCategory} label={categoryLabel} />
          </div>
        </div>
      </section>
    </>
  );
}
