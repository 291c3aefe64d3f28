// What a behavioural question probes, and the words an answer about it uses. Stories about
// different things share most of their vocabulary (a team, a manager, a project, a result), so
// relevance asks whether the answer talks about the thing the question asks about, in any of
// the ways people say it: "I blew the due date" is about a missed deadline.
// Written for this project; phrases match tokens by word and inflection (see facts/match.ts).

export type Theme = {
  id: string;
  /** Completes "Your answer is about …" and "The question asks about …". */
  label: string;
  /** Phrases in the question that show it probes this theme. */
  asked: string[];
  /** Phrases in an answer that show it talks about this theme. */
  told: string[];
};

export const THEMES: readonly Theme[] = [
  {
    id: "conflict",
    label: "a conflict or disagreement with someone",
    asked: ["conflict", "disagree", "disagreement", "disagreed", "tension", "friction", "difficult coworker", "difficult colleague", "clash"],
    told: ["conflict", "disagree", "disagreement", "argu", "tension", "friction", "clash", "pushed back", "push back", "frustrat", "upset", "different view", "different opinion", "didn't see eye", "did not see eye", "at odds", "heated", "tense", "resolv", "compromise", "common ground", "objection", "objected", "conversation with", "one-on-one", "1:1", "sat down with", "talk it through", "talked it through", "his concern", "her concern", "their concern", "strongly felt", "insisted", "annoyed", "blamed", "criticiz", "criticis"],
  },
  {
    id: "deadline",
    label: "a deadline and delivering on time",
    asked: ["deadline", "due at the same time", "due date", "tight timeline", "on time", "late", "behind schedule", "time pressure", "estimate"],
    told: ["deadline", "due date", "due on", "due by", "late", "delay", "slipped", "slip", "behind schedule", "overran", "overrun", "on time", "in time", "extension", "extend", "pushed the date", "moved the date", "new date", "missed the date", "timeline", "schedule", "launch date", "release date", "days left", "weeks left", "hours left", "by friday", "by monday", "end of the week", "end of the month", "cut scope", "descoped", "estimate", "ran out of time", "crunch", "overdue"],
  },
  {
    id: "failure",
    label: "a failure or mistake and what you learned",
    asked: ["failed", "failure", "mistake", "error in your", "went wrong", "did not work", "didn't work", "missed its goals", "underperformed", "lost", "did not have the impact", "didn't work out", "wrong numbers"],
    told: ["fail", "mistake", "my fault", "i was wrong", "went wrong", "didn't work", "did not work", "flopped", "missed", "lost", "underperform", "screwed up", "messed up", "blew", "dropped the ball", "owned up", "own it", "apologiz", "apologis", "learn", "lesson", "in hindsight", "looking back", "next time", "should have", "would do differently", "regret", "error"],
  },
  {
    id: "feedback-received",
    label: "feedback you received and how you responded",
    asked: ["received critical feedback", "received feedback", "received tough criticism", "criticism of your", "feedback in a code review", "critical feedback"],
    told: ["feedback", "criticism", "critici", "critique", "review comment", "told me", "pointed out", "said that my", "said my", "my manager said", "hard to hear", "defensive", "took it on board", "took it to heart", "listened", "asked for examples", "changed how i", "improv"],
  },
  {
    id: "feedback-given",
    label: "giving difficult feedback or news to someone",
    asked: ["gave difficult feedback", "give feedback", "difficult news", "deliver difficult", "underperforming team member", "not pulling their weight"],
    told: ["feedback", "told him", "told her", "told them", "conversation", "one-on-one", "1:1", "private", "specific example", "expectation", "performance", "improvement plan", "difficult news", "honest", "check-in", "supported"],
  },
  {
    id: "influence",
    label: "persuading or influencing people",
    asked: ["influence", "persuade", "persuaded", "convince", "convinced", "no authority", "without having formal authority", "get several", "adopt", "buy-in", "change their mind", "aligned", "get people"],
    told: ["convinc", "persuad", "influenc", "buy-in", "bought in", "on board", "agreed", "pitch", "proposal", "proposed", "made the case", "showed them", "demo", "pilot", "data", "evidence", "champion", "aligned", "won over", "adopt", "stakeholder", "skeptic", "sceptic", "objection", "trust"],
  },
  {
    id: "leadership",
    label: "leading a team or project",
    asked: ["led a project", "lead a team", "leadership of", "motivated a team", "underperforming sales team", "led your team", "delegated"],
    told: ["led", "lead", "my team", "the team", "delegat", "motivat", "organiz", "organis", "ran the", "coordinat", "owned", "responsib", "assigned", "kick-off", "kickoff", "morale", "goal", "plan"],
  },
  {
    id: "prioritization",
    label: "prioritising competing work",
    asked: ["prioritis", "prioritiz", "several deadlines", "several important tasks", "competing", "juggle", "balance urgent", "more analysis and modelling requests", "many urgent", "couldn't cover everything", "could not ship everything", "due at the same time"],
    told: ["prioriti", "priority", "urgent", "important", "competing", "juggl", "triage", "first", "deferred", "postpone", "pushed back", "negotiat", "trade-off", "tradeoff", "said no", "impact", "effort", "order", "list", "calendar", "schedule", "deadline", "stakeholder", "rank"],
  },
  {
    id: "incident",
    label: "a production incident or outage",
    asked: ["incident", "outage", "on call", "on-call", "crash rates spiked", "degraded", "postmortem", "production problem"],
    told: ["incident", "outage", "down", "paged", "page", "alert", "on call", "on-call", "error rate", "errors", "5xx", "502", "500s", "rollback", "rolled back", "roll back", "mitigat", "restor", "recover", "root cause", "postmortem", "post-mortem", "hotfix", "failover", "crash", "latency", "customers couldn't", "users couldn't"],
  },
  {
    id: "bug",
    label: "finding and fixing a bug",
    asked: ["bug", "defect", "crash", "tracked down", "debug"],
    told: ["bug", "defect", "crash", "error", "reproduc", "debug", "stack trace", "logs", "fix", "root cause", "regression", "test case", "failing", "broke", "issue"],
  },
  {
    id: "learning",
    label: "learning something new quickly",
    asked: ["learn a new", "learned a new", "learn a complex", "picked up a new", "new technology", "new framework", "new tool", "new language", "reproduced a paper", "get productive", "learn"],
    told: ["learn", "tutorial", "documentation", "docs", "course", "read", "studied", "practice", "practis", "new to", "never used", "hadn't used", "had not used", "first time", "pick up", "picked up", "ramp up", "ramped up", "got up to speed", "up to speed", "prototype", "toy project", "mentor", "asked"],
  },
  {
    id: "mentoring",
    label: "mentoring or growing someone",
    asked: ["mentor", "mentored", "coach", "coached", "helped a less experienced", "grow their", "grew the skills", "junior", "new team member", "new developers", "improve the rigour"],
    told: ["mentor", "coach", "pair", "paired", "junior", "taught", "teach", "grew", "grow", "confidence", "feedback", "review", "one-on-one", "1:1", "learn", "progress", "onboard", "guide"],
  },
  {
    id: "customer",
    label: "a customer or user problem",
    asked: ["customer", "user feedback", "unhappy", "bad experience", "above and beyond", "client"],
    told: ["customer", "client", "user", "complain", "unhappy", "angry", "frustrated", "support ticket", "refund", "churn", "account", "apologiz", "apologis", "call", "experience", "satisf"],
  },
  {
    id: "ambiguity",
    label: "working through unclear requirements",
    asked: ["unclear", "vague", "ambiguous", "ambiguity", "incomplete data", "pull some numbers", "pin down"],
    told: ["unclear", "vague", "ambigu", "clarif", "assumption", "question", "asked", "requirement", "pinned down", "pin down", "scope", "defined", "acceptance criteria", "prototype", "mock", "wireframe", "what they actually needed", "actually needed", "real question", "incomplete"],
  },
  {
    id: "pushback",
    label: "pushing back or saying no",
    asked: ["said no", "say no", "pushed back", "push back", "pushed for", "walked away", "pressured", "tempted to overpromise", "unpopular", "too risky", "challenged"],
    told: ["said no", "no to", "pushed back", "push back", "declin", "refus", "risk", "concern", "instead", "alternative", "trade-off", "tradeoff", "explained", "data", "stood my ground", "held firm", "wouldn't", "would not", "pressure"],
  },
  {
    id: "technical-debt",
    label: "technical debt and code quality",
    asked: ["technical debt", "tech debt", "code reviews", "engineering practices", "quality of their sql"],
    told: ["technical debt", "tech debt", "refactor", "legacy", "cleanup", "clean up", "rewrite", "test coverage", "tests", "code review", "maintainab", "quality", "standards", "lint"],
  },
  {
    id: "migration",
    label: "a migration or large technical change",
    asked: ["migration", "migrate", "rollout of a new", "moving to"],
    told: ["migrat", "moved to", "moving to", "cutover", "cut over", "backfill", "dual-write", "legacy", "old system", "new system", "schema", "rollout", "rolled out", "phased"],
  },
  {
    id: "change",
    label: "adapting to a change",
    asked: ["adapt to a major change", "reorganization", "new direction", "change at work", "process change"],
    told: ["change", "reorg", "reorganiz", "new direction", "adapt", "uncertain", "new manager", "restructur", "pivot", "transition"],
  },
  {
    id: "ethics",
    label: "an ethical dilemma or a matter of fairness",
    asked: ["ethical", "ethics", "fairness", "biased", "unfair", "confidential", "sensitive information", "without proper documentation"],
    told: ["ethic", "right thing", "fair", "bias", "unfair", "confidential", "privacy", "legal", "policy", "complian", "integrity", "honest", "report", "escalat", "document"],
  },
  {
    id: "initiative",
    label: "taking initiative",
    asked: ["took initiative", "take initiative", "wasn't part of your responsibilities", "not on the roadmap", "noticed a problem", "automated a manual", "above and beyond"],
    told: ["noticed", "on my own", "volunteer", "nobody asked", "no one asked", "initiative", "proposed", "spare time", "side project", "took it on", "took ownership", "automat", "started", "offered"],
  },
  {
    id: "teamwork",
    label: "working with a team",
    asked: ["part of a team", "team project", "worked with people", "very different backgrounds", "worked with product or engineering", "coordination", "coordinating many people", "work it out with", "depended on"],
    told: ["team", "together", "colleague", "collaborat", "coordinat", "each other", "shared", "split the work", "helped", "support", "communicat", "meeting", "time zone", "sync"],
  },
  {
    id: "motivation",
    label: "why you want this job and where you are heading",
    asked: ["why do you want", "why this role", "why are you looking to leave", "five years", "tell me about yourself"],
    told: ["role", "company", "mission", "product", "grow", "career", "goal", "experience", "excited", "interest", "passion", "looking for", "next step", "opportunity", "team", "years"],
  },
  {
    id: "strength-weakness",
    label: "your strengths and weaknesses",
    asked: ["greatest strength", "weakness", "most proud"],
    told: ["strength", "weakness", "good at", "struggle", "improv", "working on", "proud", "skill", "tend to", "habit"],
  },
];
