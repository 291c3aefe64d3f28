import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveProfile } from "@/lib/users/profile";
import { storage } from "@/lib/storage";
import { canReadFile } from "@/lib/storage/serve";
import { InvalidInputError } from "@/lib/errors";
import { createUser } from "../factories";
import { PDF_BYTES, PNG_1PX } from "../fixtures/files";

async function photoOf(userId: string) {
  return (await db().user.findUniqueOrThrow({ where: { id: userId }, select: { profilePhoto: true } })).profilePhoto;
}

describe("saveProfile", () => {
  it("stores a PNG under the user's own prefix and records it", async () => {
    const user = await createUser();
    const { photo } = await saveProfile(user.id, { name: "New Name", photo: PNG_1PX });
    expect(photo).toMatch(new RegExp(`^users/${user.id}/photos/.+\\.png$`));
    expect(await photoOf(user.id)).toBe(photo);
    expect(await storage().size(photo!)).toBe(PNG_1PX.byteLength);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("New Name");
  });

  it("refuses a PDF named like an image and changes nothing", async () => {
    const user = await createUser({ name: "Unchanged" });
    const { photo: before } = await saveProfile(user.id, { name: "Unchanged", photo: PNG_1PX });
    await expect(saveProfile(user.id, { name: "Changed", photo: PDF_BYTES })).rejects.toBeInstanceOf(InvalidInputError);
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, profilePhoto: true } });
    expect(row).toEqual({ name: "Unchanged", profilePhoto: before });
  });

  it("replaces a photo and deletes the old file", async () => {
    const user = await createUser();
    const { photo: first } = await saveProfile(user.id, { name: "A", photo: PNG_1PX });
    const { photo: second } = await saveProfile(user.id, { name: "A", photo: PNG_1PX });
    expect(second).not.toBe(first);
    expect(await storage().size(first!)).toBeNull();
    await saveProfile(user.id, { name: "A", removePhoto: true });
    expect(await photoOf(user.id)).toBeNull();
    expect(await storage().size(second!)).toBeNull();
  });

  it("lets a user read only files under their own prefix", async () => {
    const owner = await createUser();
    const other = await createUser();
    const { photo } = await saveProfile(owner.id, { name: "Owner", photo: PNG_1PX });
    expect(canReadFile(owner.id, photo!)).toBe(true);
    expect(canReadFile(other.id, photo!)).toBe(false);
  });
});
