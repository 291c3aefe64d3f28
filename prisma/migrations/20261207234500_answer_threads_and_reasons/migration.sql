-- Follow-up questions are answers that point to their parent answer, and a
-- question chosen from a job description or resume says why.
ALTER TABLE "session_answer" ADD COLUMN "parent_id" TEXT;
ALTER TABLE "session_answer" ADD COLUMN "follow_up_target" VARCHAR(20);
ALTER TABLE "session_answer" ADD COLUMN "reason" VARCHAR(300);

CREATE INDEX "session_answer_parent_id_idx" ON "session_answer"("parent_id");

ALTER TABLE "session_answer" ADD CONSTRAINT "session_answer_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "session_answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "session_answer" ADD CONSTRAINT "session_answer_follow_up_target_check" CHECK ("follow_up_target" IS NULL OR "follow_up_target" IN ('result', 'ownership', 'example', 'claim', 'off-topic'));
