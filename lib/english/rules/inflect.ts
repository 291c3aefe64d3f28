// Verb forms for suggestions and for telling an inflected verb from its base form. The tagger
// gives lemmas but not tenses, so "went" is recognised as a past form because pastOf("go") is
// "went". Only common irregular verbs are listed; an unlisted one is treated as regular.

const IRREGULAR: Record<string, [past: string, participle: string]> = {
  be: ["was", "been"],
  have: ["had", "had"],
  do: ["did", "done"],
  go: ["went", "gone"],
  come: ["came", "come"],
  become: ["became", "become"],
  see: ["saw", "seen"],
  know: ["knew", "known"],
  take: ["took", "taken"],
  give: ["gave", "given"],
  get: ["got", "got"],
  make: ["made", "made"],
  say: ["said", "said"],
  tell: ["told", "told"],
  think: ["thought", "thought"],
  find: ["found", "found"],
  leave: ["left", "left"],
  meet: ["met", "met"],
  send: ["sent", "sent"],
  spend: ["spent", "spent"],
  build: ["built", "built"],
  buy: ["bought", "bought"],
  bring: ["brought", "brought"],
  teach: ["taught", "taught"],
  catch: ["caught", "caught"],
  feel: ["felt", "felt"],
  keep: ["kept", "kept"],
  lead: ["led", "led"],
  lose: ["lost", "lost"],
  hold: ["held", "held"],
  stand: ["stood", "stood"],
  understand: ["understood", "understood"],
  write: ["wrote", "written"],
  speak: ["spoke", "spoken"],
  break: ["broke", "broken"],
  choose: ["chose", "chosen"],
  drive: ["drove", "driven"],
  eat: ["ate", "eaten"],
  fall: ["fell", "fallen"],
  forget: ["forgot", "forgotten"],
  grow: ["grew", "grown"],
  begin: ["began", "begun"],
  run: ["ran", "run"],
  rise: ["rose", "risen"],
  wear: ["wore", "worn"],
  win: ["won", "won"],
  sell: ["sold", "sold"],
  pay: ["paid", "paid"],
  sit: ["sat", "sat"],
  sleep: ["slept", "slept"],
  hear: ["heard", "heard"],
  mean: ["meant", "meant"],
  show: ["showed", "shown"],
  fly: ["flew", "flown"],
  throw: ["threw", "thrown"],
  draw: ["drew", "drawn"],
  fight: ["fought", "fought"],
  seek: ["sought", "sought"],
  feed: ["fed", "fed"],
  lend: ["lent", "lent"],
  deal: ["dealt", "dealt"],
  hang: ["hung", "hung"],
  shoot: ["shot", "shot"],
  stick: ["stuck", "stuck"],
  swim: ["swam", "swum"],
  drink: ["drank", "drunk"],
  sing: ["sang", "sung"],
  wake: ["woke", "woken"],
  undertake: ["undertook", "undertaken"],
  overcome: ["overcame", "overcome"],
  rewrite: ["rewrote", "rewritten"],
  // Past and base forms are spelled alike: "Yesterday I read it" is correct.
  read: ["read", "read"],
  put: ["put", "put"],
  set: ["set", "set"],
  cut: ["cut", "cut"],
  let: ["let", "let"],
  hit: ["hit", "hit"],
  cost: ["cost", "cost"],
  shut: ["shut", "shut"],
  quit: ["quit", "quit"],
  spread: ["spread", "spread"],
  hurt: ["hurt", "hurt"],
  split: ["split", "split"],
  bet: ["bet", "bet"],
  cast: ["cast", "cast"],
  broadcast: ["broadcast", "broadcast"],
  upset: ["upset", "upset"],
  fit: ["fit", "fit"],
};

// Two-syllable verbs stressed on the last syllable double their final consonant.
const DOUBLES = new Set([
  "commit",
  "submit",
  "admit",
  "permit",
  "omit",
  "refer",
  "prefer",
  "occur",
  "control",
  "regret",
  "transfer",
  "begin",
  "forget",
  "upset",
]);

const VOWEL = /[aeiou]/;

function doublesFinal(base: string): boolean {
  if (DOUBLES.has(base)) return true;
  const syllables = base.match(/[aeiouy]+/g)?.length ?? 0;
  const [a = "", b = "", c = ""] = base.slice(-3);
  return syllables === 1 && base.length >= 3 && !VOWEL.test(a) && VOWEL.test(b) && !VOWEL.test(c) && !"wxy".includes(c);
}

function regularEd(base: string): string {
  if (base.endsWith("e")) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (doublesFinal(base)) return `${base}${base.slice(-1)}ed`;
  return `${base}ed`;
}

export function pastOf(base: string): string {
  return IRREGULAR[base]?.[0] ?? regularEd(base);
}

export function participleOf(base: string): string {
  return IRREGULAR[base]?.[1] ?? regularEd(base);
}

/** The -ing form: "meet" → "meeting", "use" → "using", "ship" → "shipping", "lie" → "lying". */
export function ingOf(base: string): string {
  if (base.endsWith("ie")) return `${base.slice(0, -2)}ying`;
  if (base.endsWith("e") && !/(ee|ye|oe)$/.test(base) && base !== "be") return `${base.slice(0, -1)}ing`;
  if (doublesFinal(base)) return `${base}${base.slice(-1)}ing`;
  return `${base}ing`;
}

/** The third person singular present: "work" → "works", "have" → "has", "fix" → "fixes". */
export function thirdPersonOf(base: string): string {
  if (base === "have") return "has";
  if (base === "be") return "is";
  if (/(s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** True when `word` (lower case) is the base form of a verb whose past is spelled differently. */
export function isDistinctBase(word: string, lemma: string): boolean {
  return word === lemma && /^[a-z]+$/.test(word) && pastOf(lemma) !== lemma;
}

export function isThirdPerson(word: string, lemma: string): boolean {
  return word !== lemma && word === thirdPersonOf(lemma);
}

export function isPastForm(word: string, lemma: string): boolean {
  return word !== lemma && (word === pastOf(lemma) || word === participleOf(lemma));
}
