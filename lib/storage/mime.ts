// Content types of the files the app stores, by the extension their keys end in.
const TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  webm: "video/webm",
  mp4: "video/mp4",
};

export function mimeForKey(key: string): string {
  return TYPES[key.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream";
}

/** Images and video play inline; anything else downloads rather than rendering in the page's origin. */
export function isInline(mime: string): boolean {
  return mime.startsWith("image/") || mime.startsWith("video/");
}
