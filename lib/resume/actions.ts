"use server";
import { action } from "@/lib/actions/action";
import { RematchSchema, UploadSchema, VersionIdSchema } from "@/lib/resume/schema";
import { deleteResume, rematchResume, setActiveResume, uploadResume } from "@/lib/resume/service";

/** Re-matching reads no file but may call Gemini, so it has its own, roomier budget. */
const REMATCH_LIMIT = { name: "resume-rematch", points: 60, durationSeconds: 60 * 60 };

export const uploadResumeAction = action(
  {
    schema: UploadSchema,
    revalidate: ["/resume"],
    redirectTo: (result: { id: string }) => `/resume/${result.id}`,
    rateLimit: { name: "upload" },
  },
  async ({ file, jobDescription }, { user }) =>
    uploadResume(user.id, { bytes: new Uint8Array(await file.arrayBuffer()), originalFilename: file.name, jobDescription }),
);

export const rematchResumeAction = action(
  {
    schema: RematchSchema,
    revalidate: ["/resume"],
    redirectTo: (result: { id: string }) => `/resume/${result.id}`,
    rateLimit: REMATCH_LIMIT,
  },
  async (input, { user }) => rematchResume(user.id, input),
);

export const setActiveResumeAction = action({ schema: VersionIdSchema, revalidate: ["/resume"] }, async ({ id }, { user }) =>
  setActiveResume(user.id, id),
);

export const deleteResumeAction = action({ schema: VersionIdSchema, revalidate: ["/resume"] }, async ({ id }, { user }) =>
  deleteResume(user.id, id),
);
