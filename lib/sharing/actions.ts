"use server";
import { action } from "@/lib/actions/action";
import { now } from "@/lib/clock";
import {
  AddCommentSchema,
  CreateShareLinkSchema,
  DeleteCommentSchema,
  RevokeShareSchema,
  SaveReviewSchema,
  ShareWithInstructorSchema,
} from "@/lib/sharing/schema";
import {
  addComment,
  createShareLink,
  deleteComment,
  revokeShare,
  saveReview,
  SHARE_INSTRUCTOR_LIMIT,
  shareWithInstructor,
} from "@/lib/sharing/service";

// Sharing is managed by its owner on /sharing; reviews are written by instructors
// under /instructor and read by the student on their session page.
const SHARING = ["/sharing", "/instructor"];
const REVIEWS = ["/instructor", "/ai-interview", "/avatar-interview"];

export const createShareLinkAction = action(
  { schema: CreateShareLinkSchema, revalidate: SHARING },
  async (input, { user }) => createShareLink(user.id, input, await now()),
);

export const shareWithInstructorAction = action(
  { schema: ShareWithInstructorSchema, revalidate: SHARING, rateLimit: SHARE_INSTRUCTOR_LIMIT },
  async (input, { user }) => shareWithInstructor(user, input),
);

export const revokeShareAction = action({ schema: RevokeShareSchema, revalidate: SHARING }, async (input, { user }) =>
  revokeShare(user.id, input, await now()),
);

export const saveReviewAction = action(
  { schema: SaveReviewSchema, revalidate: REVIEWS, successMessage: "Review saved." },
  async (input, { user }) => saveReview(user, input),
);

export const addCommentAction = action(
  { schema: AddCommentSchema, revalidate: REVIEWS, successMessage: "Comment added." },
  async (input, { user }) => addComment(user, input),
);

export const deleteCommentAction = action(
  { schema: DeleteCommentSchema, revalidate: REVIEWS },
  async (input, { user }) => deleteComment(user, input),
);
