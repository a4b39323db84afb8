// Lengths of time: "four days", "12 months", "the past 20-plus months", "the past decade",
// "recent days", "the coming days and weeks", "several weeks". They carry no calendar value of
// their own ("four days after the coup" is anchored to the coup, not to the article date).
// Hyphenated adjectives ("a two-hour meeting", "one-week ultimatum") are figures, not durations.
import type { DateCandidate, DateParser } from "../candidate.js";
import { NUMBER_WORDS_SOURCE, NUMERAL_SOURCE } from "../../figures/numbers.js";

const UNIT = `(?:second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ies))s?`;
const COUNT = `(?:${NUMERAL_SOURCE}|${NUMBER_WORDS_SOURCE}|a\\s+few|several|few|many)(?:-plus|\\+)?`;
const PREFIX = `(?:(?:the\\s+)?(?:past|last|next|coming|previous|following|first|recent|final)\\s+|recent\\s+)`;

const WITH_COUNT = new RegExp(`\\b(${PREFIX})?(${COUNT})\\s+(${UNIT})(?:\\s+and\\s+${UNIT})?\\b`, "gi");
const WITHOUT_COUNT = new RegExp(`\\b(${PREFIX})(${UNIT})(?:\\s+and\\s+${UNIT})?\\b`, "gi");

export const durationParser: DateParser = {
  name: "duration",
  parse(text: string): DateCandidate[] {
    const found: DateCandidate[] = [];
    const add = (start: number, end: number) =>
      found.push({ start, end, kind: "duration", known: {}, implied: {}, relative: false, source: "duration" });
    for (const m of text.matchAll(WITH_COUNT)) {
      const start = m.index!;
      // "two-hour": the number is glued to the unit by a hyphen → not matched (needs whitespace)
      if (/[-–]$/.test(text.slice(0, start))) continue;
      // "so that one day Assad will answer": "one day" as "someday", not a length of time
      if (!m[1] && /^one\s+day$/i.test(m[0]) && !/\b(?:for|within|in|than|after|only|just|of|over|about|nearly|almost|least|a|the)\s+$/i.test(text.slice(Math.max(0, start - 10), start))) continue;
      add(start, start + m[0].length);
    }
    for (const m of text.matchAll(WITHOUT_COUNT)) {
      const unit = m[2].toLowerCase();
      const prefix = m[1].trim().toLowerCase();
      // "last year", "next week" are calendar periods (chrono); "the past decade", "recent days" are spans
      if (!/s$/.test(unit) && !/decade|century/.test(unit) && !/^the (past|last)$/.test(prefix)) continue;
      add(m.index!, m.index! + m[0].length);
    }
    return found;
  },
};
