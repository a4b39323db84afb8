// Expressions that step from the article date: "today", "yesterday", "tonight", "this morning",
// "last night", "last week" (the previous ISO week), "this month", "next year", "this weekend",
// "two days ago", "a decade ago" (ten years back), "three weeks from now"; periods named from the
// article date ("the end of the year"); "the weekend" (placed by its clause, like a weekday); and
// anaphoric ones that step from the date the text last mentioned: "that day", "later that year",
// "the next morning", "the following week", "the day before" standing alone, "two days later",
// "a year earlier" and "the year-ago quarter" (which keep that date's quarter or month), "the
// quarter", "at dawn".
import type { DateCandidate, DateParser, TimeOfDay } from "../candidate.js";
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

function step(
  found: DateCandidate[],
  start: number,
  end: number,
  unit: Unit | "weekend",
  amount: number,
  time: TimeOfDay | undefined,
  source: string,
): void {
  found.push({ start, end, type: time ? "time" : "date", anchor: { kind: "offset", unit, amount, ...(time ? { time } : {}) }, source });
}

const DAY_STEP: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

export const relativeParser: DateParser = {
  name: "relative",
  parse(text: string): DateCandidate[] {
    const found: DateCandidate[] = [];
    // "yesterday morning", "tonight", "last night": the day (TimeML newswire mostly leaves the part out)
    for (const m of matchesIf(text, /today|tonight|yesterday|tomorrow/i, DEICTIC_DAY))
      step(found, m.index!, m.index! + m[0].length, "day", DAY_STEP[m[1].toLowerCase()], undefined, "relative/day");
    for (const m of matchesIf(text, /(?:this|last)\s+(?:morning|afternoon|evening|night)/i, THIS_PART)) {
      const last = m[1].toLowerCase() === "last";
      // "last night" is the night before; "last morning" is not said
      if (last && !/night|evening/i.test(m[2])) continue;
      step(found, m.index!, m.index! + m[0].length, "day", last ? -1 : 0, undefined, "relative/part");
    }
    for (const m of matchesIf(text, /overnight/i, OVERNIGHT))
      step(found, m.index!, m.index! + m[0].length, "day", 0, { part: "NI" }, "relative/overnight");
    for (const m of matchesIf(text, /the\s+day\s+(?:before|after)/i, DAY_AROUND)) {
      step(found, m.index!, m.index! + m[0].length, "day", /^before/i.test(m[1]) ? -2 : 2, undefined, "relative/day");
    }
    for (const m of text.matchAll(STEP)) {
      const word = m[1].toLowerCase();
      // "the past week" and "the last year" are spans (durations), found by the duration parser
      if ((word === "past" || word === "last") && /\bthe\s+$/i.test(text.slice(Math.max(0, m.index! - 4), m.index!))) continue;
      const amount = word === "last" || word === "past" || word === "previous" ? -1 : word === "this" || word === "current" ? 0 : 1;
      const unit = m[2].toLowerCase() === "weekend" ? "weekend" : unitOf(m[2]);
      step(found, m.index!, m.index! + m[0].length, unit, amount, undefined, "relative/step");
    }
    for (const { index, m } of agoMatches(text)) {
      const amount = countValue(m[1]);
      let unit = unitOf(m[2]);
      const word = m[3].toLowerCase();
      const sign = word === "ago" || word === "earlier" ? -1 : 1;
      // "a year earlier", "two days later": a step from the date the text is telling of
      const anaphoric = word === "earlier" || word === "later";
      if (amount === "X") {
        // "several days ago", "some weeks earlier" → PAST_REF; "a few years later" → FUTURE_REF (as HeidelTime)
        found.push({
          start: index,
          end: index + m[0].length,
          type: "date",
          anchor: { kind: "fixed", value: sign < 0 ? "PAST_REF" : "FUTURE_REF" },
          source: "relative/vague",
        });
        continue;
      }
      let n = amount;
      // "a decade ago" is ten years back, a year value; "two centuries ago" two hundred years
      if (unit === "decade") [unit, n] = ["year", n * 10];
      if (unit === "century") [unit, n] = ["year", n * 100];
      if (!Number.isInteger(n)) continue;
      // "a year earlier", "a year ago": the quarter or month the text is telling of, a year away
      const keepUnit = unit === "year" && n === 1 && /year/i.test(m[2]);
      if (anaphoric) {
        if (unit === "hour" || unit === "minute") continue;
        found.push({
          start: index,
          end: index + m[0].length,
          type: "date",
          anchor: { kind: "anaphoric", unit, amount: sign * n, ...(keepUnit ? { keepUnit } : {}) },
          source: "relative/anaphoric",
        });
        continue;
      }
      if (keepUnit) {
        found.push({
          start: index,
          end: index + m[0].length,
          type: "date",
          anchor: { kind: "offset", unit, amount: sign * n, keepUnit },
          source: "relative/ago",
        });
        continue;
      }
      step(found, index, index + m[0].length, unit, sign * n, undefined, "relative/ago");
    }
    for (const m of matchesIf(text, /\bago\b/i, VAGUE_AGO)) {
      found.push({
        start: m.index!,
        end: m.index! + m[0].length,
        type: "date",
        anchor: { kind: "fixed", value: "PAST_REF" },
        source: "relative/vague",
      });
    }
    for (const m of matchesIf(text, /\bof\s+the\s+(?:year|month|week|decade|century)/i, PART_OF_PERIOD)) {
      step(found, m.index!, m.index! + m[0].length, unitOf(m[1]), 0, undefined, "relative/period");
    }
    for (const m of matchesIf(text, /(?:the|early|late|mid)[\s-]+(?:morning|afternoon|evening|night)/i, PART_OF_DAY)) {
      const phrase = m[1] ?? m[3];
      const start = m.index! + m[0].length - phrase.length;
      const time = { part: dayPartCode(m[2] ?? m[4]) };
      found.push({
        start,
        end: m.index! + m[0].length,
        type: "time",
        anchor: { kind: "anaphoric", unit: "day", amount: 0, time },
        source: "relative/part-of-day",
      });
    }
    for (const m of text.includes("ear-") ? text.matchAll(YEAR_EARLIER) : []) {
      // "year-earlier profit": the adjective alone; "the year-earlier quarter": the whole phrase
      const whole = /\s/.test(m[0].replace(/^(?:the|that)\s+/i, ""));
      const start = whole ? m.index! : m.index! + m[0].search(/year-/i);
      const end = whole
        ? m.index! + m[0].length
        : start + m[0].slice(m[0].search(/year-/i)).search(/\b(?:earlier|ago)\b/i) + (/earlier/i.test(m[0]) ? 7 : 3);
      found.push({
        start,
        end,
        type: "date",
        anchor: { kind: "anaphoric", unit: "year", amount: -1, keepUnit: true },
        source: "relative/year-earlier",
      });
    }
    for (const m of text.includes("quarter") ? text.matchAll(THE_QUARTER) : []) {
      const start = m.index! + m[0].length - m[1].length;
      found.push({
        start,
        end: m.index! + m[0].length,
        type: "date",
        anchor: { kind: "anaphoric", unit: "quarter", amount: 0 },
        source: "relative/quarter",
      });
    }
    for (const m of text.includes("weekend") ? text.matchAll(THE_WEEKEND) : []) {
      found.push({
        start: m.index!,
        end: m.index! + m[0].length,
        type: "date",
        anchor: { kind: "calendar", weekday: 6, weekend: true },
        source: "relative/weekend",
      });
    }
    for (const m of text.includes("dawn") ? text.matchAll(DAWN) : []) {
      // "a pre-dawn raid", "withdrawn"
      if (m.index! > 0 && /[\w-]/.test(text[m.index! - 1])) continue;
      // a time of day with no part code: it takes the day its sentence names, as a date
      found.push({
        start: m.index!,
        end: m.index! + m[0].length,
        type: "date",
        anchor: { kind: "anaphoric", unit: "day", amount: 0, time: {} },
        source: "relative/dawn",
      });
    }
    for (const m of text.matchAll(ANAPHORIC)) {
      if (m[3]) {
        // "the day before," "the year after.": standing alone, a step from the date named last
        found.push({
          start: m.index!,
          end: m.index! + m[0].length,
          type: "date",
          anchor: { kind: "anaphoric", unit: m[3] as Unit, amount: m[4] === "before" ? -1 : 1 },
          source: "relative/anaphoric",
        });
        continue;
      }
      const which = (m[1] ?? "").toLowerCase();
      const amount = which === "next" || which === "following" ? 1 : which ? -1 : 0;
      const noun = m[2].toLowerCase();
      const isPart = /morning|afternoon|evening|night/.test(noun);
      const unit: Unit = isPart ? "day" : (noun as Unit);
      const time = undefined;
      found.push({
        start: m.index!,
        end: m.index! + m[0].length,
        type: time ? "time" : "date",
        anchor: { kind: "anaphoric", unit, amount, ...(time ? { time } : {}) },
        source: "relative/anaphoric",
      });
    }
    return found;
  },
};
