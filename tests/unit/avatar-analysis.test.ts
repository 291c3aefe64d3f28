import { describe, expect, it } from "vitest";
import { headMovementBetween, isLookingAtCamera, postureOf, sampleFromResult, type BodyLike, type FaceLike, type Sample } from "@/lib/interview-session/avatar/analysis/sample";
import { engagementScore, postureScore, summarize } from "@/lib/interview-session/avatar/analysis/scores";

const face = (over: Partial<FaceLike> = {}): FaceLike => ({
  faceScore: 0.95,
  boxRaw: [0.4, 0.2, 0.2, 0.2],
  rotation: { angle: { yaw: 0, pitch: 0.1, roll: 0 }, gaze: { bearing: 0, strength: 0.05 } },
  ...over,
});

const body = (left: [number, number], right: [number, number], nose: [number, number] = [160, 60]): BodyLike => ({
  score: 0.8,
  keypoints: [
    { part: "nose", position: nose, score: 0.7 },
    { part: "leftShoulder", position: left, score: 0.7 },
    { part: "rightShoulder", position: right, score: 0.7 },
  ],
});

const sample = (over: Partial<Sample>): Sample => ({
  offsetMs: 0,
  faceVisible: true,
  lookingAtCamera: true,
  headMovement: null,
  shoulderTilt: null,
  slouching: null,
  ...over,
});

describe("one frame → one sample", () => {
  it("counts a face only above the score threshold", () => {
    expect(sampleFromResult({ face: [face({ faceScore: 0.5 })], body: [] }, 0, null).sample.faceVisible).toBe(false);
    expect(sampleFromResult({ face: [face()], body: [] }, 0, null).sample.faceVisible).toBe(true);
  });

  it("looks at the camera only when turned less than about 20° and the eyes are not aside", () => {
    expect(isLookingAtCamera(face())).toBe(true);
    expect(isLookingAtCamera(face({ rotation: { angle: { yaw: 0.6, pitch: 0, roll: 0 } } }))).toBe(false);
    expect(isLookingAtCamera(face({ rotation: { angle: { yaw: 0, pitch: -0.5, roll: 0 } } }))).toBe(false);
    expect(isLookingAtCamera(face({ rotation: { angle: { yaw: 0, pitch: 0, roll: 0 }, gaze: { bearing: 1, strength: 0.8 } } }))).toBe(false);
    expect(isLookingAtCamera(face({ rotation: null }))).toBe(false);
  });

  it("measures shoulder tilt in degrees and slouching from how high the nose sits above the shoulders", () => {
    expect(postureOf([body([220, 160], [100, 160])])).toEqual({ shoulderTilt: 0, slouching: false });
    expect(postureOf([body([220, 200], [100, 160])]).shoulderTilt).toBeCloseTo(18.4, 1);
    // Nose only 20 px above a 120 px shoulder line: head sunk between the shoulders.
    expect(postureOf([body([220, 160], [100, 160], [160, 140])]).slouching).toBe(true);
    expect(postureOf([])).toEqual({ shoulderTilt: null, slouching: null });
    const unsure = body([220, 160], [100, 160]);
    expect(postureOf([{ ...unsure, keypoints: unsure.keypoints.map((point) => ({ ...point, score: 0.1 })) }])).toEqual({ shoulderTilt: null, slouching: null });
  });

  it("measures head movement between consecutive frames, not across gaps", () => {
    const first = sampleFromResult({ face: [face()], body: [] }, 0, null);
    const same = sampleFromResult({ face: [face()], body: [] }, 300, first.state);
    expect(same.sample.headMovement).toBe(0);
    const moved = sampleFromResult({ face: [face({ boxRaw: [0.5, 0.2, 0.2, 0.2] })], body: [] }, 600, same.state);
    expect(moved.sample.headMovement).toBeCloseTo(0.5, 3);
    const late = sampleFromResult({ face: [face()], body: [] }, 5000, moved.state);
    expect(late.sample.headMovement).toBeNull();
    expect(headMovementBetween(first.state!, { ...first.state!, yaw: 0.2 })).toBeCloseTo(0.2, 3);
  });
});

