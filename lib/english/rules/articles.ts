import { issueOver, type Rule } from "@/lib/english/rules/issue";

// "a" or "an" goes by the sound of the next word. Only words whose sound the spelling settles
// are judged: "an historic" (accepted in British English) and acronyms outside the lists are left alone.

// Vowel letter, consonant sound ("a university", "a one-time fix", "a European").
const CONSONANT_SOUND = /^(uni(?!n|m|d)|use|usu|usa|uti|ute|ura|ubiq|euro|eur|one$|once$|ewe)/;
// Consonant letter, vowel sound.
const SILENT_H = /^(hour|honest|honou?r|heir)/;
// Acronyms read letter by letter that start with a vowel sound ("an MBA", "an HR team").
const VOWEL_SOUND_ACRONYMS = new Set([
  "MBA",
  "MSc",
  "MVP",
  "MRI",
  "MA",
  "MS",
  "HR",
  "HTML",
  "HTTP",
  "HTTPS",
  "SDK",
  "SLA",
  "SRE",
  "SEO",
  "SSH",
  "SSL",
  "NDA",
  "NGO",
  "LLM",
  "ML",
  "NLP",
  "RFC",
  "XML",
  "FBI",
  "SMS",
  "SVG",
]);

function wantsAn(word: string): boolean | null {
  if (!/^[A-Za-z][A-Za-z-]*$/.test(word)) return null;
  if (word.length > 1 && word === word.toUpperCase()) {
    if (VOWEL_SOUND_ACRONYMS.has(word)) return true;
    if (/^[AEIO]/.test(word)) return true;
    if (/^[BCDGJKPQTUVWYZ]/.test(word)) return false;
    return null;
  }
  if (word.length < 2) return null;
  const lower = word.toLowerCase();
  if (SILENT_H.test(lower)) return true;
  if (CONSONANT_SOUND.test(lower)) return false;
  if (/^[aeio]/.test(lower) || /^u(n|p|g|l|m|s[^eua])/.test(lower)) return true;
  if (lower.startsWith("h") || lower.startsWith("u")) return null;
  return false;
}

export const indefiniteArticle: Rule = (sentence) => {
  const issues: ReturnType<Rule> = [];
  for (const [index, token] of sentence.entries()) {
    if ((token.lower !== "a" && token.lower !== "an") || token.pos !== "DET") continue;
    // A capital "A" inside a sentence is a letter: "Plan A is cheaper", "grade A".
    if (token.text === "A" && index > 0 && /\p{L}/u.test(sentence[index - 1]?.text ?? "")) continue;
    const next = sentence[index + 1];
    if (!next || next.start !== token.end + 1) continue;
    const an = wantsAn(next.text);
    if (an === null || an === (token.lower === "an")) continue;
    const fix = an ? "an" : "a";
    const sound = an ? "a vowel sound" : "a consonant sound";
    issues.push(
      issueOver(token, token, `“${next.text}” starts with ${sound}, so use “${fix}”.`, [fix], "miscellaneous"),
    );
  }
  return issues;
};
