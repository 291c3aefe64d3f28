import Link from "next/link";

const TABS = [
  { href: "/english", label: "Progress", key: "overview" },
  { href: "/english/checker", label: "Grammar checker", key: "checker" },
  { href: "/english/grammar", label: "Fix the sentence", key: "grammar" },
  { href: "/english/vocabulary", label: "Power verbs", key: "vocabulary" },
  { href: "/english/speaking", label: "Speaking drill", key: "speaking" },
  { href: "/english/your-answers", label: "From your answers", key: "answers" },
] as const;

export type EnglishTab = (typeof TABS)[number]["key"];

/** The page heading and the sections of the English booster; the pills wrap on narrow screens. */
export function EnglishTabs({ active, intro }: { active: EnglishTab; intro?: string }) {
  return (
    <>
      <h1 className="h2 mb-1">English booster</h1>
      <p className="text-body-secondary mb-3">
        {intro ??
          "Grammar, vocabulary and speaking practice for interviews, checked on this server without any AI key."}
      </p>
      <nav aria-label="English booster sections" className="mb-4">
        <ul className="nav nav-pills flex-wrap gap-1">
          {TABS.map((tab) => (
            <li key={tab.key} className="nav-item">
              <Link
                href={tab.href}
                className={`nav-link py-1 px-2${tab.key === active ? " active" : ""}`}
                aria-current={tab.key === active ? "page" : undefined}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
