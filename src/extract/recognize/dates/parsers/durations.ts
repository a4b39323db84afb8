// Lengths of time, with TIMEX3 duration values: "four days" (P4D), "two hours" (PT2H), "5 1/2
// hours" (PT5H30M), "the past decade" (P10Y), "the past 20-plus months" (P20M), "recent days"
// (PXD), "the coming days and weeks" (PXD), "several weeks" (PXW), "a 16-hour flight" (PT16H), and
// with the words that bound them ("about five hours", "at least 72 hours", "two more weeks").
// They carry no calendar value of their own ("four days after the coup" is anchored to the coup,
// not to the article date). Ages ("a 6-year-old boy") are not durations.
import { parserOf, passOf, type DateCandidate, type DateParser } from "../candidate.js";
import { COUNT_SOURCE, UNIT_SOURCE, countValue, durationValue, matchesIf, unitOf } from "../lexicon.js";

const MODIFIER =
  "(?:(?:about|around|approximately|roughly|some|nearly|almost|over|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|only|just|barely|under)\\s+)";
const PREFIX = "(?:(?:the\\s+)?(?:past|last|next|coming|previous|following|first|recent|final|initial|ensuing|intervening)\\s+|recent\\s+)";

// Found from the unit word back: a scan for the few unit words, then the count before each one
// (cheaper than trying a count at every word of the text).
const UNIT_WORD = new RegExp(`\\b${UNIT_SOURCE}\\b`, "gi");
const HEAD = new RegExp(
  `\\b(${MODIFIER})?(${PREFIX})?(${COUNT_SOURCE})(?:-plus|\\+)?\\s+(?:more\\s+|full\\s+|straight\\s+|consecutive\\s+|long\\s+)?$`,
  "i",
);
const TAIL = new RegExp(`^\\s+and\\s+(?:a\\s+half\\b|(${COUNT_SOURCE})\\s+(${UNIT_SOURCE})\\b)`, "i");

/** The WITH_COUNT reading of each unit word: [match text, modifier, prefix, count, unit, count2, unit2] with its index. */
function withCount(text: string): Array<{ index: number; groups: Array<string | undefined> }> {
  const out: Array<{ index: number; groups: Array<string | undefined> }> = [];
  for (const u of text.matchAll(UNIT_WORD)) {
    const from = Math.max(0, u.index! - 60);
    const head = HEAD.exec(text.slice(from, u.index!));
    if (!head) continue;
    const index = from + head.index;
    const unitEnd = u.index! + u[0].length;
    const tail = TAIL.exec(text.slice(unitEnd, unitEnd + 40));
    const whole = text.slice(index, unitEnd + (tail ? tail[0].length : 0));
    out.push({ index, groups: [whole, head[1], head[2], head[3], u[0], tail?.[1], tail?.[2]] });
  }
  return out;
}
const WITHOUT_COUNT = new RegExp(`\\b(${PREFIX})(${UNIT_SOURCE})(?:\\s+and\\s+${UNIT_SOURCE})?\\b`, "gi");
/** "a two-day visit", "the 14-day waiting period", "day-long": a duration as an adjective. */
const HYPHENATED = new RegExp(
  `\\b(?:(${COUNT_SOURCE})-(second|minute|hour|day|week|month|year|decade)(?:-long)?|(day|week|month|year|decade)s?-long)\\b(?!-old|-)`,
  "gi",
);

function add(found: DateCandidate[], start: number, end: number, value: string, source: string): void {
  found.push({ start, end, type: "duration", anchor: { kind: "fixed", value }, source });
}

