-- One interview-session table for both kinds (docs/decisions/025).
--
-- ai_interview_session and avatar_interview_session become interview_session
-- (kind 'text' or 'avatar'), and the video-only columns move to session_recording.
-- Every table that pointed at one of the two through a pair of nullable keys now
-- points at interview_session through one session_id. Ids are kept, so share
-- links, reviews, comments and bookmarked URLs keep working. It runs as one
-- transaction: if anything fails (for example two old sessions sharing an id,
-- which the primary key refuses) nothing changes.
BEGIN;

CREATE TYPE "SessionKind" AS ENUM ('text', 'avatar');

CREATE TABLE "interview_session" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "kind" "SessionKind" NOT NULL,
    "role" VARCHAR(100) NOT NULL,
    "level" "ExperienceLevel",
    "company" VARCHAR(100),
    "format" "SessionFormat" NOT NULL DEFAULT 'mixed',
    "questions_planned" INTEGER NOT NULL DEFAULT 0,
    "questions_answered" INTEGER NOT NULL DEFAULT 0,
    "average_score" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "completed" BOOLEAN NOT NULL DEFAULT false,
    "session_data" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMP(3),

    CONSTRAINT "interview_session_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "session_recording" (
    "session_id" TEXT NOT NULL,
    "status" "RecordingStatus" NOT NULL DEFAULT 'none',
    "video_recorded" BOOLEAN NOT NULL DEFAULT false,
    "storage_key" VARCHAR(255),
    "bytes" BIGINT NOT NULL DEFAULT 0,
    "mime" VARCHAR(100),
    "duration_ms" INTEGER,
    "posture_score" DOUBLE PRECISION,
    "engagement_score" DOUBLE PRECISION,
    "avatar_provider" "AvatarProvider" NOT NULL DEFAULT 'local',

    CONSTRAINT "session_recording_pkey" PRIMARY KEY ("session_id")
);

-- Move the sessions, keeping their ids.
INSERT INTO "interview_session" ("id", "user_id", "kind", "role", "level", "company", "format", "questions_planned",
  "questions_answered", "average_score", "completed", "session_data", "created_at", "completed_at")
SELECT "id", "user_id", 'text', "position", "level", "company", "format", "questions_asked",
  "questions_answered", "average_score", "completed", "session_data", "created_at", "completed_at"
FROM "ai_interview_session";

INSERT INTO "interview_session" ("id", "user_id", "kind", "role", "level", "company", "format", "questions_planned",
  "questions_answered", "average_score", "completed", "session_data", "created_at", "completed_at")
SELECT "id", "user_id", 'avatar', "job_role", "experience_level", "company", 'mixed', "questions_count",
  "questions_completed", "average_score", "completed", NULL, "created_at", "completed_at"
FROM "avatar_interview_session";

INSERT INTO "session_recording" ("session_id", "status", "video_recorded", "storage_key", "bytes", "mime", "duration_ms",
  "posture_score", "engagement_score", "avatar_provider")
SELECT "id", "recording_status", "video_recorded", "session_file", "recording_bytes", "recording_mime", "recording_duration_ms",
  "posture_score", "engagement_score", "avatar_provider"
FROM "avatar_interview_session";

-- The old one-of-two checks go first: they name the columns and scopes that are going away.
ALTER TABLE "session_answer" DROP CONSTRAINT "session_answer_one_session_chk";
ALTER TABLE "share_link" DROP CONSTRAINT "share_link_scope_target";
ALTER TABLE "instructor_share" DROP CONSTRAINT "instructor_share_scope_target";
ALTER TABLE "session_review" DROP CONSTRAINT "session_review_one_session";
ALTER TABLE "review_comment" DROP CONSTRAINT "review_comment_one_session";

-- A share names the dashboard or one session, and the session says its own kind.
CREATE TYPE "ShareScope_new" AS ENUM ('dashboard', 'session');
ALTER TABLE "share_link" ALTER COLUMN "scope" TYPE "ShareScope_new"
  USING (CASE WHEN "scope"::text = 'dashboard' THEN 'dashboard' ELSE 'session' END)::"ShareScope_new";
ALTER TABLE "instructor_share" ALTER COLUMN "scope" TYPE "ShareScope_new"
  USING (CASE WHEN "scope"::text = 'dashboard' THEN 'dashboard' ELSE 'session' END)::"ShareScope_new";
ALTER TYPE "ShareScope" RENAME TO "ShareScope_old";
ALTER TYPE "ShareScope_new" RENAME TO "ShareScope";
DROP TYPE "ShareScope_old";

-- One session_id per child row, filled from whichever of the two keys was set.
ALTER TABLE "session_answer" ADD COLUMN "session_id" TEXT;
UPDATE "session_answer" SET "session_id" = COALESCE("ai_session_id", "avatar_session_id");
ALTER TABLE "session_answer" ALTER COLUMN "session_id" SET NOT NULL;

ALTER TABLE "face_analysis_sample" ADD COLUMN "session_id" TEXT;
UPDATE "face_analysis_sample" SET "session_id" = "avatar_session_id";
ALTER TABLE "face_analysis_sample" ALTER COLUMN "session_id" SET NOT NULL;

