// Infers an article's date when its header gives none: the latest absolute, day-precise date
// written in its text (news reports on or after the events they name).
import type { DateMention } from "../types.js";

export function inferArticleDate(dates: DateMention[]): string | null {
  const absolute = dates
    .filter((d) => !d.relative && d.granularity === "day" && d.value && /^\d{4}-\d{2}-\d{2}$/.test(d.value))
    .map((d) => d.value as string)
    .sort();
  return absolute.length ? absolute[absolute.length - 1] : null;
}
