-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('queued', 'running', 'done', 'failed');

-- AlterTable
ALTER TABLE "english_booster_session" ADD COLUMN     "results" JSONB;

-- AlterTable
ALTER TABLE "resume_upload" ADD COLUMN     "job_description" TEXT,
ADD COLUMN     "text_content" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "career_roadmap" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "current_role" VARCHAR(100) NOT NULL,
    "target_role" VARCHAR(100) NOT NULL,
    "skills" TEXT[],
    "experience_years" INTEGER NOT NULL,
    "status" "JobStatus" NOT NULL DEFAULT 'queued',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "stage" VARCHAR(200),
    "result" JSONB,
    "source" "ResultSource",
    "error" TEXT,
    "job_id" VARCHAR(64),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "completed_at" TIMESTAMP(3),

    CONSTRAINT "career_roadmap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "guide" (
    "slug" VARCHAR(100) NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "topic" VARCHAR(50) NOT NULL,
    "level" VARCHAR(20) NOT NULL,
    "summary" TEXT NOT NULL,
    "reading_minutes" INTEGER NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "guide_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "career_roadmap_user_id_created_at_idx" ON "career_roadmap"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "guide_topic_idx" ON "guide"("topic");

-- AddForeignKey
ALTER TABLE "career_roadmap" ADD CONSTRAINT "career_roadmap_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

