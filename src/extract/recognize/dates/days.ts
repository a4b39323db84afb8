// Day arithmetic on plain {year, month, day} values (no time zones, no Date objects leaking):
// ISO weeks, weekday of a date, day offsets, yearly holidays, and TIMEX3 value strings.

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

export function isValidDay(d: Day): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
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

export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The nth (1-based; -1 = last) `weekday` (0 = Sunday) of a month. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  if (n < 0) {
    const last: Day = { year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() };
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first: Day = { year, month, day: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1));
}

/** Easter Sunday (Gregorian, anonymous algorithm). */
function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** Yearly holidays with a fixed rule: the day they fall on in `year`. */
export const HOLIDAYS: Record<string, (year: number) => Day> = {
  "new year's day": (y) => ({ year: y, month: 1, day: 1 }),
  "new year's eve": (y) => ({ year: y, month: 12, day: 31 }),
  "valentine's day": (y) => ({ year: y, month: 2, day: 14 }),
  "independence day": (y) => ({ year: y, month: 7, day: 4 }),
  halloween: (y) => ({ year: y, month: 10, day: 31 }),
  "veterans day": (y) => ({ year: y, month: 11, day: 11 }),
  "christmas eve": (y) => ({ year: y, month: 12, day: 24 }),
  christmas: (y) => ({ year: y, month: 12, day: 25 }),
  "boxing day": (y) => ({ year: y, month: 12, day: 26 }),
  "martin luther king day": (y) => nthWeekday(y, 1, 1, 3),
  "presidents day": (y) => nthWeekday(y, 2, 1, 3),
  "memorial day": (y) => nthWeekday(y, 5, 1, -1),
  "labor day": (y) => nthWeekday(y, 9, 1, 1),
  "columbus day": (y) => nthWeekday(y, 10, 1, 2),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  // US federal elections: the Tuesday after the first Monday of November
  "election day": (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
  easter: easter,
  "good friday": (y) => addDays(easter(y), -2),
  "maundy thursday": (y) => addDays(easter(y), -3),
  "palm sunday": (y) => addDays(easter(y), -7),
  "ash wednesday": (y) => addDays(easter(y), -46),
  "mardi gras": (y) => addDays(easter(y), -47),
  "easter monday": (y) => addDays(easter(y), 1),
  pentecost: (y) => addDays(easter(y), 49),
  "mother's day": (y) => nthWeekday(y, 5, 0, 2), // the United States' (the second Sunday of May)
  "father's day": (y) => nthWeekday(y, 6, 0, 3),
  "st. patrick's day": (y) => ({ year: y, month: 3, day: 17 }),
  "may day": (y) => ({ year: y, month: 5, day: 1 }),
  "armistice day": (y) => ({ year: y, month: 11, day: 11 }),
  "remembrance day": (y) => ({ year: y, month: 11, day: 11 }),
  "bastille day": (y) => ({ year: y, month: 7, day: 14 }),
  "flag day": (y) => ({ year: y, month: 6, day: 14 }),
  "groundhog day": (y) => ({ year: y, month: 2, day: 2 }),
  juneteenth: (y) => ({ year: y, month: 6, day: 19 }),
  "earth day": (y) => ({ year: y, month: 4, day: 22 }),
};
