import Link from "next/link";

const TABS = [
  { href: "/dsa", label: "Due today & progress", key: "overview" },
  { href: "/dsa/problems", label: "Problem catalogue", key: "catalogue" },
] as const;

/** The page heading and the two views of DSA practice. */
export function DsaTabs({ active }: { active: (typeof TABS)[number]["key"] }) {
  return (
    <>
      <h1 className="h2 mb-1">DSA practice</h1>
      <p className="text-body-secondary mb-3">Log each attempt and rate how it felt; spaced repetition brings problems back just before you would forget them.</p>
      <nav aria-label="DSA practice sections" className="mb-4">
        <ul className="nav nav-underline flex-nowrap overflow-x-auto">
          {TABS.map((tab) => (
            <li key={tab.key} className="nav-item">
              <Link href={tab.href} className={`nav-link text-nowrap${tab.key === active ? " active" : ""}`} aria-current={tab.key === active ? "page" : undefined}>
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
