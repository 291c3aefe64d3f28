import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { vocabularySet } from "@/lib/english/pick";
import { POWER_VERBS } from "@/lib/english/power-verbs";
import { EnglishTabs } from "@/components/english/english-tabs";
import { VocabularyForm } from "@/components/english/vocabulary-form";

export const metadata: Metadata = { title: "Power verbs" };

export default async function VocabularyPage() {
  await requireUser("/english/vocabulary");
  return (
    <>
      <EnglishTabs
        active="vocabulary"
        intro="Interviewers remember what you did. Pick the verb that says it best; the highlighted phrase is the weak one it replaces."
      />
      <VocabularyForm questions={vocabularySet()} />
      <details className="mt-4">
        <summary className="h6 d-inline">All {POWER_VERBS.length} weak verbs and stronger ones</summary>
        <div className="table-responsive mt-2">
          <table className="table table-sm">
            <thead>
              <tr>
                <th scope="col">Instead of</th>
                <th scope="col">Say</th>
                <th scope="col">Example</th>
              </tr>
            </thead>
            <tbody>
              {POWER_VERBS.map((pair) => (
                <tr key={pair.id}>
                  <td className="text-nowrap">{pair.weak}</td>
                  <td>{pair.strong.join(", ")}</td>
                  <td className="small">{pair.rewrite}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
