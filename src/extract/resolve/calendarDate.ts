// The calendar date a timeline can place a TIMEX3 value at: "YYYY-MM-DD", "YYYY-MM" or "YYYY".
// A time keeps its day ("2023-08-07T14:30" → "2023-08-07"), a week its month (the month of its
// Thursday, as ISO weeks belong), a season, quarter or fiscal year its year; decades, centuries,
// years before the common era and *_REF values have no place on it (null).
export function calendarDateOf(value: string | null): string | null {
  if (!value) return null;
  const day = /^(\d{4}-\d{2}-\d{2})(?:T|$)/.exec(value);
  if (day) return day[1];
  if (/^\d{4}(?:-\d{2})?$/.test(value)) return value;
  const week = /^(\d{4})-W(\d{1,2})(?:-WE)?$/.exec(value);
  if (week) {
    // Thursday of ISO week w: January 4 is always in week 1
    const jan4 = Date.UTC(Number(week[1]), 0, 4);
    const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    const thursday = new Date(mondayOfWeek1 + ((Number(week[2]) - 1) * 7 + 3) * 86_400_000);
    return `${thursday.getUTCFullYear()}-${String(thursday.getUTCMonth() + 1).padStart(2, "0")}`;
  }
  const year = /^(?:FY)?(\d{4})(?:-(?:SP|SU|FA|WI|Q\d|H\d))?$/.exec(value);
  return year ? year[1] : null;
}
