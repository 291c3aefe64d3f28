// Pure functions turning one Human (@vladmandic/human) result into one stored
// sample. Nothing here reads emotions or "confidence": only what the camera
// observes — is a face there, is it turned towards the camera, how much did the
// head move, are the shoulders level. Structural types keep this file free of
// the Human package, so it runs anywhere (browser, Node tests).

/** The parts of a Human face result this module reads. */
export type FaceLike = {
  score?: number;
  faceScore?: number;
  /** [x, y, width, height], normalised to 0..1 of the frame. */
  boxRaw: readonly number[];
  rotation?: {
    angle: { roll: number; yaw: number; pitch: number };
    gaze?: { bearing: number; strength: number };
  } | null;
};

/** The parts of a Human body result this module reads (MoveNet keypoints in pixels). */
export type BodyLike = {
  score: number;
  keypoints: ReadonlyArray<{ part: string; position: readonly (number | undefined)[]; score: number }>;
};

export type ResultLike = { face: readonly FaceLike[]; body: readonly BodyLike[] };

export type Sample = {
  /** Milliseconds since the recording started. */
  offsetMs: number;
  faceVisible: boolean;
  lookingAtCamera: boolean;
  /** Head movement since the previous sample (see headMovement); null without two consecutive faces. */
  headMovement: number | null;
  /** Angle of the shoulder line from horizontal, in degrees (positive: left shoulder lower in the image). */
  shoulderTilt: number | null;
  slouching: boolean | null;
};

/** What the next sample needs to know about this one, to measure head movement. */
export type FaceState = { offsetMs: number; cx: number; cy: number; width: number; yaw: number; pitch: number; roll: number };

// Thresholds, documented in docs/decisions/016-recording-and-face-analysis.md.
/** A face counts as visible at this detector score or above (a coffee cup scores 0.5; a real face 0.9+). */
export const FACE_MIN_SCORE = 0.6;
/** Turned away more than this (radians, about 20°) left/right or up/down is "not looking at the camera". */
export const MAX_YAW = 0.35;
export const MAX_PITCH = 0.35;
/** Iris gaze offset (0 = centred, 1 = fully to one side) above which the eyes look away. */
export const MAX_GAZE = 0.5;
/** Samples further apart than this do not measure movement (a gap is not a jump). */
export const MOVEMENT_MAX_GAP_MS = 2000;
/** A body keypoint is trusted at this score or above. */
export const KEYPOINT_MIN_SCORE = 0.3;
/**
 * Slouching: the nose sits less than this many shoulder-widths above the shoulder line.
 * Upright people measure about 0.6–0.7; a head sunk between the shoulders drops below 0.35.
 */
export const SLOUCH_RATIO = 0.35;

function faceScore(face: FaceLike): number {
  return face.faceScore ?? face.score ?? 0;
}

function keypoint(body: BodyLike, part: string): readonly (number | undefined)[] | null {
  const found = body.keypoints.find((point) => point.part === part);
  return found && found.score >= KEYPOINT_MIN_SCORE && typeof found.position[0] === "number" && typeof found.position[1] === "number" ? found.position : null;
}

/** Shoulder tilt and slouch from the best body, or nulls when the shoulders are not seen. */
export function postureOf(bodies: readonly BodyLike[]): { shoulderTilt: number | null; slouching: boolean | null } {
  const body = [...bodies].sort((a, b) => b.score - a.score)[0];
  if (!body) return { shoulderTilt: null, slouching: null };
  const left = keypoint(body, "leftShoulder");
  const right = keypoint(body, "rightShoulder");
  if (!left || !right) return { shoulderTilt: null, slouching: null };
  const dx = left[0]! - right[0]!;
  const dy = left[1]! - right[1]!;
  const width = Math.hypot(dx, dy);
  if (width === 0) return { shoulderTilt: null, slouching: null };
  // The subject's left shoulder is on the image's right (a mirror-free camera), so dx > 0 normally.
  let tilt = (Math.atan2(dy, dx) * 180) / Math.PI;
  if (tilt > 90) tilt -= 180;
  if (tilt < -90) tilt += 180;
  const nose = keypoint(body, "nose");
  const slouching = nose ? ((left[1]! + right[1]!) / 2 - nose[1]!) / width < SLOUCH_RATIO : null;
  return { shoulderTilt: Math.round(tilt * 10) / 10, slouching };
}

/** Turned towards the camera: small yaw and pitch, and (when the iris model ran) eyes not looking aside. */
export function isLookingAtCamera(face: FaceLike): boolean {
  const angle = face.rotation?.angle;
  if (!angle) return false;
  if (Math.abs(angle.yaw) > MAX_YAW || Math.abs(angle.pitch) > MAX_PITCH) return false;
  const gaze = face.rotation?.gaze;
  return !gaze || gaze.strength <= MAX_GAZE;
}

/**
 * Head movement between two samples: how far the face centre moved, in face
 * widths, plus how far it turned, in radians (yaw + pitch + roll). 0 is still;
 * above HEAD_STILL (scores.ts) counts as a moving head.
 */
export function headMovementBetween(previous: FaceState, current: FaceState): number {
  const width = (previous.width + current.width) / 2 || 1;
  const shift = Math.hypot(current.cx - previous.cx, current.cy - previous.cy) / width;
  const turn = Math.abs(current.yaw - previous.yaw) + Math.abs(current.pitch - previous.pitch) + Math.abs(current.roll - previous.roll);
  return Math.round((shift + turn) * 1000) / 1000;
}

/** One sample from one detection result, and the state the next call needs. */
export function sampleFromResult(
  result: ResultLike,
  offsetMs: number,
  previous: FaceState | null,
): { sample: Sample; state: FaceState | null } {
  const face = [...result.face].filter((candidate) => faceScore(candidate) >= FACE_MIN_SCORE).sort((a, b) => faceScore(b) - faceScore(a))[0];
  const posture = postureOf(result.body);
  if (!face) {
    return {
      sample: { offsetMs, faceVisible: false, lookingAtCamera: false, headMovement: null, ...posture },
      state: null,
    };
  }
  const [x = 0, y = 0, width = 0, height = 0] = face.boxRaw;
  const angle = face.rotation?.angle ?? { yaw: 0, pitch: 0, roll: 0 };
  const state: FaceState = { offsetMs, cx: x + width / 2, cy: y + height / 2, width, yaw: angle.yaw, pitch: angle.pitch, roll: angle.roll };
  const comparable = previous && offsetMs > previous.offsetMs && offsetMs - previous.offsetMs <= MOVEMENT_MAX_GAP_MS;
  return {
    sample: {
      offsetMs,
      faceVisible: true,
      lookingAtCamera: isLookingAtCamera(face),
      headMovement: comparable ? headMovementBetween(previous, state) : null,
      ...posture,
    },
    state,
  };
}