describe("session scores", () => {
  it("gives no scores without samples, and no posture score when shoulders were never seen", () => {
    expect(engagementScore([])).toBeNull();
    expect(postureScore([])).toBeNull();
    expect(postureScore([sample({})])).toBeNull();
  });

  it("scores posture as the share of level, upright samples", () => {
    const samples = [
      sample({ shoulderTilt: 1, slouching: false }),
      sample({ shoulderTilt: -7.9, slouching: false }),
      sample({ shoulderTilt: 12, slouching: false }),
      sample({ shoulderTilt: 0, slouching: true }),
      sample({ faceVisible: false }),
    ];
    expect(postureScore(samples)).toBe(50);
  });

  it("scores engagement from face in view, facing the camera and a steady head", () => {
    const perfect = [sample({}), sample({ headMovement: 0.01 }), sample({ headMovement: 0.02 })];
    expect(engagementScore(perfect)).toBe(100);
    const away = [sample({ faceVisible: false, lookingAtCamera: false }), sample({ faceVisible: false, lookingAtCamera: false })];
    expect(engagementScore(away)).toBe(0);
    const restless = [sample({ headMovement: 0.5 }), sample({ headMovement: 0.6 }), sample({ lookingAtCamera: false, headMovement: 0.7 })];
    // 40 × 1 + 40 × 2/3 + 20 × 0
    expect(engagementScore(restless)).toBe(67);
    expect(engagementScore([...perfect, ...away])).toBeLessThan(engagementScore(perfect)!);
  });

  it("summarizes percentages for the text alternative", () => {
    expect(summarize([sample({ shoulderTilt: 0, slouching: false, headMovement: 0.01 }), sample({ faceVisible: false, lookingAtCamera: false })])).toEqual({
      samples: 2,
      faceVisiblePct: 50,
      lookingAtCameraPct: 50,
      steadyPct: 100,
      goodPosturePct: 100,
    });
  });
});

describe("timeline", () => {
  it("buckets samples into percentages per 2 seconds, leaving unmeasured series empty", async () => {
    const { bucketTimeline } = await import("@/lib/interview-session/avatar/analysis/timeline");
    const points = bucketTimeline([
      sample({ offsetMs: 0, shoulderTilt: 0, slouching: false }),
      sample({ offsetMs: 1000, lookingAtCamera: false, headMovement: 0.5, shoulderTilt: 20, slouching: false }),
      sample({ offsetMs: 4500, faceVisible: false, lookingAtCamera: false }),
    ]);
    expect(points).toEqual([
      { seconds: 0, faceVisible: 100, lookingAtCamera: 50, steady: 0, posture: 50 },
      { seconds: 4, faceVisible: 0, lookingAtCamera: 0, steady: null, posture: null },
    ]);
  });

  it("summarises each answer from its start to the next one's", async () => {
    const { summarizeByAnswer, formatOffset } = await import("@/lib/interview-session/avatar/analysis/timeline");
    const samples = [sample({ offsetMs: 0 }), sample({ offsetMs: 5000 }), sample({ offsetMs: 61000, faceVisible: false, lookingAtCamera: false })];
    const rows = summarizeByAnswer(samples, [
      { position: 2, recordingOffsetMs: 60000 },
      { position: 1, recordingOffsetMs: 4000 },
    ]);
    expect(rows.map((row) => [row.label, formatOffset(row.startMs), row.summary.samples, row.summary.faceVisiblePct])).toEqual([
      ["Question 1", "0:04", 1, 100],
      ["Question 2", "1:00", 1, 0],
    ]);
    expect(summarizeByAnswer(samples, [])[0]).toMatchObject({ label: "Whole recording", summary: { samples: 3 } });
  });
});
