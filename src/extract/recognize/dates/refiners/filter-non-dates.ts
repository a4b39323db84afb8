// Drops what chrono reads as a date but a news reader would not: "now", bare clock times
// ("07:33", "10 a.m."), words that are months or weekdays only by spelling ("march", "may",
// "sat"), parts of the day alone ("a hazy morning"), and bare number ranges ("15 to 20").
import type { DateCandidate, DateRefiner } from "../candidate.js";
import { MONTH_NAMES } from "../candidate.js";

const LOWERCASE_MONTH_ONLY = new RegExp(`^(?:${MONTH_NAMES})\\.?$`);
const WEEKDAY_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?$/i;
const NOW = /^(?:right\s+)?now$|^(?:at\s+)?present$|^currently$/i;
const NUMBERS_ONLY = /^(?:from|to|and|through|between|[\s\d.,:\-–\/])*$/i;
const SAME_DAY_PART = /\b(?:this|tonight|yesterday|tomorrow|today|last\s+night)\b/i;

const hasDatePart = (c: DateCandidate) =>
  c.known.day !== undefined || c.known.month !== undefined || c.known.year !== undefined || c.known.weekday !== undefined;

export const filterNonDates: DateRefiner = {
  name: "filter-non-dates",
  refine(text, candidates) {
    return candidates.filter((c) => {
      if (c.source.startsWith("chrono") === false) return true;
      const t = text.slice(c.start, c.end);
      if (NOW.test(t)) return false;
      if (LOWERCASE_MONTH_ONLY.test(t)) return false; // capitalized "March" is kept
      if (WEEKDAY_ABBREVIATION.test(t)) return false;
      if (NUMBERS_ONLY.test(t) && !/\b\d{4}\b/.test(t)) return false;
      if (!hasDatePart(c) && c.source !== "chrono/relative") {
        // clock times and day parts: keep only when they name a day ("this morning", "tonight")
        if (!SAME_DAY_PART.test(t)) return false;
        c.granularity = "day";
      }
      return true;
    });
  },
};
