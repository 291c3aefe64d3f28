import { z } from "zod";
import { RECORDING_MIMES } from "@/lib/interview-session/avatar/recording/magic";

export const ChunkIndexSchema = z.coerce.number().int().min(0).max(100_000);

export const CompleteBodySchema = z.object({
  durationMs: z.number().int().min(0).max(24 * 60 * 60 * 1000),
  /** The recorder's mime type, e.g. "video/webm;codecs=vp8,opus". */
  mime: z
    .string()
    .trim()
    .max(100)
    .refine((value) => (RECORDING_MIMES as readonly string[]).includes(value.split(";")[0]!.trim().toLowerCase()), "Must be a video/webm or video/mp4 type"),
});
