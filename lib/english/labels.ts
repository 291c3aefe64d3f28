/** harper's lint kind as an API category: "WordChoice" → "word-choice". */
export function categoryOf(kind: string): string {
  return kind.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase() || "other";
}

// Display names for those categories; unknown ones are capitalised.
const CATEGORY_LABELS: Record<string, string> = {
  agreement: "Agreement",
  "boundary-error": "Word boundary",
  capitalization: "Capitalisation",
  eggcorn: "Misheard phrase",
  enhancement: "Enhancement",
  formatting: "Formatting",
  grammar: "Grammar",
  malapropism: "Wrong word",
  miscellaneous: "Articles and usage",
  nonstandard: "Non-standard phrase",
  punctuation: "Punctuation",
  readability: "Readability",
  redundancy: "Redundancy",
  regionalism: "Regional usage",
  repetition: "Repeated word",
  spelling: "Spelling",
  style: "Style",
  tense: "Verb tense",
  typo: "Typo",
  uncountable: "Uncountable noun",
  usage: "Usage",
  "word-choice": "Word choice",
  "word-order": "Word order",
};

export function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? category.charAt(0).toUpperCase() + category.slice(1).replace(/-/g, " ");
}
