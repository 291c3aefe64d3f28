import { words } from "@/lib/ai/local/words";
import type { Token } from "@/lib/ai/local/metrics/tokens";

// Amounts ("$2M", "2,000"), rates ("30%", "3x", "3:1") and durations ("3 weeks", "200ms"); the
// lookbehind skips digits inside words such as "p99", "S3" or "base62".
const NUMBER =
  /(?<![\p{L}\p{N}_.,])(?:[$€£¥]\s?)?\d(?:[\d,]*\d)?(?:\.\d+)?(?::\d+)?(?:(?:%|x|k|m|bn|b|ms|s)(?![\p{L}\p{N}])|\s?(?:percent|pct|million|billion|thousand|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|quarters?|years?|kb|mb|gb|tb|points?)\b)?/giu;
// Spelled-out amounts make an outcome measurable ("zero incidents", "twice as fast") but are
// not listed as numbers, which need digits.
export const NUMBER_WORDS = words(
  "zero two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds " +
    "thousand thousands million millions twice half double triple",
);
// Metrics are stored with every answer; an answer with more numbers than this is a table.
export const MAX_NUMBERS = 50;

type NumberMention = { text: string; index: number; rate: boolean };

export function findNumbers(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const value = match[0].trim();
    // A bare year dates the story and a 30-digit run is not a figure anyone says.
    if (/^(19|20)\d\d$/.test(value) || value.length > 30) continue;
    mentions.push({ text: value, index: match.index, rate: /[%$€£¥]|percent|\dx$/i.test(value) });
  }
  return mentions;
}

/** Sentence of the first token ending after the offset: "$2M" goes with the token "2M". */
export function sentenceAt(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.end ?? 0) > offset) high = middle;
    else low = middle + 1;
  }
  return tokens[low]?.sentence ?? 0;
}
