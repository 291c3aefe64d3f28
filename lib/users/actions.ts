"use server";
import { action } from "@/lib/actions/action";
import { ProfileSchema } from "@/lib/users/schema";
import { saveProfile } from "@/lib/users/profile";
import { consume } from "@/lib/rate-limit";

export const updateProfile = action(
  { schema: ProfileSchema, revalidate: ["/", "/profile"], successMessage: "Profile saved." },
  async ({ name, photo, removePhoto }, { user }) => {
    if (photo) await consume("upload", user.id);
    return saveProfile(user.id, {
      name,
      photo: photo ? new Uint8Array(await photo.arrayBuffer()) : undefined,
      removePhoto,
    });
  },
);
