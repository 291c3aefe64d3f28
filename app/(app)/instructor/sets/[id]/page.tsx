import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { browseBank, getMySet } from "@/lib/cohorts/queries";
import { BankFilterSchema, MAX_SET_QUESTIONS } from "@/lib/cohorts/schema";
import { ROLES } from "@/lib/questions/schema";
import { ROLE_LABELS } from "@/lib/ai/local/roles";
import { Field, SelectField } from "@/components/ui/field";
import { BankPicker } from "@/components/cohorts/bank-picker";
import { OwnQuestionForm, RemoveItemButton } from "@/components/cohorts/set-forms";
import { DIFFICULTY_LABELS, QUESTION_TYPE_LABELS } from "@/components/cohorts/labels";

export const metadata: Metadata = { title: "Question set" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QuestionSetPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/instructor/sets/${id}`);
  // Another instructor's set, or any set for a student, is simply not found.
  const set = user.role === "instructor" ? await getMySet(user.id, id) : null;
  if (!set) notFound();
  const raw = await searchParams;
  const filter = BankFilterSchema.parse({
    role: typeof raw.role === "string" && raw.role !== "" ? raw.role : undefined,
    type: typeof raw.type === "string" && raw.type !== "" ? raw.type : undefined,
    difficulty: typeof raw.difficulty === "string" && raw.difficulty !== "" ? raw.difficulty : undefined,
    q: typeof raw.q === "string" && raw.q !== "" ? raw.q : undefined,
  });
  const bank = await browseBank(filter);
  const inSet = new Set(set.items.map((item) => item.questionId));
  const full = set.items.length >= MAX_SET_QUESTIONS;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link href="/instructor/sets">← All sets</Link>
      </nav>
      <h1 className="h2 mb-1">{set.name}</h1>
      {set.description ? <p className="mb-2">{set.description}</p> : null}
      <p className="small text-body-secondary mb-4">
        Students are told before they start that you will see the sessions they run from this set; their other sessions stay private.
      </p>

      <section aria-labelledby="items-heading" className="mb-4">
        <h2 id="items-heading" className="h4">
          Questions ({set.items.length}/{MAX_SET_QUESTIONS})
        </h2>
        {set.items.length === 0 ? (
          <p className="text-body-secondary">No questions yet: pick some from the bank below or write your own.</p>
        ) : (
          <ol className="list-group list-group-numbered">
            {set.items.map((item, index) => (
              <li key={item.id} className="list-group-item">
                <div className="d-flex justify-content-between gap-2">
                  <span>{item.text}</span>
                  <RemoveItemButton setId={set.id} itemId={item.id} position={index + 1} />
                </div>
                <div className="small text-body-secondary">
                  {QUESTION_TYPE_LABELS[item.type]} · {DIFFICULTY_LABELS[item.difficulty]} · {item.questionId ? "from the bank" : "your own"}
                </div>
                {item.talkingPoints.length > 0 ? (
                  <ul className="small mb-0">
                    {item.talkingPoints.map((point) => (
                      <li key={point}>{point}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      {full ? (
        <p className="alert alert-info">This set is full. Remove a question to add another.</p>
      ) : (
        <>
          <OwnQuestionForm setId={set.id} />
          <section aria-labelledby="bank-heading" className="card card-body mb-4">
            <h2 id="bank-heading" className="h5">
              Pick from the bank
            </h2>
            <form method="get" role="search" aria-label="Search the bank" className="row g-2 align-items-end mb-3">
              <SelectField id="bank-role" name="role" label="Role" defaultValue={filter.role ?? ""} wrapperClassName="col-sm-6 col-lg-3">
                <option value="">Any role</option>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_LABELS[role]}
                  </option>
                ))}
              </SelectField>
              <SelectField id="bank-type" name="type" label="Type" defaultValue={filter.type ?? ""} wrapperClassName="col-sm-6 col-lg-2">
                <option value="">Any type</option>
                {Object.entries(QUESTION_TYPE_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </SelectField>
              <SelectField id="bank-difficulty" name="difficulty" label="Difficulty" defaultValue={filter.difficulty ?? ""} wrapperClassName="col-sm-6 col-lg-2">
                <option value="">Any</option>
                {Object.entries(DIFFICULTY_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </SelectField>
              <Field id="bank-q" name="q" type="search" label="Text" defaultValue={filter.q ?? ""} maxLength={100} wrapperClassName="col-sm-6 col-lg-3" />
              <div className="col-lg-2">
                <button type="submit" className="btn btn-outline-primary w-100">
                  Search
                </button>
              </div>
            </form>
            <p className="small text-body-secondary" role="status">
              {bank.total} question{bank.total === 1 ? "" : "s"} match{bank.total === 1 ? "es" : ""}
              {bank.total > bank.questions.length ? `; the first ${bank.questions.length} are shown` : ""}.
            </p>
            <BankPicker
              setId={set.id}
              questions={bank.questions.map((q) => ({
                id: q.id,
                text: q.text,
                detail: `${ROLE_LABELS[q.role as keyof typeof ROLE_LABELS] ?? q.role}, ${QUESTION_TYPE_LABELS[q.type]}, ${DIFFICULTY_LABELS[q.difficulty]}`,
                inSet: inSet.has(q.id),
              }))}
            />
          </section>
        </>
      )}
    </>
  );
}
