// Weak verbs that blur what a candidate did, with stronger ones that say it. Written for this
// project; each sentence uses the weak form and its rewrite the first strong verb.

export type PowerVerb = {
  id: string;
  weak: string;
  /** Stronger verbs for the same meaning, the one used in the rewrite first. */
  strong: [string, ...string[]];
  sentence: string;
  rewrite: string;
};

export const POWER_VERBS: readonly PowerVerb[] = [
  {
    id: "helped",
    weak: "helped",
    strong: ["mentored", "coached", "guided"],
    sentence: "I helped three junior developers with their code reviews.",
    rewrite: "I mentored three junior developers through their code reviews.",
  },
  {
    id: "worked-on",
    weak: "worked on",
    strong: ["built", "developed", "engineered"],
    sentence: "I worked on the refund flow of the payment service.",
    rewrite: "I built the refund flow of the payment service.",
  },
  {
    id: "responsible-for",
    weak: "was responsible for",
    strong: ["led", "owned", "headed"],
    sentence: "I was responsible for the migration to the cloud.",
    rewrite: "I led the migration to the cloud, finishing a month early.",
  },
  {
    id: "did",
    weak: "did",
    strong: ["delivered", "completed", "executed"],
    sentence: "I did the analytics dashboard for the sales team.",
    rewrite: "I delivered the analytics dashboard the sales team now uses daily.",
  },
  {
    id: "made",
    weak: "made",
    strong: ["designed", "created", "crafted"],
    sentence: "I made a new onboarding flow for the mobile app.",
    rewrite: "I designed a new onboarding flow that lifted sign-ups by 15 percent.",
  },
  {
    id: "handled",
    weak: "handled",
    strong: ["managed", "administered", "directed"],
    sentence: "I handled the contracts with our three vendors.",
    rewrite: "I managed the contracts with our three vendors, saving 12 percent on renewal.",
  },
  {
    id: "part-of",
    weak: "was part of",
    strong: ["contributed", "collaborated on", "co-led"],
    sentence: "I was part of the search redesign.",
    rewrite: "I contributed the ranking model to the search redesign.",
  },
  {
    id: "changed",
    weak: "changed",
    strong: ["transformed", "overhauled", "restructured"],
    sentence: "I changed how our team runs retrospectives.",
    rewrite: "I transformed our retrospectives into short, action-focused meetings.",
  },
  {
    id: "improved",
    weak: "improved",
    strong: ["optimized", "refined", "upgraded"],
    sentence: "I improved the slowest database queries.",
    rewrite: "I optimized the slowest database queries and halved page load time.",
  },
  {
    id: "got",
    weak: "got",
    strong: ["secured", "won", "obtained"],
    sentence: "I got funding for a second team.",
    rewrite: "I secured funding for a second team of four engineers.",
  },
  {
    id: "started",
    weak: "started",
    strong: ["launched", "founded", "initiated"],
    sentence: "I started a weekly tech talk for the department.",
    rewrite: "I launched a weekly tech talk that now draws 60 people.",
  },
  {
    id: "talked-to",
    weak: "talked to",
    strong: ["negotiated with", "consulted", "briefed"],
    sentence: "I talked to the client about moving the deadline.",
    rewrite: "I negotiated with the client to move the deadline by two weeks.",
  },
  {
    id: "looked-at",
    weak: "looked at",
    strong: ["analyzed", "evaluated", "examined"],
    sentence: "I looked at our churn data from last year.",
    rewrite: "I analyzed last year's churn data and found the three main causes.",
  },
  {
    id: "used",
    weak: "used",
    strong: ["applied", "adopted", "deployed"],
    sentence: "I used caching to speed up the product pages.",
    rewrite: "I applied caching to the product pages and cut response times by 70 percent.",
  },
  {
    id: "set-up",
    weak: "set up",
    strong: ["established", "instituted", "introduced"],
    sentence: "I set up a code review process for the team.",
    rewrite: "I established a code review process that caught bugs before release.",
  },
  {
    id: "worked-with",
    weak: "worked with",
    strong: ["partnered with", "collaborated with", "aligned with"],
    sentence: "I worked with the design team on the new checkout.",
    rewrite: "I partnered with the design team to rebuild the checkout.",
  },
  {
    id: "dealt-with",
    weak: "dealt with",
    strong: ["mitigated", "contained", "defused"],
    sentence: "I dealt with two serious production incidents.",
    rewrite: "I mitigated two serious production incidents within an hour each.",
  },
  {
    id: "came-up-with",
    weak: "came up with",
    strong: ["devised", "conceived", "formulated"],
    sentence: "I came up with a new caching strategy.",
    rewrite: "I devised a new caching strategy that removed most database load.",
  },
  {
    id: "showed",
    weak: "showed",
    strong: ["demonstrated", "presented", "showcased"],
    sentence: "I showed the prototype to the leadership team.",
    rewrite: "I demonstrated the prototype to the leadership team and won approval.",
  },
  {
    id: "made-changes",
    weak: "made changes to",
    strong: ["streamlined", "simplified", "overhauled"],
    sentence: "I made changes to the release process.",
    rewrite: "I streamlined the release process from two days to two hours.",
  },
  {
    id: "in-charge-of",
    weak: "was in charge of",
    strong: ["oversaw", "supervised", "directed"],
    sentence: "I was in charge of the quality assurance team.",
    rewrite: "I oversaw a quality assurance team of six testers.",
  },
  {
    id: "wrote",
    weak: "wrote",
    strong: ["authored", "drafted", "published"],
    sentence: "I wrote the guidelines for our public API.",
    rewrite: "I authored the guidelines that every public API now follows.",
  },
  {
    id: "put-together",
    weak: "put together",
    strong: ["assembled", "organized", "formed"],
    sentence: "I put together a team for the hackathon.",
    rewrite: "I assembled a team that won the company hackathon.",
  },
  {
    id: "kept-track",
    weak: "kept track of",
    strong: ["monitored", "tracked", "audited"],
    sentence: "I kept track of our cloud spending.",
    rewrite: "I monitored our cloud spending and flagged waste worth $40,000 a year.",
  },
  {
    id: "found",
    weak: "found",
    strong: ["identified", "diagnosed", "uncovered"],
    sentence: "I found a memory leak in the background worker.",
    rewrite: "I identified a memory leak in the background worker before it reached customers.",
  },
  {
    id: "made-sure",
    weak: "made sure",
    strong: ["ensured", "guaranteed", "verified"],
    sentence: "I made sure every release was tested.",
    rewrite: "I ensured every release passed automated tests.",
  },
  {
    id: "checked",
    weak: "checked",
    strong: ["audited", "reviewed", "inspected"],
    sentence: "I checked the access rights of every service account.",
    rewrite: "I audited the access rights of every service account and removed 40 unused ones.",
  },
  {
    id: "taught",
    weak: "taught",
    strong: ["trained", "educated", "coached"],
    sentence: "I taught the support team how to use the new tool.",
    rewrite: "I trained the support team on the new tool in two workshops.",
  },
  {
    id: "brought-in",
    weak: "brought in",
    strong: ["generated", "attracted", "captured"],
    sentence: "I brought in new customers through webinars.",
    rewrite: "I generated 200 qualified leads through monthly webinars.",
  },
  {
    id: "ran",
    weak: "ran",
    strong: ["orchestrated", "coordinated", "spearheaded"],
    sentence: "I ran the launch of the new pricing plans.",
    rewrite: "I orchestrated the launch of the new pricing plans across four teams.",
  },
  {
    id: "moved",
    weak: "moved",
    strong: ["migrated", "transitioned", "relocated"],
    sentence: "I moved our servers to the cloud.",
    rewrite: "I migrated our servers to the cloud without downtime.",
  },
  {
    id: "gave-ideas",
    weak: "gave ideas for",
    strong: ["proposed", "recommended", "pitched"],
    sentence: "I gave ideas for the product plan.",
    rewrite: "I proposed three features that made it into the product plan.",
  },
  {
    id: "planned",
    weak: "planned",
    strong: ["architected", "mapped out", "strategized"],
    sentence: "I planned the new data platform.",
    rewrite: "I architected the new data platform that serves every team.",
  },
  {
    id: "got-rid-of",
    weak: "got rid of",
    strong: ["eliminated", "removed", "retired"],
    sentence: "I got rid of the manual steps in our deployment.",
    rewrite: "I eliminated the manual steps in our deployment.",
  },
  {
    id: "sped-up",
    weak: "sped up",
    strong: ["accelerated", "expedited", "fast-tracked"],
    sentence: "I sped up the test suite.",
    rewrite: "I accelerated the test suite from 20 minutes to 6.",
  },
  {
    id: "added",
    weak: "added",
    strong: ["implemented", "integrated", "introduced"],
    sentence: "I added search to the mobile app.",
    rewrite: "I implemented full-text search in the mobile app.",
  },
  {
    id: "went-to",
    weak: "went to",
    strong: ["represented the team at", "presented at", "led"],
    sentence: "I went to the weekly client meetings.",
    rewrite: "I represented the team at the weekly client meetings.",
  },
  {
    id: "figured-out",
    weak: "figured out",
    strong: ["diagnosed", "pinpointed", "determined"],
    sentence: "I figured out why the nightly builds were failing.",
    rewrite: "I diagnosed why the nightly builds were failing and fixed the cause.",
  },
  {
    id: "tried-out",
    weak: "tried out",
    strong: ["validated", "piloted", "tested"],
    sentence: "I tried out the new pricing idea with customers.",
    rewrite: "I validated the new pricing idea with 50 customers.",
  },
  {
    id: "grew",
    weak: "grew",
    strong: ["scaled", "expanded", "multiplied"],
    sentence: "I grew the platform to more users.",
    rewrite: "I scaled the platform to a million monthly users.",
  },
  {
    id: "involved-in",
    weak: "was involved in",
    strong: ["drove", "championed", "steered"],
    sentence: "I was involved in the hiring process.",
    rewrite: "I drove the hiring process for two senior roles.",
  },
  {
    id: "arranged",
    weak: "arranged",
    strong: ["coordinated", "scheduled", "facilitated"],
    sentence: "I arranged meetings between the sales and product teams.",
    rewrite: "I coordinated monthly planning between the sales and product teams.",
  },
];

const BY_ID = new Map(POWER_VERBS.map((pair) => [pair.id, pair]));

export function powerVerb(id: string): PowerVerb | undefined {
  return BY_ID.get(id);
}

/** True when the chosen option is one of the pair's strong verbs (case and spacing ignored). */
export function isStrongChoice(pair: PowerVerb, chosen: string): boolean {
  const norm = (value: string) => value.trim().toLowerCase().replace(/\s+/g, " ");
  return pair.strong.some((verb) => norm(verb) === norm(chosen));
}
