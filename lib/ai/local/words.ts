// Word handling shared by the local engine: the answer metrics, the evaluator's
// talking-point coverage and the question selector's near-duplicate filter all
// compare words through the same stemmer, so "tuned"/"tuning" and
// "retry"/"retries" meet on both sides of every comparison.

export const words = (list: string): Set<string> => new Set(list.split(" "));

/** General English function words; they say nothing about what an answer or a question is about. */
export const STOP_WORDS: ReadonlySet<string> = words(
  "a an the and or but nor of to in on for with by at from as into onto over under about via per vs versus than then " +
    "is are was were be been being am do does did doing have has had having it its it's this that these those there here " +
    "i me my we our us you your they them their he she his her what which who whom when where why how if so such not no " +
    "never very just also can could should would will may might must shall each every all any some other more most less " +
    "instead without within between across among around like using use up out off only own same too both either " +
    "neither whether etc e.g i.e way thing things time",
);

/** Lowercase, fold British spelling, strip plural and -ing/-ed: the same on both sides. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3) return w;
  w = w.replace(/([iy])s(e|ed|es|ing|ation|ations)$/, "$1z$2");
  if (w.length > 5) w = w.replace(/our(s?)$/, "or$1");
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ss|ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length >= 5) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length >= 4 && !w.endsWith("eed")) w = w.slice(0, -2);
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  // "expire"/"expiry", "retry"/"retries", "deliver"/"delivery" meet at the same stem.
  if (/[ey]$/.test(w) && w.length >= (w.endsWith("y") ? 5 : 3)) w = w.slice(0, -1);
  return w;
}
