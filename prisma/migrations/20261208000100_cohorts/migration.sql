-- Instructor-authored question sets, cohorts that students join with a code,
-- and sets assigned to cohorts. A session run from an assignment points to it,
-- which is what lets that cohort's instructor read it (docs/decisions/033).

CREATE TABLE "question_set" (
    "id" TEXT NOT NULL,
    "instructor_id" TEXT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "description" VARCHAR(500),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "question_set_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "question_set_item" (
    "id" TEXT NOT NULL,
    "set_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "question_id" VARCHAR(64),
    "text" VARCHAR(1000) NOT NULL,
    "type" "QuestionType" NOT NULL,
    "difficulty" "Difficulty" NOT NULL DEFAULT 'medium',
    "talking_points" TEXT[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "question_set_item_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "cohort" (
    "id" TEXT NOT NULL,
    "instructor_id" TEXT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "join_code" VARCHAR(16) NOT NULL,
    "code_revoked_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cohort_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "cohort_member" (
    "id" TEXT NOT NULL,
    "cohort_id" TEXT NOT NULL,
    "student_id" TEXT NOT NULL,
    "joined_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cohort_member_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "cohort_assignment" (
    "id" TEXT NOT NULL,
    "cohort_id" TEXT NOT NULL,
    "set_id" TEXT NOT NULL,
    "due_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cohort_assignment_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "interview_session" ADD COLUMN "assignment_id" TEXT;

CREATE INDEX "question_set_instructor_id_created_at_idx" ON "question_set"("instructor_id", "created_at");
CREATE UNIQUE INDEX "question_set_item_set_id_position_key" ON "question_set_item"("set_id", "position");
CREATE UNIQUE INDEX "cohort_join_code_key" ON "cohort"("join_code");
CREATE INDEX "cohort_instructor_id_created_at_idx" ON "cohort"("instructor_id", "created_at");
CREATE UNIQUE INDEX "cohort_member_cohort_id_student_id_key" ON "cohort_member"("cohort_id", "student_id");
CREATE INDEX "cohort_member_student_id_idx" ON "cohort_member"("student_id");
CREATE UNIQUE INDEX "cohort_assignment_cohort_id_set_id_key" ON "cohort_assignment"("cohort_id", "set_id");
CREATE INDEX "interview_session_assignment_id_user_id_idx" ON "interview_session"("assignment_id", "user_id");

ALTER TABLE "question_set" ADD CONSTRAINT "question_set_instructor_id_fkey" FOREIGN KEY ("instructor_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "question_set_item" ADD CONSTRAINT "question_set_item_set_id_fkey" FOREIGN KEY ("set_id") REFERENCES "question_set"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "question_set_item" ADD CONSTRAINT "question_set_item_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "cohort" ADD CONSTRAINT "cohort_instructor_id_fkey" FOREIGN KEY ("instructor_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "cohort_member" ADD CONSTRAINT "cohort_member_cohort_id_fkey" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "cohort_member" ADD CONSTRAINT "cohort_member_student_id_fkey" FOREIGN KEY ("student_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "cohort_assignment" ADD CONSTRAINT "cohort_assignment_cohort_id_fkey" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "cohort_assignment" ADD CONSTRAINT "cohort_assignment_set_id_fkey" FOREIGN KEY ("set_id") REFERENCES "question_set"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "interview_session" ADD CONSTRAINT "interview_session_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "cohort_assignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The join code is what a student types, so it is kept to unambiguous capitals and digits.
ALTER TABLE "cohort" ADD CONSTRAINT "cohort_join_code_shape" CHECK ("join_code" ~ '^[A-HJ-NP-Z2-9]{8}$');
