"use server";
import { action } from "@/lib/actions/action";
import { ProfileSchema } from "@/lib/users/schema";
import { saveProfile } from "@/lib/users/profile";

export const updateProfile = action(
  {
    schema: ProfileSchema,
    revalidate: ["/", "/profile"],
    successMessage: "Profile saved.",
    // Only a new photo costs an upload; renaming or removing the photo is free.
    rateLimit: { name: "upload", when: ({ photo }) => Boolean(photo) },
  },
  async ({ name, photo, removePhoto }, { user }) =>
    saveProfile(user.id, {
      name,
      photo: photo ? new Uint8Array(await photo.arrayBuffer()) : undefined,
      removePhoto,
    }),
);
