// Days without a year, for the stories table: a text that gives no year ("the bombing on Aug. 7",
// "ruled on June 1") still says when its event happened to within a day of the year. Two articles
// whose event time is otherwise unknown and whose openings name such days far apart (MONTH_DAY_FAR
// or more, either way round the year: Dec. 30 and Jan. 2 are three days apart) report different
// events; the same or adjacent days (MONTH_DAY_NEAR) with openings that agree (storyLead.ts) are
// likely one event's reports, a week or a month later ("the Aug. 7 bombings"). A day without a
// year is not a dated day: it may be another year's (the same day of two years stays near), so it
// restores only part of the unknown-time doubt (MONTH_DAY_SAME), never all of it. A day named as a
// deadline ("by Jan. 14", "until Feb. 10") is when something is due, not when the event happened.
// A span after such a day ("nearly five months after Nov. 25", "ten days after the Aug. 7
// bombings") dates the event that span later: the day named is its anchor, not the event's day.
// Pure: rows in, numbers out.
import type { DateRow } from "../types.js";
import { MONTH_SOURCE, monthNumber } from "../recognize/dates/lexicon.js";
import { fromDayNumber } from "../util/days.js";

/** Days in the year of the reckoning (a day without a year cannot say whether February had 29). */
const YEAR_DAYS = 365;
/** Days of the year this far apart or more (either way round) are different events'. */
export const MONTH_DAY_FAR = 21;
/** Days of the year this close are one event's. */
export const MONTH_DAY_NEAR = 2;
/** What is left of the time factor of two articles whose openings name days MONTH_DAY_FAR apart. */
export const MONTH_DAY_APART = 0.3;
/** The time factor of two undated articles whose openings name the same or adjacent days: half the unknown-time doubt restored. */
export const MONTH_DAY_SAME = 0.8;

/** Days before each month in a year of YEAR_DAYS. */
const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const MONTH_LENGTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const MONTH_THEN_DAY = new RegExp(`^(${MONTH_SOURCE})\\s+(\\d{1,2})(?:st|nd|rd|th)?$`, "i");
const DAY_THEN_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_SOURCE})$`, "i");
/** Words before a day that make it a deadline, not the event's day. */
const DEADLINE = /\b(?:by|until|till|before|through|deadline(?:\s+of)?)\s+(?:on\s+)?$/i;

/** The day of the year (0 = Jan. 1) of a month and a day, or null when no such day is. */
function yearDay(month: number, day: number): number | null {
  return month >= 1 && month <= 12 && day >= 1 && day <= MONTH_LENGTH[month - 1] ? MONTH_START[month - 1] + day - 1 : null;
}

/**
 * The day of the year a date row names when it names a month and a day but no year ("Aug. 7",
 * "7 August", TIMEX3 "XXXX-08-07"); null for any other row.
 */
export function monthDayOf(row: Pick<DateRow, "text" | "value" | "type">): number | null {
  if (row.type !== "date") return null;
  const timex = /^XXXX-(\d{2})-(\d{2})$/.exec(row.value ?? "");
  if (timex) return yearDay(+timex[1], +timex[2]);
  if (row.value) return null;
  const text = row.text.trim();
  let m = MONTH_THEN_DAY.exec(text);
  if (m) return yearDay(monthNumber(m[1]) ?? 0, +m[2]);
  m = DAY_THEN_MONTH.exec(text);
  return m ? yearDay(monthNumber(m[2]) ?? 0, +m[1]) : null;
}

/** The day of the year of a dated day (days since 1970-01-01); null for Feb. 29, which no yearless reckoning holds. */
export function yearDayOfDay(day: number): number | null {
  const d = fromDayNumber(day);
  return yearDay(d.month, d.day);
}

/** The words between a span and the day it runs from ("five months | after | Nov. 25"). */
const SPAN_FROM = /^\s+(?:after|since)\s+(?:the\s+)?$/i;
/** Days in a span's units, on average. */
const UNIT_DAYS: Record<string, number> = { D: 1, W: 7, M: 30.44 };

/**
 * The days a span (a duration row's TIMEX3 value: "P5M", "P3W", "P10D") adds to the day it runs
 * from, when the words between them (`between`) say it runs from that day; 0 otherwise.
 */
export function spanAfter(value: string | null, between: string): number {
  const m = /^P(\d+)([DWM])$/.exec(value ?? "");
  return m && SPAN_FROM.test(between) ? Math.round(+m[1] * UNIT_DAYS[m[2]]) : 0;
}

/** A day of the year moved on by `days` (round the year). */
export function laterYearDay(yearDay: number, days: number): number {
  return (yearDay + days) % YEAR_DAYS;
}

/** Whether the words just before a date (`before`: the text up to its start) make it a deadline. */
export function isDeadline(before: string): boolean {
  return DEADLINE.test(before.slice(-30));
}

/** Days between two days of the year, the shorter way round. */
export function yearDayGap(a: number, b: number): number {
  const d = Math.abs(a - b) % YEAR_DAYS;
  return Math.min(d, YEAR_DAYS - d);
}

/**
 * What two articles' opening days without a year say of their being one event: "apart" when every
 * day of one is MONTH_DAY_FAR or more from every day of the other, "near" when two of them are
 * MONTH_DAY_NEAR or less apart, null when either names none or they are weeks apart.
 */
export function monthDayRelation(a: readonly number[], b: readonly number[]): "apart" | "near" | null {
  if (!a.length || !b.length) return null;
  let least = Infinity;
  for (const x of a) for (const y of b) least = Math.min(least, yearDayGap(x, y));
  return least <= MONTH_DAY_NEAR ? "near" : least >= MONTH_DAY_FAR ? "apart" : null;
}
