// The calendar date a timeline can place a TIMEX3 value at: "YYYY-MM-DD", "YYYY-MM" or "YYYY".
// A time keeps its day ("2023-08-07T14:30" → "2023-08-07"), a week its month (the month of its
// Thursday, as ISO weeks belong), a season, quarter or fiscal year its year; decades, centuries,
// years before the common era and *_REF values have no place on it (null).
import { addDays, mondayOfIsoWeek, monthValue } from "../util/days.js";

export function calendarDateOf(value: string | null): string | null {
  if (!value) return null;
  const day = /^(\d{4}-\d{2}-\d{2})(?:T|$)/.exec(value);
  if (day) return day[1];
  if (/^\d{4}(?:-\d{2})?$/.test(value)) return value;
  const week = /^(\d{4})-W(\d{1,2})(?:-WE)?$/.exec(value);
  if (week) {
    const thursday = addDays(mondayOfIsoWeek(Number(week[1]), Number(week[2])), 3);
    return monthValue(thursday.year, thursday.month);
  }
  const year = /^(?:FY)?(\d{4})(?:-(?:SP|SU|FA|WI|Q\d|H\d))?$/.exec(value);
  return year ? year[1] : null;
}
