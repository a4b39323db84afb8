// Yearly holidays with a rule: the day each falls on in a given year (fixed days, nth weekdays
// of a month, days counted from Easter).
import { addDays, nthWeekday, type Day } from "../../util/days.js";

/** A holiday on the same day every year. */
const onDay =
  (month: number, day: number) =>
  (year: number): Day => ({ year, month, day });

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
  "new year's day": onDay(1, 1),
  "new year's eve": onDay(12, 31),
  "valentine's day": onDay(2, 14),
  "independence day": onDay(7, 4),
  halloween: onDay(10, 31),
  "veterans day": onDay(11, 11),
  "christmas eve": onDay(12, 24),
  christmas: onDay(12, 25),
  "boxing day": onDay(12, 26),
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
  "st. patrick's day": onDay(3, 17),
  "may day": onDay(5, 1),
  "armistice day": onDay(11, 11),
  "remembrance day": onDay(11, 11),
  "bastille day": onDay(7, 14),
  "flag day": onDay(6, 14),
  "groundhog day": onDay(2, 2),
  juneteenth: onDay(6, 19),
  "earth day": onDay(4, 22),
};
