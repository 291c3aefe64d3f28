import type { SpeakingResults as Results } from "@/lib/english/schema";
import { LONG_PAUSE_SECONDS } from "@/lib/english/schema";

const terms = (list: { term: string; count: number }[]) =>
  list.length === 0 ? "none" : list.map((t) => `“${t.term}” ×${t.count}`).join(", ");

/** Pace, fillers, hedges and pauses, each with how it was measured, then the transcript. */
export function SpeakingResults({ results }: { results: Results }) {
  const pauses =
    results.pauses === null
      ? results.input === "typed"
        ? "Not measured: you typed what you said."
        : "Not measured: speech recognition did not report timings."
      : results.pauses.count === 0
        ? `None over ${LONG_PAUSE_SECONDS} seconds.`
        : `${results.pauses.count} over ${LONG_PAUSE_SECONDS} seconds (longest ${results.pauses.longestSeconds} s).`;
  const rows: [string, string, string][] = [
    ["Words per minute", results.wordsPerMinute === null ? "–" : String(results.wordsPerMinute), "wpm"],
    [
      "Filler words",
      `${results.fillerCount} (${results.fillerRate} per 100 words): ${terms(results.fillers)}`,
      "fillers",
    ],
    ["Hedges", `${results.hedgeCount}: ${terms(results.hedges)}`, "hedges"],
    ["Long pauses", pauses, "pauses"],
    [
      "Words",
      `${results.wordCount} in ${results.durationSeconds} seconds (${results.input === "speech" ? "spoken" : "typed"})`,
      "words",
    ],
  ];
  if (results.accuracy !== null)
    rows.push(["Reading accuracy", `${Math.round(results.accuracy * 100)}% of the passage`, "accuracy"]);

  return (
    <>
      <dl className="row mb-4">
        {rows.map(([label, value, id]) => (
          <div key={id} className="col-12 d-sm-flex border-bottom py-2">
            <dt className="col-sm-4 fw-normal text-body-secondary">{label}</dt>
            <dd className="col-sm-8 mb-0 text-break" data-testid={`speaking-${id}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <h2 className="h5">How the score was worked out</h2>
      <ul className="list-group mb-4">
        {results.parts.map((part) => (
          <li key={part.label} className="list-group-item d-flex flex-wrap justify-content-between gap-2">
            <span>
              <strong>{part.label}</strong>: {part.detail}
            </span>
            <span className="fw-semibold">{part.score}/100</span>
          </li>
        ))}
      </ul>
      <h2 className="h5">Transcript</h2>
      <p className="border rounded p-3 text-break" style={{ whiteSpace: "pre-wrap" }}>
        {results.transcript}
      </p>
    </>
  );
}
