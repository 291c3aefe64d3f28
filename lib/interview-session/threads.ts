// A question and its follow-ups form a thread: the parent answer row, then the follow-up rows
// that point to it, in the order they were asked. Follow-ups take positions after every planned
// question (see followUpPosition), so ordering by position alone would list them last; every
// view reads the answers in thread order instead. Scores count a thread as one question: its
// score is that of its last scored row, whose evaluation read the whole thread.

export type ThreadRow = { id: string; position: number; parentId: string | null; score: number | null };

export type Thread<A extends ThreadRow> = { root: A; followUps: A[] };

/** Threads in question order; a follow-up whose parent is missing is dropped rather than shown out of place. */
export function threadsOf<A extends ThreadRow>(answers: readonly A[]): Thread<A>[] {
  const byPosition = [...answers].sort((a, b) => a.position - b.position);
  const threads = new Map<string, Thread<A>>();
  for (const answer of byPosition) if (answer.parentId === null) threads.set(answer.id, { root: answer, followUps: [] });
  for (const answer of byPosition) if (answer.parentId !== null) threads.get(answer.parentId)?.followUps.push(answer);
  return [...threads.values()];
}

/** Every row, each thread's root followed by its follow-ups, with the number of the question it belongs to. */
export function inThreadOrder<A extends ThreadRow>(answers: readonly A[]): (A & { questionNumber: number })[] {
  return threadsOf(answers).flatMap(({ root, followUps }) =>
    [root, ...followUps].map((answer) => ({ ...answer, questionNumber: root.position })),
  );
}

/** The thread's score: its last scored row's, or null while nothing in it is scored. */
export function threadScore<A extends ThreadRow>(thread: Thread<A>): number | null {
  return [thread.root, ...thread.followUps].findLast((row) => row.score !== null)?.score ?? null;
}

/**
 * Where follow-up `index` (1-based) of the question at `parentPosition` is stored: after every
 * planned question, two slots per question. The same follow-up always gets the same position,
 * so the unique (session_id, position) turns a repeated request into a no-op.
 */
export function followUpPosition(questionsPlanned: number, parentPosition: number, index: number, maxFollowUps: number): number {
  return questionsPlanned + (parentPosition - 1) * maxFollowUps + index;
}
