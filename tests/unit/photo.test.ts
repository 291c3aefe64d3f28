import { describe, expect, it } from "vitest";
import { checkPhoto } from "@/lib/users/photo";
import { mimeForKey } from "@/lib/storage/mime";
import { InvalidInputError } from "@/lib/errors";
import { PDF_BYTES, PNG_1PX } from "../fixtures/files";

describe("checkPhoto", () => {
  it("accepts a real PNG by its bytes", async () => {
    await expect(checkPhoto(PNG_1PX)).resolves.toEqual({ mime: "image/png", extension: "png" });
  });

  it("refuses a PDF whatever its name, naming what it really is", async () => {
    const error = await checkPhoto(PDF_BYTES).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).fieldErrors.photo?.[0]).toMatch(/application\/pdf/);
  });

  it("refuses bytes of no known type", async () => {
    await expect(checkPhoto(new TextEncoder().encode("just some text"))).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("maps stored keys back to their content type", () => {
    expect(mimeForKey("users/u/photos/a.jpg")).toBe("image/jpeg");
    expect(mimeForKey("users/u/file.unknown")).toBe("application/octet-stream");
    expect(mimeForKey("users/u/resumes/a.pdf")).toBe("application/pdf");
  });
});
