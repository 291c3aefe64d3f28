import type { TextStats } from "@/lib/english/schema";
import { LONG_SENTENCE_WORDS } from "@/lib/english/stats";

/** The checker's counts, as a compact description list that wraps on small screens. */
export function TextStatsList({ stats }: { stats: TextStats }) {
  const items: [string, string][] = [
    ["Words", stats.words.toLocaleString("en")],
    ["Sentences", stats.sentences.toLocaleString("en")],
    ["Problems per 100 words", String(stats.issuesPer100Words)],
    ["Average sentence", `${stats.averageSentenceLength} words`],
    [`Sentences over ${LONG_SENTENCE_WORDS} words`, String(stats.longSentences)],
    ["Reading grade (Flesch–Kincaid)", stats.readingGrade === null ? "–" : String(stats.readingGrade)],
  ];
  return (
    <dl className="row row-cols-2 row-cols-md-3 g-2 small mb-3" data-testid="text-stats">
      {items.map(([label, value]) => (
        <div key={label} className="col">
          <dt className="fw-normal text-body-secondary">{label}</dt>
          <dd className="fw-semibold mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
