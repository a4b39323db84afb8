// Day arithmetic on plain {year, month, day} values (no time zones, no Date objects leaking):
// ISO days and weeks, weekday of a date, day offsets and distances, and TIMEX3 value strings.
// Below every layer that counts days: the date recognizer, page dates, declared dates, timelines.

export interface Day {
  year: number;
  month: number; // 1-12
  day: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** TIMEX3 year: "1998", "0575"; years before 1 as "BC0575". */
export function yearValue(year: number): string {
  return year <= 0 ? `BC${pad(1 - year, 4)}` : pad(year, 4);
}

export function monthValue(year: number, month: number): string {
  return `${yearValue(year)}-${pad(month)}`;
}

export function dayValue(d: Day): string {
  return `${yearValue(d.year)}-${pad(d.month)}-${pad(d.day)}`;
}

/** Days since 1970-01-01 for a calendar day (proleptic Gregorian). */
export function dayNumber(d: Day): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

export function fromDayNumber(n: number): Day {
  const date = new Date(n * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, days: number): Day {
  return fromDayNumber(dayNumber(d) + days);
}

/** 0 = Sunday. */
export function weekdayOf(d: Day): number {
  return (dayNumber(d) + 4) % 7; // 1970-01-01 was a Thursday
}

/** The number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(d: Day): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= daysInMonth(d.year, d.month);
}

/** "YYYY-MM-DD" when year/month/day is a real calendar day of a four-digit year, else null. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  return isValidDay({ year, month, day }) ? dayValue({ year, month, day }) : null;
}

/** The Day an ISO "YYYY-MM-DD" names (a time after it ignored), or null. */
export function dayOfIso(value: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** Whole days between two ISO days, either way round (NaN when either is not one). */
export function daysBetween(a: string, b: string): number {
  const [da, db] = [dayOfIso(a), dayOfIso(b)];
  return da && db ? Math.abs(dayNumber(da) - dayNumber(db)) : NaN;
}

/** ISO 8601 week of a day: the week-year and week number (weeks start on Monday). */
export function isoWeek(d: Day): { year: number; week: number } {
  const n = dayNumber(d);
  const isoWeekday = ((weekdayOf(d) + 6) % 7) + 1; // 1 = Monday … 7 = Sunday
  const thursday = fromDayNumber(n - isoWeekday + 4);
  const firstOfYear = dayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((dayNumber(thursday) - firstOfYear) / 7) + 1 };
}

/**
 * TIMEX3 week value, "1998-W32". Weeks below 10 are written without a leading zero ("2000-W6"),
 * as the TimeML newswire corpora (TimeBank, AQUAINT) write them.
 */
export function weekValue(d: Day): string {
  const w = isoWeek(d);
  return `${yearValue(w.year)}-W${String(w.week).padStart(2, "0")}`;
}

/** The Monday of the ISO week holding `d`. */
export function mondayOf(d: Day): Day {
  return addDays(d, -((weekdayOf(d) + 6) % 7));
}

/** The Monday of ISO week `week` of week-year `year` (week 1 holds January 4th). */
export function mondayOfIsoWeek(year: number, week: number): Day {
  return addDays(mondayOf({ year, month: 1, day: 4 }), 7 * (week - 1));
}

export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The nth (1-based; -1 = last) `weekday` (0 = Sunday) of a month. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  if (n < 0) {
    const last: Day = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first: Day = { year, month, day: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
}
