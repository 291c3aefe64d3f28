import { fileTypeFromBuffer } from "file-type";

// What a recording sent for transcription must be: audio in a container we know,
// told by its first bytes rather than by what the client says it is.

export const MAX_AUDIO_BYTES = 25 * 1024 * 1024;
export const MAX_AUDIO_SECONDS = 10 * 60;

/** Containers MediaRecorder writes (WebM, Ogg, MP4) and the files people upload (WAV, MP3, M4A). */
const AUDIO_MIMES: Record<string, string> = {
  "audio/webm": "audio/webm",
  "video/webm": "audio/webm",
  "audio/ogg": "audio/ogg",
  "audio/opus": "audio/ogg",
  "audio/wav": "audio/wav",
  "audio/vnd.wave": "audio/wav",
  "audio/x-wav": "audio/wav",
  "audio/mpeg": "audio/mpeg",
  "audio/mp4": "audio/mp4",
  "audio/x-m4a": "audio/mp4",
  "video/mp4": "audio/mp4",
};

/** The audio type of the bytes, from their magic numbers, or null when they are not audio we accept. */
export async function sniffAudio(bytes: Uint8Array): Promise<string | null> {
  const found = await fileTypeFromBuffer(bytes);
  return found ? (AUDIO_MIMES[found.mime] ?? null) : null;
}

/** A WAV file's length from its header (byte rate and data chunk size), or null when the header does not say. */
export function wavDurationSeconds(bytes: Uint8Array): number | null {
  if (bytes.length < 44) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (tag(0) !== "RIFF" || tag(8) !== "WAVE") return null;
  let byteRate = 0;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    if (id === "fmt " && at + 16 <= bytes.length) byteRate = view.getUint32(at + 16, true);
    if (id === "data") {
      if (byteRate === 0) return null;
      // A streaming writer leaves the size at 0 or 0xFFFFFFFF: count what arrived instead.
      const dataBytes = size === 0 || size === 0xffffffff ? bytes.length - at - 8 : Math.min(size, bytes.length - at - 8);
      return Math.round((dataBytes / byteRate) * 10) / 10;
    }
    at += 8 + size + (size % 2);
  }
  return null;
}
