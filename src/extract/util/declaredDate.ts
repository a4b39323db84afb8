// Normalizing the date an article declares about itself (header marker, front matter, HTML meta, a
// dateline or stamp): used by ingest and by cleaning, so it lives below both.
import * as chrono from "chrono-node";
import { isoDay } from "./days.js";

/**
 * The ISO day a declared date stands for, or null when it is not a valid date. Accepts ISO days,
 * ISO timestamps (the calendar day as written, not shifted to UTC), compact "20230807", Date objects (YAML parses
 * `date: 2023-08-09` into one, at UTC midnight) and written dates ("August 9, 2023").
 */
export function normalizeDeclaredDate(value: unknown): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return isoDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value !== "string") return null;
  const s = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])/.exec(s);
  if (iso) return isoDay(+iso[1], +iso[2], +iso[3]);
  const slashed = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:$|[T\s])/.exec(s);
  if (slashed) return isoDay(+slashed[1], +slashed[2], +slashed[3]);
  // "20230807", as some CMSs write a publication date (NYT's pdate); a year of 19xx or 20xx only
  const compact = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:$|T|\d{4,6}$)/.exec(s);
  if (compact) return isoDay(+compact[1], +compact[2], +compact[3]);
  if (/^\d+([-/.]\d+)*$/.test(s)) return null; // numeric but not Y-M-D: ambiguous, refuse
  const parsed = chrono.strict.parse(s, new Date(Date.UTC(2000, 0, 1)));
  const first = parsed[0];
  if (!first || !first.start.isCertain("year") || !first.start.isCertain("day")) return null;
  return isoDay(first.start.get("year") ?? 0, first.start.get("month") ?? 0, first.start.get("day") ?? 0);
}
