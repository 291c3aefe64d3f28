// The feedback card under the session page's h1 (headingLevel 2) and under a history h2
// (headingLevel 3): its list headings sit one level below its own, so no level is skipped
// (Lighthouse's heading-order audit failed on the session page when they were always h4).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FeedbackCard } from "@/components/ai-interview/feedback-card";
import { startSession, submitAnswer } from "@/lib/interview-session/service";
import { getSession } from "@/lib/interview-session/queries";
import { createUser } from "../factories";

const ANSWER =
  "At my last job our checkout API timed out under load. I was responsible for fixing it, so I profiled the service, added a Redis cache and moved email sending to a queue. As a result p99 latency fell from 2.1 s to 300 ms and errors dropped by 90%.";

function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
}

describe("FeedbackCard headings", () => {
  it.each([2, 3] as const)("nest one level below a card heading of level %i", async (level) => {
    const user = await createUser();
    const { id } = await startSession(user.id, "text", { role: "Backend engineer", level: "mid", format: "behavioral", count: 1, followUps: 0 });
    const first = (await getSession(user.id, "text", id))!.answers[0]!;
    await submitAnswer(user.id, "text", { sessionId: id, answerId: first.id, answer: ANSWER, durationSeconds: 60 });
    const scored = (await getSession(user.id, "text", id))!.answers[0]!;
    expect(scored.score).not.toBeNull();
    const levels = headingLevels(renderToStaticMarkup(createElement(FeedbackCard, { answer: scored, headingLevel: level })));
    expect(levels[0]).toBe(level);
    expect(levels.length).toBeGreaterThan(1);
    expect(levels.slice(1).every((sub) => sub === level + 1)).toBe(true);
  });
});
