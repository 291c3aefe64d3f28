// Property-based bad input to every cohort and question-set action: generated malformed inputs,
// through the real action wrapper and a real database, as an instructor and as a student. No
// call may throw, and a call that answers with an error state writes nothing.
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { signInAs, signOut } from "../support/session-mock";
import type { ActionState } from "@/lib/actions/state";

vi.hoisted(() => {
  // Budgets scaled up so inputs reach the schemas and handlers instead of stopping at the limit.
  process.env.RATE_LIMIT_SCALE = "1000";
});
vi.mock("@/lib/auth/session", () => import("../support/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect:${url}`);
  },
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

const { pool } = await import("@/lib/db");
const actions = (await import("@/lib/cohorts/actions")) as unknown as Record<string, (previous: ActionState<unknown>, input: unknown) => Promise<ActionState<unknown>>>;
const { createUser } = await import("../factories");
const { addOwnQuestion, assignSet, createCohort, createQuestionSet, joinCohort } = await import("@/lib/cohorts/service");

// Only the fuzzing users' rows, so test files running beside this one do not move the counts.
const COUNTS = {
  sets: `SELECT count(*) FROM question_set WHERE instructor_id = $1`,
  items: `SELECT count(*) FROM question_set_item i JOIN question_set s ON s.id = i.set_id WHERE s.instructor_id = $1`,
  cohorts: `SELECT count(*) FROM cohort WHERE instructor_id = $1`,
  codes: `SELECT count(DISTINCT join_code || coalesce(code_revoked_at::text, '')) FROM cohort WHERE instructor_id = $1`,
  members: `SELECT count(*) FROM cohort_member m JOIN cohort c ON c.id = m.cohort_id WHERE c.instructor_id = $1`,
  assignments: `SELECT count(*) || ':' || coalesce(string_agg(coalesce(a.due_at::text, '-'), ',' ORDER BY a.id), '') FROM cohort_assignment a JOIN cohort c ON c.id = a.cohort_id WHERE c.instructor_id = $1`,
  sessions: `SELECT count(*) FROM interview_session WHERE user_id = ANY($2)`,
  answers: `SELECT count(*) FROM session_answer WHERE user_id = ANY($2)`,
};

async function counts(teacherId: string, userIds: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, sql] of Object.entries(COUNTS)) {
    const params = sql.includes("$2") ? [teacherId, userIds] : [teacherId];
    const query = sql.includes("$2") ? sql.replace("user_id = ANY($2)", "user_id = ANY($2) AND $1::text IS NOT NULL") : sql;
    out[name] = String(Object.values((await pool().query(query, params)).rows[0] as Record<string, unknown>)[0]);
  }
  return out;
}

const injections = fc.constantFrom("' OR '1'='1", "<script>alert(1)</script>", "\u0000", "\uD800", "💥".repeat(300), "a".repeat(5_000), "../../etc/passwd", "2030-02-31", "99999-01-01");
const scalar = fc.oneof(fc.string(), injections, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 12 }), fc.dictionary(fc.string(), scalar, { maxKeys: 3 }));
const FIELDS = ["setId", "questionIds", "text", "type", "talkingPoints", "itemId", "name", "description", "cohortId", "dueDate", "code", "assignmentId"];

describe("bad input to every cohort action", () => {
  it("never throws, and a refused call writes nothing", async () => {
    const teacher = await createUser({ role: "instructor" });
    const student = await createUser();
    const set = await createQuestionSet(teacher, { name: "Fuzz set", description: "" });
    await addOwnQuestion(teacher, { setId: set.id, text: "A question to be fuzzed?", type: "technical", talkingPoints: [] });
    const cohort = await createCohort(teacher, { name: "Fuzz cohort" });
    const { rows } = await pool().query<{ join_code: string }>(`SELECT join_code FROM cohort WHERE id = $1`, [cohort.id]);
    await joinCohort(student, rows[0]!.join_code);
    const assignment = await assignSet(teacher, { cohortId: cohort.id, setId: set.id, dueDate: "" });
    // Real ids mixed in, so some junk reaches the handlers with one good field and one bad one.
    const ids = fc.constantFrom(set.id, cohort.id, assignment.id, rows[0]!.join_code);
    const input = fc.oneof(
      fc.dictionary(fc.constantFrom(...FIELDS, "__proto__", "constructor"), fc.oneof(value, ids), { maxKeys: 6 }),
      fc.anything(),
    );
    const names = Object.keys(actions).filter((name) => name.endsWith("Action"));
    expect(names.length).toBe(10);
    let refused = 0;
    for (const name of names) {
      await fc.assert(
        fc.asyncProperty(input, fc.boolean(), async (payload, asTeacher) => {
          signInAs(asTeacher ? teacher : student);
          const before = await counts(teacher.id, [teacher.id, student.id]);
          let state: ActionState<unknown> | null = null;
          try {
            state = await actions[name]!({ status: "idle" }, payload);
          } catch (error) {
            if (!(error instanceof Error && error.message.startsWith("redirect:"))) throw error;
          }
          if (state?.status === "error") {
            refused++;
            expect(await counts(teacher.id, [teacher.id, student.id]), `${name} wrote rows on a refused call`).toEqual(before);
          }
        }),
        { numRuns: 60, seed: 20261208 },
      );
    }
    signOut();
    expect(refused).toBeGreaterThan(500);
  }, 240_000);
});
