// "four days after the coup", "a week before the vote": chrono computes a date from the article
// date, but the anchor is another event. Keep only the duration ("four days"), with no value.
// "within one week" is a deadline length: the duration "one week".
// "two days ago" and "a week later" (relative to the story's present) stay dates when followed by
// nothing that names an anchor.
import type { DateRefiner } from "../candidate.js";

const TRAILING_ANCHOR = /\s+(after|before|from|since|later|earlier)$/i;
const LEADING_WITHIN = /^(?:within|in)\s+(?=\S)/i;
const COUNTED = /(?:\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|several|few|couple|many)\b)/i;

export const anchoredDurations: DateRefiner = {
  name: "anchored-durations",
  refine(text, candidates) {
    return candidates.flatMap((c) => {
      if (c.source !== "chrono/relative") return [c];
      const t = text.slice(c.start, c.end);
      const within = LEADING_WITHIN.exec(t);
      if (within && /^(?:within|in)\s+(?:the\s+)?(?:\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|several|few)/i.test(t)) {
        // "within one week", "in two days": a deadline length, kept as the duration "one week"
        return [{ ...c, start: c.start + within[0].length, kind: "duration", known: {}, implied: {}, relative: false, granularity: undefined, source: "duration/within" }];
      }
      const m = TRAILING_ANCHOR.exec(t);
      if (!m) return [c];
      // "in the hours after the coup": a length with no count is no duration at all
      if (!COUNTED.test(t.slice(0, m.index))) return [];
      return [{ ...c, end: c.start + m.index, kind: "duration", known: {}, implied: {}, relative: false, granularity: undefined, source: "duration/anchored" }];
    });
  },
};
