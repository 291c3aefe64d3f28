// The established facts of a technical topic and the misconceptions interviewers hear about it.
// Written for this project; the local evaluator checks an answer's sentences against them.

/**
 * A sentence matches a pattern when every group matches, in order, each group's phrase starting
 * at most `maxGap` tokens (default 4) after the previous group's phrase ended. A group is a list
 * of alternative phrases; a phrase matches tokens by word prefix after lower-casing, so
 * "retransmit" matches "retransmits" and "retransmitted", and "connection-oriented" is one token.
 */
export type Pattern = {
  groups: string[][];
  maxGap?: number;
  /** Words that must not stand between two groups, such as the other subject being compared. */
  breaks?: string[];
};

export type KeyFact = {
  /** Stable within the topic, kebab-case. */
  id: string;
  /** The fact as a user would read it in feedback. */
  text: string;
  /** Any one of these patterns in one sentence shows the answer states the fact. */
  evidence: Pattern[];
};

export type Misconception = {
  id: string;
  /** The wrong claim, in plain words ("TCP is connectionless"). */
  claim: string;
  /** What is true, written to follow the user's words ("TCP is connection-oriented and retransmits lost segments"). */
  correction: string;
  /** Any one of these patterns in one sentence means the answer makes the wrong claim. */
  patterns: Pattern[];
};

export type Topic = {
  /** kebab-case, unique across the catalogue. */
  id: string;
  name: string;
  /**
   * Phrases that, found in a question's text (same prefix matching, any order), map the question
   * to this topic. Two or more distinct triggers, or one listed in `strongTriggers`, are needed.
   */
  triggers: string[];
  strongTriggers: string[];
  facts: KeyFact[];
  misconceptions: Misconception[];
};
