// Runs the full mix (scripts/lib/load-mix.ts) with one virtual user per account
// and collects the timed samples and the acknowledged writes. Shared by
// `npm run load` and `npm run load:faults`, so both drive the same mix.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { ROOT } from "./app-env";
import type { Sample } from "./load-stats";
import type { AckedWrite } from "./lost-writes";
import { actionId } from "./server-actions";
import { runVirtualUser, type RunShared } from "./virtual-user";
import { WEIGHTS, type MixStep } from "./load-mix";

export type LoadOptions = {
  url: string;
  emails: string[];
  /** A session cookie per email (sessionCookie in load-users.ts); users without one log in first. */
  cookies?: string[];
  seconds: number;
  thinkMs: number;
  /** Users start spread over this many ms, as a class logging in at the start of a session would. */
  rampMs: number;
  chunkBytes?: number;
  chunksPerRecording?: number;
  /** Accounts that run every step once before the clock starts; their requests and writes are not counted. */
  warmupEmails?: string[];
  /** Called when the measured run starts (after the warm-up), so a fault can be timed against it. */
  onStart?: () => void;
};

export type LoadResult = { samples: Sample[]; acked: AckedWrite[]; startedAt: number; endedAt: number };

/** A one-page resume as a PDF, different per variant so uploads are not all the same bytes. */
function resumePdf(variant: number): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: "A4", info: { CreationDate: new Date(0) } });
    const parts: Buffer[] = [];
    doc.on("data", (part: Buffer) => parts.push(part));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(parts))));
    doc.on("error", reject);
    doc.fontSize(18).text(`Alex Candidate ${variant}`);
    doc.fontSize(10).text(`alex${variant}@example.test · +44 20 7946 0${String(variant).padStart(3, "0")} · linkedin.com/in/alex${variant}`);
    doc.moveDown().fontSize(13).text("Summary");
    doc.fontSize(10).text("Backend engineer with six years building payment APIs in TypeScript and Node.js on PostgreSQL and AWS.");
    doc.moveDown().fontSize(13).text("Experience");
    doc.fontSize(10).text("Senior Backend Engineer, Payments Ltd, 2021 – 2026");
    for (const line of [
      "• Cut checkout p99 latency from 2 s to 300 ms by profiling queries and adding a cache.",
      "• Led the move of 40 services to Kubernetes with Terraform, saving 25% of hosting cost.",
      "• Mentored 4 engineers and introduced contract tests that halved production incidents.",
    ])
      doc.text(line);
    doc.moveDown().fontSize(13).text("Education");
    doc.fontSize(10).text("BSc Computer Science, University of Leeds, 2016 – 2019");
    doc.moveDown().fontSize(13).text("Skills");
    doc.fontSize(10).text("TypeScript, Node.js, PostgreSQL, AWS, Docker, Kubernetes, Terraform, Redis");
    doc.end();
  });
}

function dsaSlugs(): string[] {
  const problems = JSON.parse(readFileSync(join(ROOT, "prisma", "data", "dsa-problems.json"), "utf8")) as { slug: string }[];
  return problems.slice(0, 40).map((p) => p.slug);
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const base = {
    url: options.url,
    chunkBytes: options.chunkBytes ?? 1024 * 1024,
    chunksPerRecording: options.chunksPerRecording ?? 3,
    resumes: await Promise.all([0, 1, 2, 3].map(resumePdf)),
    actions: {
      upload: actionId("uploadResumeAction", "lib/resume/actions.ts"),
      share: actionId("createShareLinkAction", "lib/sharing/actions.ts"),
      logAttempt: actionId("logAttemptAction", "lib/dsa/actions.ts"),
    },
    dsaSlugs: dsaSlugs(),
  };
  // A fresh server loads each route's code on its first request; that is start-up, not load.
  const warmup: RunShared = { ...base, thinkMs: 50, deadline: Number.POSITIVE_INFINITY, samples: [], acked: [], shareTokens: [] };
  const everyStep = Object.keys(WEIGHTS) as MixStep[];
  await Promise.all((options.warmupEmails ?? []).map((email, n) => runVirtualUser(warmup, { email }, 10_000 + n, 0, everyStep)));

  const startedAt = Date.now();
  options.onStart?.();
  const shared: RunShared = {
    ...base,
    thinkMs: options.thinkMs,
    deadline: startedAt + options.rampMs + options.seconds * 1000,
    samples: [],
    acked: [],
    // The warm-up users' links are real links a reviewer may open.
    shareTokens: [...warmup.shareTokens],
  };
  const count = options.emails.length;
  await Promise.all(options.emails.map((email, n) => runVirtualUser(shared, { email, cookie: options.cookies?.[n] }, n, Math.round((n * options.rampMs) / count))));
  return { samples: shared.samples, acked: shared.acked, startedAt, endedAt: Date.now() };
}
