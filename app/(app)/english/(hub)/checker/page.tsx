import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { warmUpLinter } from "@/lib/english/harper";
import { EnglishTabs } from "@/components/english/english-tabs";
import { GrammarChecker } from "@/components/english/grammar-checker";

export const metadata: Metadata = { title: "Grammar checker" };

export default async function CheckerPage() {
  await requireUser("/english/checker");
  warmUpLinter();
  return (
    <>
      <EnglishTabs
        active="checker"
        intro="Paste an answer or an email: spelling, grammar and word choice are checked on this server by harper, an open-source checker."
      />
      <GrammarChecker />
    </>
  );
}