/** "two months", "about five hours", "the past three years": a count and a unit of time. */
function countedLengths(text: string, found: DateCandidate[]): void {
  for (const { index, groups: m } of withCount(text)) {
    let start = index;
    // "two-hour": the number is glued to the unit by a hyphen → not matched (needs whitespace)
    if (/[-–]$/.test(text.slice(0, start))) continue;
    const end = start + m[0]!.length;
    // "a 6-year-old", "60 Minutes": ages and titles
    if (/^-old\b/.test(text.slice(end, end + 4))) continue;
    if (/^[A-Z]/.test(m[4]!) && !/^[A-Z]/.test(m[3]!)) continue;
    const count = m[3]!;
    // "so that one day Assad will answer": "one day" as "someday", not a length of time
    if (
      !m[1] &&
      !m[2] &&
      /^one\s+day$/i.test(m[0]!) &&
      !/\b(?:for|within|in|than|after|only|just|of|over|about|nearly|almost|least|a|the)\s+$/i.test(
        text.slice(Math.max(0, start - 10), start),
      )
    )
      continue;
    // "a day" after a figure is a rate ("$5 a day", "24 hours a day"), not a duration
    if (
      /^an?$/i.test(count) &&
      !m[1] &&
      !m[2] &&
      /(?:\d|\b(?:times?|once|twice|hours?|dollars?|cents?|rounds?))\s*$/i.test(text.slice(Math.max(0, start - 16), start))
    )
      continue;
    const unit = unitOf(m[4]!);
    // "a quarter of the staff", "three quarters of them": a fraction
    if (unit === "quarter" && /^\s+of\b/i.test(text.slice(end, end + 5))) continue;
    // "a quarter point", "a quarter-point cut", "a quarter mile": a fraction of a rate's point or of a measure
    if (
      unit === "quarter" &&
      /^[-\s](?:(?:percentage|percent)[-\s])?points?\b|^[-\s](?:mile|inch|pound|ton|tonne|acre|kilo|gallon)\b/i.test(
        text.slice(end, end + 22),
      )
    )
      continue;
    // "a second round": the ordinal, not one second
    if (unit === "second" && /^(?:an?|one)$/i.test(count) && !/s$/i.test(m[4]!)) continue;
    let amount = countValue(count);
    if (m[0]!.toLowerCase().includes("and a half") && amount !== "X") amount += 0.5;
    let value = durationValue(amount, unit);
    if (m[5] && m[6] && amount !== "X") {
      const second = countValue(m[5]);
      if (second !== "X") value = value + durationValue(second, unitOf(m[6])).replace(/^P(T?)/, value.includes("T") ? "" : "$1");
    }
    // "the past two months": the whole phrase; "about five hours": the bound too
    if (m[1] && /^(?:only|just)\s+$/i.test(m[1]) && !m[2]) start += m[1].length;
    // "expected to last a day": the verb "last", not "the last day"
    if (m[2] && /^last\s+$/i.test(m[2]) && /^an?$/i.test(count)) start = index + (m[1]?.length ?? 0) + m[2].length;
    add(found, start, end, value, "duration");
  }
}

/** "the past decade", "recent days": a span of time with no count. */
function uncountedLengths(text: string, found: DateCandidate[]): void {
  for (const m of text.matchAll(WITHOUT_COUNT)) {
    const unit = unitOf(m[2]);
    const plural = /s$/i.test(m[2]) && unit !== "century" ? true : /centuries/i.test(m[2]);
    const prefix = m[1].trim().toLowerCase();
    // "last year", "next week" are calendar periods; "the past decade", "recent days" are spans
    if (!plural && !/decade|century/.test(unit) && !/^the (past|last)$/.test(prefix)) continue;
    if (!plural && /^(?:the\s+)?(?:next|coming|following|first|final|previous)$/.test(prefix)) continue;
    add(found, m.index!, m.index! + m[0].length, durationValue(plural ? "X" : 1, unit), "duration");
  }
}

/** "a two-hour meeting", "a years-long war": a length of time as an adjective. */
function adjectiveLengths(text: string, found: DateCandidate[]): void {
  for (const m of matchesIf(text, /-(?:second|minute|hour|day|week|month|year|decade)|s-long/i, HYPHENATED)) {
    const amount = m[1] ? countValue(m[1]) : 1;
    const unit = unitOf(m[2] ?? m[3]);
    add(found, m.index!, m.index! + m[0].length, durationValue(m[3] && /s-long$/i.test(m[0]) ? "X" : amount, unit), "duration/adjective");
  }
}

/** The duration parser's passes, in order: "four days", "the past week", "two-year". */
export const DURATION_PASSES: DateParser[] = [
  passOf("duration/counted", countedLengths),
  passOf("duration/uncounted", uncountedLengths),
  passOf("duration/adjective", adjectiveLengths),
];

export const durationParser: DateParser = parserOf("duration", DURATION_PASSES);
