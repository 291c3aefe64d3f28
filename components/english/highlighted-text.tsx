import { Fragment } from "react";
import type { GrammarIssue } from "@/lib/english/schema";
import { categoryLabel } from "@/lib/english/labels";

type Segment = { text: string; issue?: number };

/** Splits the text into plain runs and flagged runs; an issue overlapping an earlier one is listed but not marked. */
export function segmentsOf(text: string, issues: GrammarIssue[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  issues.forEach((issue, index) => {
    if (issue.start < at || issue.end > text.length) return;
    if (issue.start > at) segments.push({ text: text.slice(at, issue.start) });
    // An empty span (a missing comma) still gets a visible marker.
    segments.push({ text: text.slice(issue.start, issue.end), issue: index });
    at = issue.end;
  });
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/** The checked text with each problem marked and numbered like the list below it. */
export function HighlightedText({ text, issues }: { text: string; issues: GrammarIssue[] }) {
  return (
    <div
      className="border rounded p-3 bg-body-tertiary text-break"
      style={{ whiteSpace: "pre-wrap" }}
      data-testid="highlighted-text"
    >
      {segmentsOf(text, issues).map((segment, key) => {
        const issue = segment.issue === undefined ? undefined : issues[segment.issue];
        if (!issue || segment.issue === undefined) return <Fragment key={key}>{segment.text}</Fragment>;
        const number = segment.issue + 1;
        return (
          <mark key={key} title={`${categoryLabel(issue.category)}: ${issue.message}`} data-testid="issue-mark">
            {segment.text || "\u2038"}
            <sup aria-hidden="true">{number}</sup>
            <span className="visually-hidden">
              {" "}
              (issue {number}: {categoryLabel(issue.category)})
            </span>
          </mark>
        );
      })}
    </div>
  );
}
