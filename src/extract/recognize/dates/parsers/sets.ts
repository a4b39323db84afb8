// Recurrences (TIMEX3 SET): "every day" / "daily" (P1D), "every week" / "weekly" (P1W), "every
// month" / "monthly" (P1M), "every year" / "annually" / "yearly" (P1Y), "every two weeks" (P2W),
// "every Sunday" (XXXX-WXX-7), "each morning" (TMO). "Daily", "weekly" as adjectives before a noun
// ("the daily strike releases", "his weekly address") are a kind of thing, not a time, and are
// left out unless they stand as the adverb ("rallies almost daily", "gather daily outside").
import { candidateAt, matchCandidate, parserOf, type DateParser } from "../candidate.js";
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

/** A recurrence over the whole match. */
const setOver = (m: RegExpMatchArray, value: string, source: string) => matchCandidate(m, { kind: "fixed", value }, source, "set");
const weekdaySet = (weekday: string) => `XXXX-WXX-${weekdayNumber(weekday) || 7}`;

/** "every day", "each week", "every two weeks", "every other year". */
export const everyUnit: DateParser = {
  name: "set/every",
  parse: (text) =>
    [...matchesIf(text, /\b(?:every|each|per)\s/i, EVERY_UNIT)].map((m) => {
      const amount = m[1] ? 2 : m[2] ? countValue(m[2]) : 1;
      return setOver(m, durationValue(amount, unitOf(m[3])), "set/every");
    }),
};

/** "every Sunday". */
export const everyWeekday: DateParser = {
  name: "set/weekday",
  parse: (text) => [...matchesIf(text, /\b(?:every|each)\s/i, EVERY_WEEKDAY)].map((m) => setOver(m, weekdaySet(m[1]), "set/weekday")),
};

/** "on Sundays": the weekday's plural without its preposition. */
export const weekdaysPlural: DateParser = {
  name: "set/weekdays",
  parse: (text) =>
    [...matchesIf(text, /days\b/, WEEKDAYS_PLURAL)].map((m) => {
      const end = m.index! + m[0].length;
      return candidateAt(end - m[1].length - 1, end, { kind: "fixed", value: weekdaySet(m[1]) }, "set/weekday", "set");
    }),
};

/** "each morning", "every night". */
export const everyPart: DateParser = {
  name: "set/part",
  parse: (text) => [...matchesIf(text, /\b(?:every|each)\s/i, EVERY_PART)].map((m) => setOver(m, `T${dayPartCode(m[1])}`, "set/part")),
};

/** "rallies almost daily", "gather daily outside" (not "the daily strike releases": an adjective before its noun). */
export const adverbSets: DateParser = {
  name: "set/adverb",
  parse: (text) =>
    [...text.matchAll(ADVERB)]
      .filter((m) => !NOUN_AFTER.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 20)))
      .map((m) => setOver(m, ADVERB_VALUES[m[1].toLowerCase()], "set/adverb")),
};

/** The set parser's passes, in order. */
export const SET_PASSES: DateParser[] = [everyUnit, everyWeekday, weekdaysPlural, everyPart, adverbSets];

export const setParser: DateParser = parserOf("set", SET_PASSES);
