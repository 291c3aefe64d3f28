// A recording must start like a video file: WebM (EBML header 1A 45 DF A3) or
// MP4 (an "ftyp" box at offset 4). Only the first chunk carries the header;
// later MediaRecorder chunks are continuation clusters.

export function isVideoStart(bytes: Uint8Array): boolean {
  const webm = bytes.length >= 4 && bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3;
  const mp4 = bytes.length >= 8 && bytes[4] === 0x66 && bytes[5] === 0x74 && bytes[6] === 0x79 && bytes[7] === 0x70;
  return webm || mp4;
}

export const RECORDING_MIMES = ["video/webm", "video/mp4"] as const;

/** The base type of a Content-Type header ("video/webm;codecs=vp8,opus" → "video/webm"), or null if not a recording type. */
export function recordingMime(contentType: string | null): (typeof RECORDING_MIMES)[number] | null {
  const base = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  return (RECORDING_MIMES as readonly string[]).includes(base) ? (base as (typeof RECORDING_MIMES)[number]) : null;
}
