// Infers an article's date when its header gives none: the latest absolute, day-precise date or
// time written in its text (news reports on or after the events they name). Only `date` and
// `time` mentions with a written year count: "today", "Monday" or "March 3" say nothing about
// the year an undated page was written in, and durations are no dates at all.
import type { DateMention } from "../types.js";

export function inferArticleDate(dates: DateMention[]): string | null {
  const absolute = dates
    .filter((d) => (d.type === "date" || d.type === "time") && !d.relative && d.value && /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(d.value))
    .map((d) => (d.value as string).slice(0, 10))
    .sort();
  return absolute.length ? absolute[absolute.length - 1] : null;
}
