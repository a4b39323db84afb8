// Expressions that step from the article date: "today", "yesterday", "tonight", "this morning",
// "last night", "last week" (the previous ISO week), "this month", "next year", "this weekend",
// "two days ago", "a decade ago" (ten years back), "three weeks from now"; periods named from the
// article date ("the end of the year"); "the weekend" (placed by its clause, like a weekday); and
// anaphoric ones that step from the date the text last mentioned: "that day", "later that year",
// "the next morning", "the following week", "the day before" standing alone, "two days later",
// "a year earlier" and "the year-ago quarter" (which keep that date's quarter or month), "the
// quarter", "at dawn".
import { candidateAt, matchCandidate, parserOf, type DateCandidate, type DateParser, type TimeOfDay } from "../candidate.js";
import { COUNT_SOURCE, countValue, dayPartCode, matchesIf, unitOf, type Unit } from "../lexicon.js";

const DEICTIC_DAY = /\b(today|tonight|yesterday|tomorrow)(?:['’]s)?(?:\s+(morning|afternoon|evening|night))?\b/gi;
const THIS_PART = /\b(this|last)\s+(morning|afternoon|evening|night)\b/gi;
const OVERNIGHT =
  /\bovernight\b(?!\s+(?:stay|flight|trip|train|bag|shift|rate|session|visit|delivery|low|high|lending|loan|market|money|deposit))/gi;
const DAY_AROUND = /\bthe\s+day\s+(before\s+yesterday|after\s+tomorrow)\b/gi;
const STEP = /\b(last|this|next|coming|past|previous|current)\s+(week|month|year|quarter|decade|century|weekend)\b/gi;
// Found from the unit and the direction word back to the count (cheaper than trying a count at every word).
const AGO_TAIL =
  /\b(days?|weeks?|months?|years?|decades?|centur(?:y|ies)|quarters?|hours?|minutes?)\s+(ago|from\s+now|hence|earlier|later)\b(?!\s+than\b)/gi;
const AGO_HEAD = new RegExp(
  `\\b(?:(?:about|around|approximately|roughly|some|nearly|almost|more\\s+than|less\\s+than|just|only|at\\s+least|barely|over)\\s+)?(${COUNT_SOURCE})\\s+$`,
  "i",
);

/** "two days ago", "about a year earlier": [whole match, count, unit, direction word] with its index. */
function agoMatches(text: string): Array<{ index: number; m: [string, string, string, string] }> {
  const out: Array<{ index: number; m: [string, string, string, string] }> = [];
  for (const t of text.matchAll(AGO_TAIL)) {
    const from = Math.max(0, t.index! - 60);
    const head = AGO_HEAD.exec(text.slice(from, t.index!));
    if (!head) continue;
    const index = from + head.index;
    // "rather than a decade earlier", "instead of two days later": an alternative weighed, not a time
    if (/\b(?:rather\s+than|instead\s+of)\s+$/i.test(text.slice(Math.max(0, index - 20), index))) continue;
    out.push({ index, m: [text.slice(index, t.index! + t[0].length), head[1], t[1], t[2]] });
  }
  return out;
}
const VAGUE_AGO = /\b(?:(?:many|several|a\s+few|few|some)\s+)?(years|months|weeks|days|decades)\s+ago\b/gi;
const PART_OF_PERIOD =
  /\b(?:the\s+)?(?:end|beginning|start|middle|turn|rest|remainder|balance|close)\s+of\s+the\s+(year|month|week|decade|century)\b/gi;
/** "in the morning", "during the night": a part of the day the text is telling of. */
const PART_OF_DAY =
  /\b(?:in|during|by|until|through|throughout|since)\s+(the\s+(?:(?:early|late)\s+)?(morning|afternoon|evening|night))\b(?!\s+(?:of|before|after)\b)|\b((?:early|late|mid)[\s-](morning|afternoon|evening))\b(?!\s+(?:of|before|after)\b)/gi;
/** "over the weekend": the weekend the clause's tense points to (TIMEX3 "1998-W32-WE"). */
const THE_WEEKEND = /\bthe\s+weekend\b(?![-\u2013]|\s+of\b)/gi;
/** "at dawn", "as dawn broke": the day the sentence names. */
const DAWN = /dawn\b(?![-\u2013])/g;
/** "the year-earlier quarter", "year-ago profit": the period the text is telling of, a year back. */
const YEAR_EARLIER =
  /\b(?:(?:the|that)\s+)?year-(?:earlier|ago)(?:\s+(?:(?:first|second|third|fourth)[\s-](?:quarter|half)|quarter|period|month|half))?\b/gi;
/** "in the quarter", "for the latest quarter": the quarter the text is telling of. */
const THE_QUARTER =
  /\b(?:in|for|during|of|over|through|from|since)\s+(the\s+(?:latest\s+|most\s+recent\s+|fiscal\s+)?quarter)\b(?![-\u2013]|\s+(?:of|century|mile|hour|final|note|point|inch|pound|ton|share)s?\b)/gi;
const ANAPHORIC =
  /\b(?:(?:[Ll]ater|[Ee]arlier)\s+(?:that|in\s+the)|[Tt]hat(?:\s+same)?|[Tt]he\s+same|[Tt]he\s+(next|following|previous|preceding|prior))\s+(day|morning|afternoon|evening|night|week|month|quarter|year)\b(?![-\u2013]|['’]s\s+(?:worth|time)\b)|\b[Tt]he\s+(day|week|month|year)\s+(before|after)(?=\s*(?:[,.;:!?)\]"\u201d\u2014]|--|$))/g;

/** A step from the article date over the match: a time when a part of the day is given. */
function offsetAt(start: number, end: number, unit: Unit | "weekend", amount: number, source: string, time?: TimeOfDay): DateCandidate {
  return candidateAt(start, end, { kind: "offset", unit, amount, ...(time ? { time } : {}) }, source, time ? "time" : "date");
}

const offsetOver = (m: RegExpMatchArray, unit: Unit | "weekend", amount: number, source: string, time?: TimeOfDay) =>
  offsetAt(m.index!, m.index! + m[0].length, unit, amount, source, time);

const DAY_STEP: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/** "yesterday morning", "tonight": the day (TimeML newswire mostly leaves the part out). */
export const deicticDay: DateParser = {
  name: "relative/day",
  parse: (text) =>
    [...matchesIf(text, /today|tonight|yesterday|tomorrow/i, DEICTIC_DAY)].map((m) =>
      offsetOver(m, "day", DAY_STEP[m[1].toLowerCase()], "relative/day"),
    ),
};

/** "this morning", "last night" (the night before; "last morning" is not said). */
export const thisPartOfDay: DateParser = {
  name: "relative/part",
  parse: (text) =>
    [...matchesIf(text, /(?:this|last)\s+(?:morning|afternoon|evening|night)/i, THIS_PART)]
      .filter((m) => m[1].toLowerCase() !== "last" || /night|evening/i.test(m[2]))
      .map((m) => offsetOver(m, "day", m[1].toLowerCase() === "last" ? -1 : 0, "relative/part")),
};

/** "overnight" (not "an overnight stay"): the night of the article date. */
export const overnight: DateParser = {
  name: "relative/overnight",
  parse: (text) => [...matchesIf(text, /overnight/i, OVERNIGHT)].map((m) => offsetOver(m, "day", 0, "relative/overnight", { part: "NI" })),
};

/** "the day before yesterday", "the day after tomorrow". */
export const dayAround: DateParser = {
  name: "relative/day-around",
  parse: (text) =>
    [...matchesIf(text, /the\s+day\s+(?:before|after)/i, DAY_AROUND)].map((m) =>
      offsetOver(m, "day", /^before/i.test(m[1]) ? -2 : 2, "relative/day"),
    ),
};

const STEP_AMOUNT: Record<string, number> = { last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1 };

/** "last week", "this month", "next year", "the coming weekend" (not "the past week": a span, found as a duration). */
export const unitStep: DateParser = {
  name: "relative/step",
  parse: (text) =>
    [...text.matchAll(STEP)]
      .filter((m) => {
        const word = m[1].toLowerCase();
        return !((word === "past" || word === "last") && /\bthe\s+$/i.test(text.slice(Math.max(0, m.index! - 4), m.index!)));
      })
      .map((m) =>
        offsetOver(m, m[2].toLowerCase() === "weekend" ? "weekend" : unitOf(m[2]), STEP_AMOUNT[m[1].toLowerCase()], "relative/step"),
      ),
};

/** One "two days ago" / "a year earlier" match as a candidate, or null when it is not a time. */
function countedStep(index: number, m: [string, string, string, string]): DateCandidate | null {
  const end = index + m[0].length;
  const amount = countValue(m[1]);
  const word = m[3].toLowerCase();
  const sign = word === "ago" || word === "earlier" ? -1 : 1;
  // "several days ago", "some weeks earlier" → PAST_REF; "a few years later" → FUTURE_REF (as HeidelTime)
  if (amount === "X") return candidateAt(index, end, { kind: "fixed", value: sign < 0 ? "PAST_REF" : "FUTURE_REF" }, "relative/vague");
  let unit = unitOf(m[2]);
  let n = amount;
  // "a decade ago" is ten years back, a year value; "two centuries ago" two hundred years
  if (unit === "decade") [unit, n] = ["year", n * 10];
  if (unit === "century") [unit, n] = ["year", n * 100];
  if (!Number.isInteger(n)) return null;
  // "a year earlier", "a year ago": the quarter or month the text is telling of, a year away
  const keepUnit = unit === "year" && n === 1 && /year/i.test(m[2]);
  // "a year earlier", "two days later": a step from the date the text is telling of
  if (word === "earlier" || word === "later") {
    if (unit === "hour" || unit === "minute") return null;
    return candidateAt(index, end, { kind: "anaphoric", unit, amount: sign * n, ...(keepUnit ? { keepUnit } : {}) }, "relative/anaphoric");
  }
  if (keepUnit) return candidateAt(index, end, { kind: "offset", unit, amount: sign * n, keepUnit }, "relative/ago");
  return offsetAt(index, end, unit, sign * n, "relative/ago");
}

/** "two days ago", "about a year earlier", "three weeks from now", "several days ago". */
export const countedAgo: DateParser = {
  name: "relative/ago",
  parse: (text) => agoMatches(text).flatMap(({ index, m }) => countedStep(index, m) ?? []),
};

/** "years ago", "a few months ago": some time back (PAST_REF). */
export const vagueAgo: DateParser = {
  name: "relative/vague",
  parse: (text) =>
    [...matchesIf(text, /\bago\b/i, VAGUE_AGO)].map((m) => matchCandidate(m, { kind: "fixed", value: "PAST_REF" }, "relative/vague")),
};

/** "the end of the year", "the rest of the month": the period of the article date. */
export const partOfPeriod: DateParser = {
  name: "relative/period",
  parse: (text) =>
    [...matchesIf(text, /\bof\s+the\s+(?:year|month|week|decade|century)/i, PART_OF_PERIOD)].map((m) =>
      offsetOver(m, unitOf(m[1]), 0, "relative/period"),
    ),
};

/** "in the morning", "late evening": a part of the day the text is telling of (the phrase without its preposition). */
export const partOfDay: DateParser = {
  name: "relative/part-of-day",
  parse: (text) =>
    [...matchesIf(text, /(?:the|early|late|mid)[\s-]+(?:morning|afternoon|evening|night)/i, PART_OF_DAY)].map((m) => {
      const end = m.index! + m[0].length;
      const time = { part: dayPartCode(m[2] ?? m[4]) };
      return candidateAt(
        end - (m[1] ?? m[3]).length,
        end,
        { kind: "anaphoric", unit: "day", amount: 0, time },
        "relative/part-of-day",
        "time",
      );
    }),
};

/** "year-earlier profit": the adjective alone; "the year-earlier quarter": the whole phrase. */
function yearEarlierSpan(m: RegExpMatchArray): [number, number] {
  const whole = /\s/.test(m[0].replace(/^(?:the|that)\s+/i, ""));
  if (whole) return [m.index!, m.index! + m[0].length];
  const start = m.index! + m[0].search(/year-/i);
  return [start, start + m[0].slice(m[0].search(/year-/i)).search(/\b(?:earlier|ago)\b/i) + (/earlier/i.test(m[0]) ? 7 : 3)];
}

/** "the year-earlier quarter", "year-ago profit": the period the text is telling of, a year back. */
export const yearEarlier: DateParser = {
  name: "relative/year-earlier",
  parse: (text) =>
    [...(text.includes("ear-") ? text.matchAll(YEAR_EARLIER) : [])].map((m) => {
      const [start, end] = yearEarlierSpan(m);
      return candidateAt(start, end, { kind: "anaphoric", unit: "year", amount: -1, keepUnit: true }, "relative/year-earlier");
    }),
};

/** "in the quarter", "for the latest quarter": the quarter the text is telling of. */
export const theQuarter: DateParser = {
  name: "relative/quarter",
  parse: (text) =>
    [...(text.includes("quarter") ? text.matchAll(THE_QUARTER) : [])].map((m) => {
      const end = m.index! + m[0].length;
      return candidateAt(end - m[1].length, end, { kind: "anaphoric", unit: "quarter", amount: 0 }, "relative/quarter");
    }),
};

/** "over the weekend": the weekend the clause's tense points to, placed like a weekday. */
export const theWeekend: DateParser = {
  name: "relative/weekend",
  parse: (text) =>
    [...(text.includes("weekend") ? text.matchAll(THE_WEEKEND) : [])].map((m) =>
      matchCandidate(m, { kind: "calendar", weekday: 6, weekend: true }, "relative/weekend"),
    ),
};

/** "at dawn": a time of day with no part code, the day its sentence names (not "pre-dawn", "withdrawn"). */
export const dawn: DateParser = {
  name: "relative/dawn",
  parse: (text) =>
    [...(text.includes("dawn") ? text.matchAll(DAWN) : [])]
      .filter((m) => !(m.index! > 0 && /[\w-]/.test(text[m.index! - 1])))
      .map((m) => matchCandidate(m, { kind: "anaphoric", unit: "day", amount: 0, time: {} }, "relative/dawn")),
};

/** "that day", "the next morning", "later that year"; "the day before," standing alone: a step from the date named last. */
function anaphoricAnchor(m: RegExpMatchArray): DateCandidate["anchor"] {
  if (m[3]) return { kind: "anaphoric", unit: m[3] as Unit, amount: m[4] === "before" ? -1 : 1 };
  const which = (m[1] ?? "").toLowerCase();
  const amount = which === "next" || which === "following" ? 1 : which ? -1 : 0;
  const noun = m[2].toLowerCase();
  return { kind: "anaphoric", unit: /morning|afternoon|evening|night/.test(noun) ? "day" : (noun as Unit), amount };
}

/** "that day", "the following week", "the day before" standing alone. */
export const anaphoric: DateParser = {
  name: "relative/anaphoric",
  parse: (text) => [...text.matchAll(ANAPHORIC)].map((m) => matchCandidate(m, anaphoricAnchor(m), "relative/anaphoric")),
};

/** The relative parser's passes, in order. */
export const RELATIVE_PASSES: DateParser[] = [
  deicticDay,
  thisPartOfDay,
  overnight,
  dayAround,
  unitStep,
  countedAgo,
  vagueAgo,
  partOfPeriod,
  partOfDay,
  yearEarlier,
  theQuarter,
  theWeekend,
  dawn,
  anaphoric,
];

export const relativeParser: DateParser = parserOf("relative", RELATIVE_PASSES);
