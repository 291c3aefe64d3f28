"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { addBankQuestionsAction } from "@/lib/cohorts/actions";
import { idle } from "@/lib/actions/state";
import { CheckField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

type Props = {
  setId: string;
  questions: { id: string; text: string; detail: string; inSet: boolean }[];
};

/** Ticks bank questions found by the filters above and copies them into the set. */
export function BankPicker({ setId, questions }: Props) {
  const router = useRouter();
  const [chosen, setChosen] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const [alert, setAlert] = useState<{ kind: "error" | "success"; message: string } | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setAlert(null);
    try {
      const state = await addBankQuestionsAction(idle, { setId, questionIds: chosen });
      if (state.status === "error") setAlert({ kind: "error", message: state.fieldErrors.questionIds?.[0] ?? state.message });
      else {
        setChosen([]);
        setAlert({ kind: "success", message: "Added to the set." });
        router.refresh();
      }
    } catch {
      setAlert({ kind: "error", message: "We could not reach the server. Nothing was added; try again." });
    } finally {
      setPending(false);
    }
  }

  if (questions.length === 0) return <p className="text-body-secondary">No bank question matches those filters.</p>;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Pick from the bank">
      <FormAlert kind={alert?.kind ?? "error"} message={alert?.message} />
      <ul className="list-group mb-3">
        {questions.map((question) => (
          <li key={question.id} className="list-group-item">
            <CheckField
              id={`bank-${question.id}`}
              label={
                <>
                  {question.text} <span className="text-body-secondary small">({question.detail}{question.inSet ? ", already in the set" : ""})</span>
                </>
              }
              disabled={question.inSet}
              checked={chosen.includes(question.id)}
              onChange={(event) =>
                setChosen((current) => (event.target.checked ? [...current, question.id] : current.filter((id) => id !== question.id)))
              }
            />
          </li>
        ))}
      </ul>
      <button type="submit" className="btn btn-primary" disabled={pending || chosen.length === 0}>
        Add {chosen.length || ""} to the set
      </button>
    </form>
  );
}
