import { NextResponse } from "next/server";
import { route } from "@/lib/api/handler";
import { TRANSCRIBE_LIMIT } from "@/lib/ai/limits";
import { AppError, InvalidInputError } from "@/lib/errors";
import { MAX_AUDIO_BYTES, MAX_AUDIO_SECONDS, sniffAudio, wavDurationSeconds } from "@/lib/transcribe/audio";
import { transcribe, transcriptionEngine, TRANSCRIPTION_UNAVAILABLE } from "@/lib/transcribe";

export const dynamic = "force-dynamic";

/** The multipart envelope around the audio: a little over the audio's own cap. */
const MAX_BODY_BYTES = MAX_AUDIO_BYTES + 64 * 1024;

/**
 * POST multipart {audio, durationSeconds?} → {source, text, durationSeconds}. The audio is at most
 * 25 MB and 10 minutes, and must be WebM, Ogg, WAV, MP3 or MP4 audio by its first bytes.
 */
export const POST = route({ rateLimit: TRANSCRIBE_LIMIT }, async ({ req }) => {
  const declared = req.headers.get("content-length");
  if (declared === null) throw new AppError("Send the recording with its Content-Length.", 411, "length_required");
  if (Number(declared) > MAX_BODY_BYTES) throw new AppError("The recording must be at most 25 MB.", 413, "payload_too_large");
  if (!(req.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    throw new AppError("Send the recording as multipart/form-data with an `audio` field.", 415, "unsupported_media_type");
  }
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw new InvalidInputError("The upload could not be read as multipart/form-data.");
  }
  const audio = form.get("audio");
  if (!(audio instanceof Blob) || audio.size === 0) {
    throw new InvalidInputError("Attach the recording as `audio`.", { audio: ["Attach the recording"] });
  }
  if (audio.size > MAX_AUDIO_BYTES) throw new AppError("The recording must be at most 25 MB.", 413, "payload_too_large");
  const data = Buffer.from(await audio.arrayBuffer());
  const mimeType = await sniffAudio(data);
  if (!mimeType) {
    throw new InvalidInputError("That file is not a recording we can read: send WebM, Ogg, WAV, MP3 or MP4 audio.", {
      audio: ["Not WebM, Ogg, WAV, MP3 or MP4 audio"],
    });
  }
  // A WAV header says how long it is; other containers from MediaRecorder often do not, so the browser's count is taken.
  const claimed = Number(form.get("durationSeconds") ?? NaN);
  const durationSeconds = mimeType === "audio/wav" ? wavDurationSeconds(data) : Number.isFinite(claimed) && claimed >= 0 ? claimed : null;
  if (durationSeconds !== null && durationSeconds > MAX_AUDIO_SECONDS) {
    throw new InvalidInputError("The recording must be at most 10 minutes.", { audio: ["At most 10 minutes"] });
  }
  // Checked last, so bad input is a 4xx on every server. The page already knows there is no engine
  // (transcriptionEngine() is passed to the answer box), so a browser does not send audio for nothing.
  if (!transcriptionEngine()) throw new AppError(TRANSCRIPTION_UNAVAILABLE, 503, "transcription_unavailable");
  return NextResponse.json(await transcribe({ mimeType, data }, durationSeconds));
});