ALTER TABLE "recording_chunk" ADD COLUMN "session_id" TEXT;
UPDATE "recording_chunk" SET "session_id" = "avatar_session_id";
ALTER TABLE "recording_chunk" ALTER COLUMN "session_id" SET NOT NULL;

ALTER TABLE "avatar_talk" ADD COLUMN "session_id" TEXT;
UPDATE "avatar_talk" SET "session_id" = "avatar_session_id";

ALTER TABLE "share_link" ADD COLUMN "session_id" TEXT;
UPDATE "share_link" SET "session_id" = COALESCE("ai_session_id", "avatar_session_id");

ALTER TABLE "instructor_share" ADD COLUMN "session_id" TEXT;
UPDATE "instructor_share" SET "session_id" = COALESCE("ai_session_id", "avatar_session_id");

ALTER TABLE "session_review" ADD COLUMN "session_id" TEXT;
UPDATE "session_review" SET "session_id" = COALESCE("ai_session_id", "avatar_session_id");
ALTER TABLE "session_review" ALTER COLUMN "session_id" SET NOT NULL;

ALTER TABLE "review_comment" ADD COLUMN "session_id" TEXT;
UPDATE "review_comment" SET "session_id" = COALESCE("ai_session_id", "avatar_session_id");
ALTER TABLE "review_comment" ALTER COLUMN "session_id" SET NOT NULL;

-- The pairs of keys, their indexes and foreign keys, and the two old tables.
DROP INDEX "session_answer_ai_session_id_position_key";
DROP INDEX "session_answer_avatar_session_id_position_key";
DROP INDEX "face_analysis_sample_avatar_session_id_offset_ms_key";
DROP INDEX "recording_chunk_avatar_session_id_index_key";
DROP INDEX "session_review_instructor_id_ai_session_id_key";
DROP INDEX "session_review_instructor_id_avatar_session_id_key";
DROP INDEX "review_comment_ai_session_id_created_at_idx";
DROP INDEX "review_comment_avatar_session_id_created_at_idx";

ALTER TABLE "session_answer" DROP COLUMN "ai_session_id", DROP COLUMN "avatar_session_id";
ALTER TABLE "face_analysis_sample" DROP COLUMN "avatar_session_id";
ALTER TABLE "recording_chunk" DROP COLUMN "avatar_session_id";
ALTER TABLE "avatar_talk" DROP COLUMN "avatar_session_id";
ALTER TABLE "share_link" DROP COLUMN "ai_session_id", DROP COLUMN "avatar_session_id";
ALTER TABLE "instructor_share" DROP COLUMN "ai_session_id", DROP COLUMN "avatar_session_id";
ALTER TABLE "session_review" DROP COLUMN "ai_session_id", DROP COLUMN "avatar_session_id";
ALTER TABLE "review_comment" DROP COLUMN "ai_session_id", DROP COLUMN "avatar_session_id";

DROP TABLE "ai_interview_session";
DROP TABLE "avatar_interview_session";

CREATE INDEX "interview_session_user_id_created_at_idx" ON "interview_session"("user_id", "created_at");
CREATE UNIQUE INDEX "session_answer_session_id_position_key" ON "session_answer"("session_id", "position");
CREATE UNIQUE INDEX "face_analysis_sample_session_id_offset_ms_key" ON "face_analysis_sample"("session_id", "offset_ms");
CREATE UNIQUE INDEX "recording_chunk_session_id_index_key" ON "recording_chunk"("session_id", "index");
CREATE UNIQUE INDEX "session_review_instructor_id_session_id_key" ON "session_review"("instructor_id", "session_id");
CREATE INDEX "review_comment_session_id_created_at_idx" ON "review_comment"("session_id", "created_at");

ALTER TABLE "interview_session" ADD CONSTRAINT "interview_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "session_recording" ADD CONSTRAINT "session_recording_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "session_answer" ADD CONSTRAINT "session_answer_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "face_analysis_sample" ADD CONSTRAINT "face_analysis_sample_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "recording_chunk" ADD CONSTRAINT "recording_chunk_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "avatar_talk" ADD CONSTRAINT "avatar_talk_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "share_link" ADD CONSTRAINT "share_link_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "instructor_share" ADD CONSTRAINT "instructor_share_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "session_review" ADD CONSTRAINT "session_review_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "review_comment" ADD CONSTRAINT "review_comment_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "interview_session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What Prisma cannot express: a share names a session exactly when its scope says so,
-- and the byte count of a recording is never negative.
ALTER TABLE "share_link" ADD CONSTRAINT "share_link_scope_target"
  CHECK (("scope" = 'dashboard') = ("session_id" IS NULL));
ALTER TABLE "instructor_share" ADD CONSTRAINT "instructor_share_scope_target"
  CHECK (("scope" = 'dashboard') = ("session_id" IS NULL));
ALTER TABLE "session_recording" ADD CONSTRAINT "session_recording_bytes"
  CHECK ("bytes" >= 0);

COMMIT;
