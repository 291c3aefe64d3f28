-- AlterTable
ALTER TABLE "interview" ADD COLUMN     "company_slug" VARCHAR(64),
ADD COLUMN     "level" "ExperienceLevel";

-- AlterTable
ALTER TABLE "dsa_practice_session" ADD COLUMN     "rating" INTEGER;

-- CreateTable
CREATE TABLE "interview_question" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "interview_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "type" "QuestionType",
    "notes" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "interview_question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dsa_review_card" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "problem_slug" VARCHAR(100) NOT NULL,
    "due" TIMESTAMP(3) NOT NULL,
    "stability" DOUBLE PRECISION NOT NULL,
    "difficulty" DOUBLE PRECISION NOT NULL,
    "elapsed_days" INTEGER NOT NULL,
    "scheduled_days" INTEGER NOT NULL,
    "learning_steps" INTEGER NOT NULL,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "last_review" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "dsa_review_card_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "interview_question_user_id_created_at_idx" ON "interview_question"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "interview_question_interview_id_idx" ON "interview_question"("interview_id");

-- CreateIndex
CREATE INDEX "dsa_review_card_user_id_due_idx" ON "dsa_review_card"("user_id", "due");

-- CreateIndex
CREATE UNIQUE INDEX "dsa_review_card_user_id_problem_slug_key" ON "dsa_review_card"("user_id", "problem_slug");

-- CreateIndex
CREATE UNIQUE INDEX "company_prep_session_user_id_company_slug_prep_type_key" ON "company_prep_session"("user_id", "company_slug", "prep_type");

-- AddForeignKey
ALTER TABLE "interview" ADD CONSTRAINT "interview_company_slug_fkey" FOREIGN KEY ("company_slug") REFERENCES "company_profile"("slug") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interview_question" ADD CONSTRAINT "interview_question_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interview_question" ADD CONSTRAINT "interview_question_interview_id_fkey" FOREIGN KEY ("interview_id") REFERENCES "interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dsa_review_card" ADD CONSTRAINT "dsa_review_card_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dsa_review_card" ADD CONSTRAINT "dsa_review_card_problem_slug_fkey" FOREIGN KEY ("problem_slug") REFERENCES "dsa_problem"("slug") ON DELETE CASCADE ON UPDATE CASCADE;

