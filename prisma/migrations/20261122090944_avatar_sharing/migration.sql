-- CreateEnum
CREATE TYPE "RecordingStatus" AS ENUM ('none', 'recording', 'complete', 'failed');

-- CreateEnum
CREATE TYPE "AvatarProvider" AS ENUM ('local', 'did');

-- CreateEnum
CREATE TYPE "ShareScope" AS ENUM ('dashboard', 'ai_session', 'avatar_session');

-- AlterTable
ALTER TABLE "avatar_interview_session" ADD COLUMN     "avatar_provider" "AvatarProvider" NOT NULL DEFAULT 'local',
ADD COLUMN     "recording_bytes" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "recording_duration_ms" INTEGER,
ADD COLUMN     "recording_mime" VARCHAR(100),
ADD COLUMN     "recording_status" "RecordingStatus" NOT NULL DEFAULT 'none';

-- AlterTable
ALTER TABLE "session_answer" ADD COLUMN     "recording_offset_ms" INTEGER;

-- CreateTable
CREATE TABLE "recording_chunk" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "avatar_session_id" TEXT NOT NULL,
    "index" INTEGER NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storage_key" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recording_chunk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "avatar_talk" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "avatar_session_id" TEXT,
    "provider_talk_id" VARCHAR(100) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "result_url" TEXT,
    "error" VARCHAR(500),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "avatar_talk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "share_link" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "token" VARCHAR(64) NOT NULL,
    "scope" "ShareScope" NOT NULL,
    "ai_session_id" TEXT,
    "avatar_session_id" TEXT,
    "expires_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "share_link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "instructor_share" (
    "id" TEXT NOT NULL,
    "student_id" TEXT NOT NULL,
    "instructor_id" TEXT NOT NULL,
    "scope" "ShareScope" NOT NULL,
    "ai_session_id" TEXT,
    "avatar_session_id" TEXT,
    "revoked_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "instructor_share_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_review" (
    "id" TEXT NOT NULL,
    "instructor_id" TEXT NOT NULL,
    "student_id" TEXT NOT NULL,
    "ai_session_id" TEXT,
    "avatar_session_id" TEXT,
    "rubric" JSONB NOT NULL,
    "summary" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "session_review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_comment" (
    "id" TEXT NOT NULL,
    "instructor_id" TEXT NOT NULL,
    "student_id" TEXT NOT NULL,
    "ai_session_id" TEXT,
    "avatar_session_id" TEXT,
    "answer_id" TEXT,
    "offset_ms" INTEGER,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_comment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "recording_chunk_user_id_created_at_idx" ON "recording_chunk"("user_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "recording_chunk_avatar_session_id_index_key" ON "recording_chunk"("avatar_session_id", "index");

-- CreateIndex
CREATE UNIQUE INDEX "avatar_talk_provider_talk_id_key" ON "avatar_talk"("provider_talk_id");

-- CreateIndex
CREATE INDEX "avatar_talk_user_id_created_at_idx" ON "avatar_talk"("user_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "share_link_token_key" ON "share_link"("token");

-- CreateIndex
CREATE INDEX "share_link_user_id_created_at_idx" ON "share_link"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "instructor_share_student_id_created_at_idx" ON "instructor_share"("student_id", "created_at");

-- CreateIndex
CREATE INDEX "instructor_share_instructor_id_student_id_idx" ON "instructor_share"("instructor_id", "student_id");

-- CreateIndex
CREATE INDEX "session_review_student_id_created_at_idx" ON "session_review"("student_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "session_review_instructor_id_ai_session_id_key" ON "session_review"("instructor_id", "ai_session_id");

-- CreateIndex
CREATE UNIQUE INDEX "session_review_instructor_id_avatar_session_id_key" ON "session_review"("instructor_id", "avatar_session_id");

-- CreateIndex
CREATE INDEX "review_comment_student_id_created_at_idx" ON "review_comment"("student_id", "created_at");

-- CreateIndex
CREATE INDEX "review_comment_ai_session_id_created_at_idx" ON "review_comment"("ai_session_id", "created_at");

-- CreateIndex
CREATE INDEX "review_comment_avatar_session_id_created_at_idx" ON "review_comment"("avatar_session_id", "created_at");

-- AddForeignKey
ALTER TABLE "recording_chunk" ADD CONSTRAINT "recording_chunk_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recording_chunk" ADD CONSTRAINT "recording_chunk_avatar_session_id_fkey" FOREIGN KEY ("avatar_session_id") REFERENCES "avatar_interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "avatar_talk" ADD CONSTRAINT "avatar_talk_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "avatar_talk" ADD CONSTRAINT "avatar_talk_avatar_session_id_fkey" FOREIGN KEY ("avatar_session_id") REFERENCES "avatar_interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "share_link" ADD CONSTRAINT "share_link_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "share_link" ADD CONSTRAINT "share_link_ai_session_id_fkey" FOREIGN KEY ("ai_session_id") REFERENCES "ai_interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "share_link" ADD CONSTRAINT "share_link_avatar_session_id_fkey" FOREIGN KEY ("avatar_session_id") REFERENCES "avatar_interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "instructor_share" ADD CONSTRAINT "instructor_share_student_id_fkey" FOREIGN KEY ("student_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "instructor_share" ADD CONSTRAINT "instructor_share_instructor_id_fkey" FOREIGN KEY ("instructor_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "instructor_share" ADD CONSTRAINT "instructor_share_ai_session_id_fkey" FOREIGN KEY ("ai_session_id") REFERENCES "ai_interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "instructor_share" ADD CONSTRAINT "instructor_share_avatar_session_id_fkey" FOREIGN KEY ("avatar_session_id") REFERENCES "avatar_interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_review" ADD CONSTRAINT "session_review_instructor_id_fkey" FOREIGN KEY ("instructor_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_review" ADD CONSTRAINT "session_review_student_id_fkey" FOREIGN KEY ("student_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_review" ADD CONSTRAINT "session_review_ai_session_id_fkey" FOREIGN KEY ("ai_session_id") REFERENCES "ai_interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_review" ADD CONSTRAINT "session_review_avatar_session_id_fkey" FOREIGN KEY ("avatar_session_id") REFERENCES "avatar_interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comment" ADD CONSTRAINT "review_comment_instructor_id_fkey" FOREIGN KEY ("instructor_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comment" ADD CONSTRAINT "review_comment_student_id_fkey" FOREIGN KEY ("student_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comment" ADD CONSTRAINT "review_comment_ai_session_id_fkey" FOREIGN KEY ("ai_session_id") REFERENCES "ai_interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comment" ADD CONSTRAINT "review_comment_avatar_session_id_fkey" FOREIGN KEY ("avatar_session_id") REFERENCES "avatar_interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_comment" ADD CONSTRAINT "review_comment_answer_id_fkey" FOREIGN KEY ("answer_id") REFERENCES "session_answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A share or review points at exactly what its scope names.
ALTER TABLE "share_link" ADD CONSTRAINT "share_link_scope_target"
  CHECK ((scope = 'dashboard' AND num_nonnulls("ai_session_id", "avatar_session_id") = 0)
      OR (scope = 'ai_session' AND "ai_session_id" IS NOT NULL AND "avatar_session_id" IS NULL)
      OR (scope = 'avatar_session' AND "avatar_session_id" IS NOT NULL AND "ai_session_id" IS NULL));
ALTER TABLE "instructor_share" ADD CONSTRAINT "instructor_share_scope_target"
  CHECK ((scope = 'dashboard' AND num_nonnulls("ai_session_id", "avatar_session_id") = 0)
      OR (scope = 'ai_session' AND "ai_session_id" IS NOT NULL AND "avatar_session_id" IS NULL)
      OR (scope = 'avatar_session' AND "avatar_session_id" IS NOT NULL AND "ai_session_id" IS NULL));
ALTER TABLE "session_review" ADD CONSTRAINT "session_review_one_session"
  CHECK (num_nonnulls("ai_session_id", "avatar_session_id") = 1);
ALTER TABLE "review_comment" ADD CONSTRAINT "review_comment_one_session"
  CHECK (num_nonnulls("ai_session_id", "avatar_session_id") = 1);
ALTER TABLE "recording_chunk" ADD CONSTRAINT "recording_chunk_index_size"
  CHECK ("index" >= 0 AND "size" > 0);
