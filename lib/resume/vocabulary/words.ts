// Curated word lists. Lower case; compared with lower-cased whole tokens.

/** Grammar words: never keywords. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and and/or any are as at be because been before being below between both
  but by can could did do does doing down during each either etc e.g eg i.e ie few for from further had has have having he her here
  hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out
  over own same she should so some such than that the their theirs them then there these they this those through to too under
  until up upon very via was we were what when where which while who whom why will with within without would you your yours
  yourself we're we'll we've you're you'll you've it's don't can't won't isn't aren't let's us per plus across among along
  around like may might must shall etc. ie. eg. vs versus whether yet`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words every job advert uses that say nothing about the skills wanted:
 * never keywords, even when capitalised.
 */
export const JD_FILLER: ReadonlySet<string> = new Set(
  `ability able ambitious apply applicant applicants applications benefit benefits best bonus build building candidate candidates
  career closely collaborate collaborative company competitive culture customer customers day days degree deliver delivering
  desired develop developing development driven dynamic eager employer environment equal excellent excited exciting experience
  experienced expert expertise familiar familiarity fast fast-paced flexible focus focused friendly fun good great grow growing
  growth help high highly hire hiring ideal ideally impact implement including join knowledge learn level looking love make
  minimum motivated must need new nice offer opportunity opportunities paced passion passionate people position preferred
  proficiency proficient proven quality record related relevant required requirement requirements responsibilities
  responsibility responsible role salary self-starter senior junior mid skill skills solid solutions startup strong success
  successful team teams thrive track understanding use using values want way well work working world year years you'll
  we'd bachelor's master's bs ms ba ma phd equivalent field plus bonus preferred qualifications qualification
  about overview summary description title location remote hybrid onsite office full-time part-time contract permanent
  hands-on comfortable fluent deep demonstrated prior previous background hands
  monday tuesday wednesday thursday friday january february march april may june july august september october november december`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Strong verbs to open a bullet with, in the past tense. Present-tense forms
 * ("build", "leads") are recognised too (see verbs.ts).
 */
export const ACTION_VERBS: ReadonlySet<string> = new Set(
  `accelerated achieved acquired adapted administered advised analysed analyzed architected assembled assessed audited authored
  automated balanced boosted built calculated captured centralized centralised chaired championed clarified coached collaborated
  compiled completed composed conceived conducted consolidated constructed consulted converted coordinated created cultivated
  cut debugged decreased defined delivered deployed designed detected developed devised diagnosed directed discovered doubled
  drafted drove earned edited educated eliminated enabled engineered enhanced established evaluated executed expanded
  expedited facilitated forecasted formulated founded generated grew guided halved headed identified implemented improved
  increased influenced initiated innovated inspected installed instituted integrated interviewed introduced invented
  investigated launched led leveraged maintained managed maximized maximised measured mentored merged migrated minimized
  minimised modernized modernised monitored motivated negotiated optimized optimised orchestrated organized organised
  originated overhauled oversaw partnered performed piloted pioneered planned presented prioritized prioritised produced
  programmed promoted proposed prototyped published raised ran rebuilt recruited redesigned reduced refactored reengineered
  resolved restructured revamped reviewed revitalized saved scaled secured shipped simplified slashed solved spearheaded
  standardized standardised steered streamlined strengthened structured supervised surpassed taught tested tracked trained
  transformed tripled troubleshot unified upgraded validated won wrote`
    .split(/\s+/)
    .filter(Boolean),
);

/** Weak openings and the power verbs to use instead. Longest phrases first. */
export const WEAK_OPENINGS: readonly { phrase: string; instead: string[] }[] = [
  { phrase: "was responsible for", instead: ["Led", "Owned", "Managed"] },
  { phrase: "responsible for", instead: ["Led", "Owned", "Managed"] },
  { phrase: "was involved in", instead: ["Delivered", "Contributed to", "Drove"] },
  { phrase: "involved in", instead: ["Delivered", "Contributed to", "Drove"] },
  { phrase: "participated in", instead: ["Contributed to", "Delivered", "Co-led"] },
  { phrase: "duties included", instead: ["Led", "Delivered", "Managed"] },
  { phrase: "tasked with", instead: ["Owned", "Led", "Delivered"] },
  { phrase: "worked on", instead: ["Built", "Developed", "Delivered"] },
  { phrase: "worked with", instead: ["Collaborated with", "Partnered with"] },
  { phrase: "in charge of", instead: ["Led", "Directed", "Oversaw"] },
  { phrase: "helped", instead: ["Enabled", "Drove", "Accelerated"] },
  { phrase: "assisted", instead: ["Supported", "Enabled", "Partnered on"] },
  { phrase: "handled", instead: ["Managed", "Resolved", "Processed"] },
  { phrase: "did", instead: ["Executed", "Completed", "Delivered"] },
  { phrase: "made", instead: ["Created", "Built", "Produced"] },
  { phrase: "used", instead: ["Applied", "Leveraged", "Implemented"] },
  { phrase: "got", instead: ["Earned", "Secured", "Won"] },
  { phrase: "tried", instead: ["Tested", "Piloted", "Evaluated"] },
];

/** First-person words that resumes leave out. "I" is matched as written. */
export const FIRST_PERSON = new Set(["i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"]);
