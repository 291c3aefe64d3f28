// Sentences an interview answer might contain, each with one mistake that harper flags, and the
// fix. Every entry is checked against the real engine (tests/integration/english-exercises.test.ts):
// the sentence must be flagged in `category`, each fix must come back clean.

export type BankExercise = {
  id: string;
  sentence: string;
  /** Accepted corrections, the reference first. */
  fixes: string[];
  /** harper's category for the mistake. */
  category: string;
};

export const GRAMMAR_BANK: readonly BankExercise[] = [
  {
    id: "agr-has",
    sentence: "I has three years of experience with Java.",
    fixes: ["I have three years of experience with Java."],
    category: "agreement",
  },
  {
    id: "agr-dont",
    sentence: "She don't review code on Fridays.",
    fixes: ["She doesn't review code on Fridays.", "She does not review code on Fridays."],
    category: "agreement",
  },
  {
    id: "agr-work",
    sentence: "He work on the billing team.",
    fixes: ["He works on the billing team.", "He worked on the billing team."],
    category: "agreement",
  },
  {
    id: "agr-was",
    sentence: "We was short of time before the launch.",
    fixes: ["We were short of time before the launch."],
    category: "agreement",
  },
  {
    id: "agr-they-was",
    sentence: "They was impressed by the demo.",
    fixes: ["They were impressed by the demo."],
    category: "agreement",
  },
  {
    id: "agr-its",
    sentence: "The team improved it's release process.",
    fixes: ["The team improved its release process."],
    category: "agreement",
  },
  {
    id: "art-engineer",
    sentence: "I am a engineer with a focus on testing.",
    fixes: ["I am an engineer with a focus on testing."],
    category: "miscellaneous",
  },
  {
    id: "art-internal",
    sentence: "I built a internal tool for the support team.",
    fixes: ["I built an internal tool for the support team."],
    category: "miscellaneous",
  },
  {
    id: "art-unique",
    sentence: "It was an unique chance to lead a team.",
    fixes: ["It was a unique chance to lead a team."],
    category: "miscellaneous",
  },
  {
    id: "art-mba",
    sentence: "I finished a MBA last year.",
    fixes: ["I finished an MBA last year."],
    category: "miscellaneous",
  },
  {
    id: "rep-the",
    sentence: "The the deadline moved twice.",
    fixes: ["The deadline moved twice."],
    category: "repetition",
  },
  {
    id: "rep-in",
    sentence: "I am interested in in distributed systems.",
    fixes: ["I am interested in distributed systems."],
    category: "repetition",
  },
  {
    id: "spl-received",
    sentence: "I recieved positive feedback from the client.",
    fixes: ["I received positive feedback from the client."],
    category: "spelling",
  },
  {
    id: "spl-achieved",
    sentence: "We acheived a 20 percent drop in costs.",
    fixes: ["We achieved a 20 percent drop in costs."],
    category: "spelling",
  },
  {
    id: "spl-occurred",
    sentence: "The outage occured during the holiday sale.",
    fixes: ["The outage occurred during the holiday sale."],
    category: "spelling",
  },
  {
    id: "spl-successfully",
    sentence: "I succesfully migrated the database.",
    fixes: ["I successfully migrated the database."],
    category: "spelling",
  },
  {
    id: "spl-separate",
    sentence: "We moved the data to a seperate cluster.",
    fixes: ["We moved the data to a separate cluster."],
    category: "spelling",
  },
  {
    id: "spl-english",
    sentence: "I am fluent in english and Hindi.",
    fixes: ["I am fluent in English and Hindi."],
    category: "spelling",
  },
  {
    id: "bnd-alot",
    sentence: "I have alot of experience with SQL.",
    fixes: ["I have a lot of experience with SQL."],
    category: "boundary-error",
  },
  {
    id: "pun-its",
    sentence: "Its a fast-growing company.",
    fixes: ["It's a fast-growing company.", "It is a fast-growing company."],
    category: "punctuation",
  },
  {
    id: "pun-comma",
    sentence: "I tested it , and it worked.",
    fixes: ["I tested it, and it worked."],
    category: "punctuation",
  },
  {
    id: "wc-could-of",
    sentence: "I could of shipped it sooner with more tests.",
    fixes: ["I could have shipped it sooner with more tests."],
    category: "word-choice",
  },
  {
    id: "wc-should-of",
    sentence: "We should of monitored the queue.",
    fixes: ["We should have monitored the queue."],
    category: "word-choice",
  },
  {
    id: "wc-effect",
    sentence: "The new cache will effect response times.",
    fixes: ["The new cache will affect response times."],
    category: "word-choice",
  },
  {
    id: "wc-despite",
    sentence: "Despite of the short deadline, we delivered.",
    fixes: ["Despite the short deadline, we delivered.", "In spite of the short deadline, we delivered."],
    category: "word-choice",
  },
  {
    id: "typo-excited",
    sentence: "I am very exited to join your team.",
    fixes: ["I am very excited to join your team."],
    category: "typo",
  },
  {
    id: "gr-gone",
    sentence: "She has went to every planning meeting.",
    fixes: ["She has gone to every planning meeting.", "She went to every planning meeting."],
    category: "grammar",
  },
  {
    id: "gr-gave",
    sentence: "My lead gived me more ownership.",
    fixes: ["My lead gave me more ownership.", "My lead has given me more ownership."],
    category: "grammar",
  },
  {
    id: "gr-didnt-have",
    sentence: "I didn't had access to the logs.",
    fixes: ["I didn't have access to the logs.", "I did not have access to the logs."],
    category: "grammar",
  },
  {
    id: "gr-done",
    sentence: "I have did code reviews for the whole team.",
    fixes: ["I have done code reviews for the whole team."],
    category: "grammar",
  },
  {
    id: "red-faster",
    sentence: "This release is more faster than the last one.",
    fixes: ["This release is faster than the last one."],
    category: "redundancy",
  },
  {
    id: "use-discussed",
    sentence: "We discussed about the trade-offs in detail.",
    fixes: ["We discussed the trade-offs in detail."],
    category: "usage",
  },
  {
    id: "use-good-at",
    sentence: "I am good in explaining technical ideas.",
    fixes: ["I am good at explaining technical ideas."],
    category: "usage",
  },
  {
    id: "use-supposed",
    sentence: "I am suppose to present the results on Monday.",
    fixes: ["I am supposed to present the results on Monday."],
    category: "usage",
  },
  {
    id: "misc-for-years",
    sentence: "I have been leading the team since two years.",
    fixes: ["I have been leading the team for two years."],
    category: "miscellaneous",
  },
  {
    id: "misc-than",
    sentence: "Our app is faster then the old one.",
    fixes: ["Our app is faster than the old one."],
    category: "miscellaneous",
  },
  {
    id: "cap-i",
    sentence: "i led the design of the new API.",
    fixes: ["I led the design of the new API."],
    category: "capitalization",
  },
];

const BY_ID = new Map(GRAMMAR_BANK.map((exercise) => [exercise.id, exercise]));

export function bankExercise(id: string): BankExercise | undefined {
  return BY_ID.get(id);
}
