// Recurrences (TIMEX3 SET): "every day" / "daily" (P1D), "every week" / "weekly" (P1W), "every
// month" / "monthly" (P1M), "every year" / "annually" / "yearly" (P1Y), "every two weeks" (P2W),
// "every Sunday" (XXXX-WXX-7), "each morning" (TMO). "Daily", "weekly" as adjectives before a noun
// ("the daily strike releases", "his weekly address") are a kind of thing, not a time, and are
// left out unless they stand as the adverb ("rallies almost daily", "gather daily outside").
import type { DateCandidate, DateParser } from "../candidate.js";
import { COUNT_SOURCE, WEEKDAY_SOURCE, countValue, dayPartCode, durationValue, matchesIf, unitOf, weekdayNumber } from "../lexicon.js";

const EVERY_UNIT = new RegExp(
  `\\b(?:every|each)\\s+(?:(other)\\s+|(${COUNT_SOURCE})\\s+)?(days?|weeks?|months?|years?|quarters?|decades?|hours?|minutes?)\\b`,
  "gi",
);
const EVERY_WEEKDAY = new RegExp(`\\b(?:every|each)\\s+(${WEEKDAY_SOURCE})\\b`, "g");
const WEEKDAYS_PLURAL = new RegExp(`\\b(?:on\\s+)(${WEEKDAY_SOURCE})s\\b`, "g");
const EVERY_PART = /\b(?:every|each)\s+(morning|afternoon|evening|night)\b/gi;
const ADVERB = /\b(daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly)\b/g;
const ADVERB_VALUES: Record<string, string> = {
  daily: "P1D",
  nightly: "TNI",
  weekly: "P1W",
  biweekly: "P2W",
  monthly: "P1M",
  quarterly: "P3M",
  annually: "P1Y",
  yearly: "P1Y",
};
/** Words after "daily"/"weekly" showing it modifies a noun. */
const NOUN_AFTER =
  /^\s+(?!(?:and|or|but|to|for|in|on|at|outside|inside|since|until|from|with|by|as|during|through|across|around|before|after|when|while|if|because|the|a|an|this|that|its|their|his|her)\b)[a-z]/;

function set(found: DateCandidate[], start: number, end: number, value: string, source: string): void {
  found.push({ start, end, type: "set", anchor: { kind: "fixed", value }, source });
}

export const setParser: DateParser = {
  name: "set",
  parse(text: string): DateCandidate[] {
    const found: DateCandidate[] = [];
    for (const m of matchesIf(text, /\b(?:every|each|per)\s/i, EVERY_UNIT)) {
      const amount = m[1] ? 2 : m[2] ? countValue(m[2]) : 1;
      set(found, m.index!, m.index! + m[0].length, durationValue(amount, unitOf(m[3])), "set/every");
    }
    for (const m of matchesIf(text, /\b(?:every|each)\s/i, EVERY_WEEKDAY))
      set(found, m.index!, m.index! + m[0].length, `XXXX-WXX-${weekdayNumber(m[1]) || 7}`, "set/weekday");
    for (const m of matchesIf(text, /days\b/, WEEKDAYS_PLURAL)) {
      const start = m.index! + m[0].length - m[1].length - 1;
      set(found, start, m.index! + m[0].length, `XXXX-WXX-${weekdayNumber(m[1]) || 7}`, "set/weekday");
    }
    for (const m of matchesIf(text, /\b(?:every|each)\s/i, EVERY_PART))
      set(found, m.index!, m.index! + m[0].length, `T${dayPartCode(m[1])}`, "set/part");
    for (const m of text.matchAll(ADVERB)) {
      const end = m.index! + m[0].length;
      if (NOUN_AFTER.test(text.slice(end, end + 20))) continue;
      set(found, m.index!, end, ADVERB_VALUES[m[1].toLowerCase()], "set/adverb");
    }
    return found;
  },
};
