import { QUESTION_TYPE_LABELS } from "@/lib/interviews/schema";
import type { InterviewDetail } from "@/lib/interviews/queries";
import { DeleteQuestionButton } from "@/components/interviews/delete-buttons";

/** The questions logged from one interview. */
export function AskedQuestions({ questions }: { questions: InterviewDetail["askedQuestions"] }) {
  if (questions.length === 0) {
    return (
      <p className="text-body-secondary">
        No questions logged yet. Add the ones you remember below while they are fresh.
      </p>
    );
  }
  return (
    <ol className="list-group list-group-numbered mb-3" aria-label="Questions you were asked">
      {questions.map((question) => (
        <li
          key={question.id}
          className="list-group-item d-flex flex-wrap justify-content-between align-items-start gap-2"
        >
          <div className="ms-2 me-auto text-break" style={{ minWidth: 0, flex: "1 1 14rem" }}>
            <div>{question.text}</div>
            <div className="small text-body-secondary">
              {question.type ? QUESTION_TYPE_LABELS[question.type] : "Type not set"}
              {question.notes ? ` · ${question.notes}` : ""}
            </div>
          </div>
          <DeleteQuestionButton id={question.id} text={question.text} />
        </li>
      ))}
    </ol>
  );
}
