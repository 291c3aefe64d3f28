// The generated part of docs/security.md. The scan rewrites only what lies between the two
// markers, so the hand-written fixes and false-positive explanations around it survive reruns.
import { atLeastMedium, type SqlmapResult, type WapitiFinding } from "./parse";

export const BEGIN = "<!-- scan:begin (written by npm run scan; edit outside these markers) -->";
export const END = "<!-- scan:end -->";

export type TargetRun = {
  label: string;
  url: string;
  seconds: number;
  /** "done", "timeout" (per-target limit hit) or "skipped" (total budget spent). */
  status: "done" | "timeout" | "skipped";
  result: SqlmapResult;
};

/** A finding judged not to be a vulnerability: its category, path and (when a category is broad) its text. */
export type FalsePositive = { category: string; path: RegExp; info?: RegExp; reason: string };

export type ScanSummary = {
  startedAt: string;
  sqlmapVersion: string;
  wapitiVersion: string;
  sqlmapOptions: string;
  wapitiOptions: string;
  runs: TargetRun[];
  sqlmapSeconds: number;
  wapiti: { seconds: number; crawled?: number; findings: WapitiFinding[]; error?: string };
  falsePositives: readonly FalsePositive[];
};

export function explained(finding: WapitiFinding, falsePositives: readonly FalsePositive[]): FalsePositive | undefined {
  return falsePositives.find((fp) => fp.category === finding.category && fp.path.test(finding.path) && (!fp.info || fp.info.test(finding.info)));
}

/** What fails the scan: injectable parameters, and medium+ findings nobody has explained. */
export function verdict(summary: Pick<ScanSummary, "runs" | "wapiti" | "falsePositives">) {
  const injectable = summary.runs.flatMap((run) => run.result.injectable.map((point) => `${run.label}: ${point}`));
  const unexplained = summary.wapiti.findings.filter((f) => atLeastMedium(f.severity) && !explained(f, summary.falsePositives));
  const incomplete = summary.runs.filter((run) => run.status !== "done").map((run) => run.label);
  const testedNothing = summary.runs.filter((run) => run.status === "done" && run.result.tested.length === 0).map((run) => run.label);
  return { injectable, unexplained, incomplete, testedNothing, ok: injectable.length === 0 && unexplained.length === 0 && !summary.wapiti.error };
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function renderSummary(summary: ScanSummary): string {
  const v = verdict(summary);
  const lines: string[] = [];
  lines.push(`Last run: ${summary.startedAt}, against a production build on 127.0.0.1 with a fresh embedded PostgreSQL and two seeded users (one for sqlmap, one for wapiti).`);
  lines.push("");
  // No finding from a scan that did not finish everything is not a clean bill: say so.
  const outcome = !v.ok ? "FAIL" : v.incomplete.length ? `no findings, but ${v.incomplete.length} of ${summary.runs.length} sqlmap targets not finished` : "pass";
  lines.push(`**Result: ${v.injectable.length} injectable parameters, ${v.unexplained.length} unexplained findings of medium or higher** (${outcome}).`);
  lines.push("");
  lines.push(`### sqlmap ${summary.sqlmapVersion}: ${summary.runs.length} targets in ${Math.round(summary.sqlmapSeconds)} s`);
  lines.push("");
  lines.push(`Options: \`${summary.sqlmapOptions}\``);
  lines.push("");
  lines.push("| target | parameters tested | injectable | time | status |");
  lines.push("|---|---|---|---|---|");
  for (const run of summary.runs) {
    const tested = run.result.tested.length ? run.result.tested.join(", ") : "none";
    const injectable = run.result.injectable.length ? run.result.injectable.join(", ") : "0";
    const notes = [run.status, ...run.result.errors.slice(0, 2)].join("; ");
    lines.push(`| ${cell(run.label)} | ${cell(tested)} | ${cell(injectable)} | ${run.seconds.toFixed(0)} s | ${cell(notes)} |`);
  }
  if (v.incomplete.length) lines.push("", `Not finished within their time limit: ${v.incomplete.join(", ")}.`);
  if (v.testedNothing.length) lines.push("", `Finished without testing a parameter: ${v.testedNothing.join(", ")}.`);
  lines.push("");
  const findings = summary.wapiti.findings;
  lines.push(`### wapiti ${summary.wapitiVersion}: ${summary.wapiti.crawled ?? "?"} URLs crawled, ${Math.round(summary.wapiti.seconds)} s`);
  lines.push("");
  lines.push(`Options: \`${summary.wapitiOptions}\``);
  lines.push("");
  if (summary.wapiti.error) lines.push(`wapiti failed: ${summary.wapiti.error}`, "");
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  lines.push(`Findings by severity: ${["critical", "high", "medium", "low", "info"].map((s) => `${s} ${counts.get(s) ?? 0}`).join(", ")}.`);
  lines.push("");
  if (findings.length) {
    lines.push("| severity | kind | category | request | parameter | note |");
    lines.push("|---|---|---|---|---|---|");
    for (const f of findings) {
      const fp = explained(f, summary.falsePositives);
      const note = fp ? `false positive: ${fp.reason}` : f.info;
      lines.push(`| ${f.severity} | ${f.kind} | ${cell(f.category)} | ${cell(`${f.method} ${f.path}`)} | ${cell(f.parameter)} | ${cell(note).slice(0, 300)} |`);
    }
  }
  return lines.join("\n");
}

/** `existing` with the generated block replaced (or appended when it has none). */
export function mergeSummary(existing: string, generated: string): string {
  const block = `${BEGIN}\n${generated}\n${END}`;
  const start = existing.indexOf(BEGIN);
  const end = existing.indexOf(END);
  if (start === -1 || end === -1 || end < start) return `${existing.trimEnd()}\n\n## Last scan\n\n${block}\n`;
  return existing.slice(0, start) + block + existing.slice(end + END.length);
}
