import { z } from "zod";

/** Largest batch the samples endpoint accepts (a few samples a second, posted every few seconds). */
export const MAX_SAMPLES_PER_BATCH = 200;

export const SampleSchema = z.object({
  offsetMs: z.number().int().min(0).max(24 * 60 * 60 * 1000),
  faceVisible: z.boolean(),
  lookingAtCamera: z.boolean(),
  headMovement: z.number().finite().min(0).max(100).nullable().optional(),
  shoulderTilt: z.number().finite().min(-90).max(90).nullable().optional(),
  slouching: z.boolean().nullable().optional(),
});

export const SamplesBodySchema = z.object({
  samples: z.array(SampleSchema).min(1).max(MAX_SAMPLES_PER_BATCH),
});

export type SampleInput = z.infer<typeof SampleSchema>;
