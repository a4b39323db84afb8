// The words temporal expressions are made of: months, weekdays, seasons, parts of the day, units
// and numbers, with the regex sources the parsers build on. No state.
import { TENS_WORDS, UNIT_WORDS } from "../../util/words.js";

/** Number words from one to nineteen (a count of time is never "zero"). */
const SMALL: Record<string, number> = Object.fromEntries(Object.entries(UNIT_WORDS).filter(([, n]) => n > 0));
const TENS = TENS_WORDS;
const SMALL_SOURCE = Object.keys(SMALL)
  .sort((a, b) => b.length - a.length)
  .join("|");
const TENS_SOURCE = Object.keys(TENS).join("|");

/** A number in words up to the hundreds: "two", "twenty-five", "a hundred", "a dozen". */
export const NUMBER_WORDS_SOURCE = `(?:(?:a|one|two|three|four|five)\\s+hundred(?:\\s+(?:and\\s+)?(?:${TENS_SOURCE})(?:[- ](?:${SMALL_SOURCE}))?)?|(?:${TENS_SOURCE})(?:[- ](?:${SMALL_SOURCE}))?|${SMALL_SOURCE}|a\\s+dozen|dozen)`;

/** Value of a number written in words (as NUMBER_WORDS_SOURCE reads them), or NaN. */
export function parseNumberWords(text: string): number {
  let total = 0;
  let seen = false;
  for (const w of text.toLowerCase().split(/[\s-]+/)) {
    if (w === "and" || w === "a" || w === "") continue;
    if (w === "hundred") total = (total || 1) * 100;
    else if (w === "dozen") total = (total || 1) * 12;
    else if (w in SMALL) total += SMALL[w];
    else if (w in TENS) total += TENS[w];
    else return NaN;
    seen = true;
  }
  return seen ? total : NaN;
}

export const MONTH_SOURCE =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

/** Month names alone, without abbreviations (these stand as dates without a day or year). */
export const FULL_MONTH_SOURCE = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

export const WEEKDAY_SOURCE = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

const MONTH_INDEX: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** 1-12 for an English month name or abbreviation, or undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTH_INDEX[word.toLowerCase().replace(/\.$/, "").slice(0, 3)];
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** 0 (Sunday) - 6 (Saturday) for a weekday name, or undefined. */
export function weekdayNumber(word: string): number | undefined {
  const i = WEEKDAYS.indexOf(word.toLowerCase());
  return i < 0 ? undefined : i;
}

export type Season = "SP" | "SU" | "FA" | "WI";
export const SEASON_SOURCE = "(?:spring|summer|autumn|fall|winter)";
export function seasonCode(word: string): Season {
  const w = word.toLowerCase();
  return w === "spring" ? "SP" : w === "summer" ? "SU" : w === "winter" ? "WI" : "FA";
}

/** TimeML parts of the day. */
export type DayPart = "MO" | "AF" | "EV" | "NI" | "DT";
export const DAY_PART_SOURCE = "(?:morning|afternoon|evening|night|overnight)";
export function dayPartCode(word: string): DayPart {
  const w = word.toLowerCase();
  return w === "morning" ? "MO" : w === "afternoon" ? "AF" : w === "evening" ? "EV" : "NI";
}

/** Calendar units, singular. */
export type Unit = "second" | "minute" | "hour" | "day" | "week" | "fortnight" | "month" | "quarter" | "year" | "decade" | "century";
export const UNIT_SOURCE = "(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))";

export function unitOf(word: string): Unit {
  const w = word.toLowerCase();
  if (w.startsWith("centur")) return "century";
  return w.replace(/s$/, "") as Unit;
}

/** TIMEX3 duration for `amount` (a number, or "X" when unspecified) of `unit`: P4D, PT2H, P10Y, PXW. */
export function durationValue(amount: number | "X", unit: Unit): string {
  if (amount !== "X" && !Number.isInteger(amount)) {
    // "5 1/2 hours" → PT5H30M, "1.5 years" → P18M: write a fraction in the next smaller unit
    const smaller: Partial<Record<Unit, [Unit, number]>> = {
      hour: ["minute", 60],
      day: ["hour", 24],
      year: ["month", 12],
      week: ["day", 7],
      month: ["day", 30],
      minute: ["second", 60],
    };
    const next = smaller[unit];
    if (next) {
      const whole = Math.floor(amount);
      const rest = Math.round((amount - whole) * next[1]);
      const head = whole ? durationValue(whole, unit) : "";
      const tail = durationValue(rest, next[0]);
      if (!head) return tail;
      // join "PT5H" and "PT30M" → "PT5H30M"; "P1Y" and "P6M" → "P1Y6M"
      return head + tail.replace(/^PT?/, head.includes("T") || !tail.startsWith("PT") ? "" : "T");
    }
  }
  const n = String(amount);
  switch (unit) {
    case "second":
      return `PT${n}S`;
    case "minute":
      return `PT${n}M`;
    case "hour":
      return `PT${n}H`;
    case "day":
      return `P${n}D`;
    case "week":
      return `P${n}W`;
    case "fortnight":
      return amount === "X" ? "PXW" : `P${amount * 2}W`;
    case "month":
      return `P${n}M`;
    case "quarter":
      return amount === "X" ? "PXQ" : `P${amount * 3}M`;
    case "year":
      return `P${n}Y`;
    case "decade":
      return amount === "X" ? "PXDE" : `P${amount * 10}Y`;
    case "century":
      return amount === "X" ? "PXCE" : `P${amount * 100}Y`;
  }
}

/** A count as written before a unit: numerals, number words, "a", "an", "a few", "several", fractions. */
export const COUNT_SOURCE = `(?:\\d+(?:\\.\\d+)?(?:\\s+1/2|\\s*½)?|\\d{1,3}(?:,\\d{3})+|${NUMBER_WORDS_SOURCE}(?:\\s+and\\s+a\\s+half)?|a\\s+couple\\s+of|a\\s+few|a|an|one|several|few|couple\\s+of|many)`;

/** Value of a count written before a unit, or "X" when vague ("several", "a few"). */
export function countValue(text: string): number | "X" {
  const t = text.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^(?:a|an)$/.test(t)) return 1;
  if (/^(?:a few|several|few|many|a couple of|couple of)$/.test(t)) return "X";
  const half = / and a half$|\s*1\/2$|\s*½$/.test(t) ? 0.5 : 0;
  const core = t.replace(/ and a half$|\s*1\/2$|\s*½$/, "").trim();
  if (/^[\d.,]+$/.test(core)) return Number(core.replace(/,/g, "")) + half;
  const words = parseNumberWords(core);
  return Number.isNaN(words) ? "X" : words + half;
}

/** Spelled-out ordinals and their numbers, for "the third quarter", "the 20th century". */
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  "twenty-first": 21,
};
export const ORDINAL_SOURCE =
  "(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)";
export function ordinalValue(word: string): number | undefined {
  const w = word.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  return digits ? Number(digits[1]) : ORDINALS[w];
}

/** Matches of `pattern` (global) in `text`, skipping the scan when the cheap `trigger` (not global) finds nothing. */
export function matchesIf(text: string, trigger: RegExp, pattern: RegExp): Iterable<RegExpMatchArray> {
  return trigger.test(text) ? text.matchAll(pattern) : [];
}
