// chrono-node's English casual parser as one parser of the pipeline: every calendar expression
// chrono knows ("July 26, 2023", "Monday", "end of August", "last week", "two days ago").
// Components chrono only implied from the reference are kept apart from the written ones.
import * as chrono from "chrono-node";
import type { DateCandidate, DateParser, DateParts } from "../candidate.js";

const PARTS = ["year", "month", "day", "weekday"] as const;

/**
 * chrono's casual English configuration without its clock-time parser: clock times alone are not
 * dates of interest, and "since Dec. 5 to 922" would otherwise read "5 to 922" as a time range and
 * swallow the date. Times next to a date ("10 a.m. Nov. 29") still leave the date found.
 */
const DATE_CHRONO = (() => {
  const custom = chrono.casual.clone();
  custom.parsers = custom.parsers.filter((p) => p.constructor.name !== "ENTimeExpressionParser");
  return custom;
})();

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY_WORD = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;

function split(components: chrono.ParsedComponents): { known: DateParts; implied: DateParts } {
  const known: DateParts = {};
  const implied: DateParts = {};
  for (const part of PARTS) {
    const value = components.get(part);
    if (value === null || value === undefined) continue;
    if (components.isCertain(part)) known[part] = value;
    else implied[part] = value;
  }
  return { known, implied };
}

export const chronoParser: DateParser = {
  name: "chrono",
  parse(text: string, reference: Date): DateCandidate[] {
    return DATE_CHRONO.parse(text, reference).map((result) => {
      const { known, implied } = split(result.start);
      // "evening on Thursday": chrono keeps the weekday only as implied when a day part leads
      const weekday = WEEKDAY_WORD.exec(result.text);
      if (weekday && known.weekday === undefined && known.day === undefined) {
        known.weekday = WEEKDAYS.indexOf(weekday[1].toLowerCase());
        delete implied.weekday;
      }
      const tags = result.tags();
      let end = result.index + result.text.length;
      // "On Dec. 5, 12 strikes hit": chrono reads "12" as the year 2012; news writes years in full
      const shortYear = /,\s*\d{2}$/.exec(result.text);
      if (shortYear && known.year !== undefined && known.month !== undefined) {
        end -= shortYear[0].length;
        delete known.year;
        const refMonth = reference.getMonth() + 1;
        implied.year = reference.getFullYear() + (known.month - refMonth > 6 ? -1 : refMonth - known.month > 6 ? 1 : 0);
      }
      const relative =
        known.year === undefined || Boolean(shortYear) || tags.has("result/relativeDate") || tags.has("result/relativeDateAndTime");
      return {
        start: result.index,
        end,
        kind: "date",
        known,
        implied,
        relative,
        source: tags.has("result/relativeDate") ? "chrono/relative" : "chrono",
      };
    });
  },
};
