-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('student', 'instructor');

-- CreateEnum
CREATE TYPE "InterviewStatus" AS ENUM ('upcoming', 'completed', 'offer', 'rejected', 'withdrawn');

-- CreateEnum
CREATE TYPE "ExperienceLevel" AS ENUM ('intern', 'junior', 'mid', 'senior', 'lead');

-- CreateEnum
CREATE TYPE "QuestionType" AS ENUM ('behavioral', 'technical', 'system_design');

-- CreateEnum
CREATE TYPE "SessionFormat" AS ENUM ('behavioral', 'technical', 'system_design', 'mixed');

-- CreateEnum
CREATE TYPE "Difficulty" AS ENUM ('easy', 'medium', 'hard');

-- CreateEnum
CREATE TYPE "ResultSource" AS ENUM ('gemini', 'local');

-- CreateEnum
CREATE TYPE "PrepType" AS ENUM ('behavioral', 'technical', 'system_design', 'culture');

-- CreateEnum
CREATE TYPE "EnglishSessionType" AS ENUM ('grammar', 'vocabulary', 'speaking');

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "password_hash" VARCHAR(100) NOT NULL,
    "profile_photo" VARCHAR(255),
    "role" "UserRole" NOT NULL DEFAULT 'student',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "interview" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "company" VARCHAR(100) NOT NULL,
    "position" VARCHAR(100) NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "notes" TEXT,
    "status" "InterviewStatus" NOT NULL DEFAULT 'upcoming',
    "performance" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "interview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ai_interview_session" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "position" VARCHAR(100) NOT NULL,
    "level" "ExperienceLevel" NOT NULL DEFAULT 'mid',
    "company" VARCHAR(100),
    "format" "SessionFormat" NOT NULL DEFAULT 'mixed',
    "questions_asked" INTEGER NOT NULL DEFAULT 0,
    "questions_answered" INTEGER NOT NULL DEFAULT 0,
    "average_score" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "completed" BOOLEAN NOT NULL DEFAULT false,
    "session_data" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMP(3),

    CONSTRAINT "ai_interview_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "avatar_interview_session" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "job_role" VARCHAR(100) NOT NULL,
    "company" VARCHAR(100),
    "experience_level" "ExperienceLevel",
    "questions_count" INTEGER NOT NULL DEFAULT 0,
    "questions_completed" INTEGER NOT NULL DEFAULT 0,
    "average_score" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "completed" BOOLEAN NOT NULL DEFAULT false,
    "video_recorded" BOOLEAN NOT NULL DEFAULT false,
    "posture_score" DOUBLE PRECISION,
    "engagement_score" DOUBLE PRECISION,
    "session_file" VARCHAR(255),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMP(3),

    CONSTRAINT "avatar_interview_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_answer" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "ai_session_id" TEXT,
    "avatar_session_id" TEXT,
    "position" INTEGER NOT NULL,
    "question_id" TEXT,
    "question_text" TEXT NOT NULL,
    "question_type" "QuestionType" NOT NULL,
    "difficulty" "Difficulty" NOT NULL DEFAULT 'medium',
    "talking_points" TEXT[],
    "answer_text" TEXT,
    "answered_at" TIMESTAMP(3),
    "duration_seconds" INTEGER,
    "score" DOUBLE PRECISION,
    "source" "ResultSource",
    "feedback" JSONB,
    "metrics" JSONB,
    "evaluated_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "session_answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "face_analysis_sample" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "avatar_session_id" TEXT NOT NULL,
    "offset_ms" INTEGER NOT NULL,
    "face_visible" BOOLEAN NOT NULL,
    "looking_at_camera" BOOLEAN NOT NULL,
    "head_movement" DOUBLE PRECISION,
    "shoulder_tilt" DOUBLE PRECISION,
    "slouching" BOOLEAN,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "face_analysis_sample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "question" (
    "id" VARCHAR(64) NOT NULL,
    "role" VARCHAR(50) NOT NULL,
    "type" "QuestionType" NOT NULL,
    "difficulty" "Difficulty" NOT NULL,
    "levels" "ExperienceLevel"[],
    "text" TEXT NOT NULL,
    "talking_points" TEXT[],
    "model_answer" TEXT NOT NULL,
    "tags" TEXT[],
    "company_slug" VARCHAR(64),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "company_profile" (
    "slug" VARCHAR(64) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "industry" VARCHAR(100) NOT NULL,
    "headquarters" VARCHAR(100),
    "values" TEXT[],
    "interview_style" TEXT NOT NULL,
    "rounds" JSONB NOT NULL,
    "focus_areas" TEXT[],
    "tips" TEXT[],
    "prep_topics" JSONB NOT NULL,

    CONSTRAINT "company_profile_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "dsa_problem" (
    "slug" VARCHAR(100) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "category" VARCHAR(50) NOT NULL,
    "difficulty" "Difficulty" NOT NULL,
    "pattern" VARCHAR(100) NOT NULL,
    "summary" TEXT NOT NULL,
    "hint" TEXT,

    CONSTRAINT "dsa_problem_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "dsa_practice_session" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "problem_slug" VARCHAR(100),
    "problem_title" VARCHAR(200) NOT NULL,
    "problem_category" VARCHAR(100),
    "difficulty" "Difficulty",
    "solved" BOOLEAN NOT NULL DEFAULT false,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "time_taken" INTEGER,
    "solution_code" TEXT,
    "notes" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dsa_practice_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "english_booster_session" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "session_type" "EnglishSessionType",
    "exercises_completed" INTEGER NOT NULL DEFAULT 0,
    "score" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "improvement_areas" JSONB,
    "duration_minutes" INTEGER,
    "completed" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "english_booster_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "company_prep_session" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "company_slug" VARCHAR(64),
    "company_name" VARCHAR(100) NOT NULL,
    "prep_type" "PrepType",
    "topics_covered" JSONB,
    "progress_percentage" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "completed" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "company_prep_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resume_upload" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "filename" VARCHAR(255) NOT NULL,
    "original_filename" VARCHAR(255),
    "file_size" INTEGER,
    "file_type" VARCHAR(50),
    "analysis_score" DOUBLE PRECISION,
    "suggestions" JSONB,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "uploaded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "resume_upload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE INDEX "interview_user_id_created_at_idx" ON "interview"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "interview_user_id_date_idx" ON "interview"("user_id", "date");

-- CreateIndex
CREATE INDEX "interview_user_id_status_idx" ON "interview"("user_id", "status");

-- CreateIndex
CREATE INDEX "ai_interview_session_user_id_created_at_idx" ON "ai_interview_session"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "avatar_interview_session_user_id_created_at_idx" ON "avatar_interview_session"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "session_answer_user_id_created_at_idx" ON "session_answer"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "session_answer_user_id_question_id_idx" ON "session_answer"("user_id", "question_id");

-- CreateIndex
CREATE UNIQUE INDEX "session_answer_ai_session_id_position_key" ON "session_answer"("ai_session_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "session_answer_avatar_session_id_position_key" ON "session_answer"("avatar_session_id", "position");

-- CreateIndex
CREATE INDEX "face_analysis_sample_user_id_created_at_idx" ON "face_analysis_sample"("user_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "face_analysis_sample_avatar_session_id_offset_ms_key" ON "face_analysis_sample"("avatar_session_id", "offset_ms");

-- CreateIndex
CREATE INDEX "question_role_type_difficulty_idx" ON "question"("role", "type", "difficulty");

-- CreateIndex
CREATE UNIQUE INDEX "company_profile_name_key" ON "company_profile"("name");

-- CreateIndex
CREATE UNIQUE INDEX "dsa_problem_title_key" ON "dsa_problem"("title");

-- CreateIndex
CREATE INDEX "dsa_problem_category_difficulty_idx" ON "dsa_problem"("category", "difficulty");

-- CreateIndex
CREATE INDEX "dsa_practice_session_user_id_created_at_idx" ON "dsa_practice_session"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "dsa_practice_session_user_id_problem_slug_idx" ON "dsa_practice_session"("user_id", "problem_slug");

-- CreateIndex
CREATE INDEX "english_booster_session_user_id_created_at_idx" ON "english_booster_session"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "company_prep_session_user_id_created_at_idx" ON "company_prep_session"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "resume_upload_user_id_uploaded_at_idx" ON "resume_upload"("user_id", "uploaded_at");

-- AddForeignKey
ALTER TABLE "interview" ADD CONSTRAINT "interview_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ai_interview_session" ADD CONSTRAINT "ai_interview_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "avatar_interview_session" ADD CONSTRAINT "avatar_interview_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_answer" ADD CONSTRAINT "session_answer_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_answer" ADD CONSTRAINT "session_answer_ai_session_id_fkey" FOREIGN KEY ("ai_session_id") REFERENCES "ai_interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_answer" ADD CONSTRAINT "session_answer_avatar_session_id_fkey" FOREIGN KEY ("avatar_session_id") REFERENCES "avatar_interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_answer" ADD CONSTRAINT "session_answer_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "face_analysis_sample" ADD CONSTRAINT "face_analysis_sample_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "face_analysis_sample" ADD CONSTRAINT "face_analysis_sample_avatar_session_id_fkey" FOREIGN KEY ("avatar_session_id") REFERENCES "avatar_interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "question" ADD CONSTRAINT "question_company_slug_fkey" FOREIGN KEY ("company_slug") REFERENCES "company_profile"("slug") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dsa_practice_session" ADD CONSTRAINT "dsa_practice_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dsa_practice_session" ADD CONSTRAINT "dsa_practice_session_problem_slug_fkey" FOREIGN KEY ("problem_slug") REFERENCES "dsa_problem"("slug") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "english_booster_session" ADD CONSTRAINT "english_booster_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_prep_session" ADD CONSTRAINT "company_prep_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_prep_session" ADD CONSTRAINT "company_prep_session_company_slug_fkey" FOREIGN KEY ("company_slug") REFERENCES "company_profile"("slug") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resume_upload" ADD CONSTRAINT "resume_upload_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- An answer belongs to exactly one practice session, AI or avatar (Prisma cannot express this).
ALTER TABLE "session_answer" ADD CONSTRAINT "session_answer_one_session_chk"
  CHECK (num_nonnulls("ai_session_id", "avatar_session_id") = 1);
