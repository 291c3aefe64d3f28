import { z } from "zod";
import { NameSchema } from "@/lib/auth/schema";

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
export const PHOTO_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"] as const;

export const ProfileSchema = z.object({
  name: NameSchema,
  photo: z
    .instanceof(File, { message: "Choose an image file" })
    .refine((file) => file.size <= MAX_PHOTO_BYTES, "The photo must be at most 2 MB")
    .optional(),
  removePhoto: z
    .union([z.literal("on"), z.literal("true"), z.boolean()])
    .transform((value) => value === true || value === "on" || value === "true")
    .optional(),
});
export type ProfileInput = z.input<typeof ProfileSchema>;
