// Resolves an anchor against the article date into a TIMEX3 value, the way a careful reader does:
// - a weekday alone is the one on or before the article date in a past-tense clause ("announced
//   Wednesday"), the coming one in a future clause or after "until", "as soon as" ("will meet
//   Tuesday", "postponed until Tuesday"); "last"/"next" take the one before/after, "this" the one
//   in the article's week;
// - a month, season, quarter or holiday without a year is the latest one that began on or before the
//   article date when the clause is past ("became chief executive in March" in a November article:
//   March of that year), the earliest one not yet over when it is future; "last May" ends before the
//   article's month, "next May" begins after it, "this September" is in the article's year;
// - offsets step from the article date in their unit: "last week" → the previous ISO week
//   ("1998-W32"), "two months ago" → "1998-06", "yesterday" → the day before.
import type { Anchor, Direction, TimeOfDay } from "./candidate.js";
import type { TenseReading } from "./tense.js";
import { HOLIDAYS } from "./holidays.js";
import {
  addDays,
  addMonths,
  dayNumber,
  dayOfIso,
  dayValue,
  isValidDay,
  monthValue,
  mondayOf,
  mondayOfIsoWeek,
  weekValue,
  weekdayOf,
  yearValue,
  type Day,
} from "../../util/days.js";
import type { Season } from "./lexicon.js";

/** The way to look from the article date for a period without a year. */
type Look = "past" | "present" | "future" | "last" | "next" | "this";

/** How a period without a year is placed, from its written direction, then its cue, then its clause's tense. */
export function lookOf(direction: Direction | undefined, reading: TenseReading): Look {
  if (direction === "past") return "last";
  if (direction === "future") return "next";
  if (direction === "this") return "this";
  if (reading.cue) return reading.cue;
  return reading.tense ?? "past";
}

/** A yearly period as day numbers: [first day, last day]. */
type Period = (year: number) => [number, number] | null;

/** Days a date (a month: its start) may lie on the "wrong" side of the article date before the other side wins. */
const NEAR_DAY = 60;
const NEAR_MONTH = 31;
const FAR = 300;

/**
 * The year whose period fits `look` from `ref`. A past reading takes the latest period that began
 * on or before the article date, a future one the earliest not yet over; but a period a few days
 * away on the other side beats one almost a year away ("gave no reason for the Jan. 14 deadline"
 * in a Jan. 5 article is the coming Jan. 14: news writes the year of a date that far back).
 * `fits` (when given) rules out years where the written weekday does not match the date.
 */
function pickYear(ref: Day, period: Period, look: Look, fits: (year: number) => boolean = () => true): number | null {
  const r = dayNumber(ref);
  const probe = period(ref.year) ?? period(ref.year + 1);
  const NEAR = probe && probe[1] - probe[0] < 2 ? NEAR_DAY : NEAR_MONTH;
  const spans = [ref.year - 2, ref.year - 1, ref.year, ref.year + 1, ref.year + 2]
    .filter(fits)
    .map((y) => ({ y, span: period(y) }))
    .filter((x): x is { y: number; span: [number, number] } => x.span !== null);
  const past = [...spans].reverse().find((x) => x.span[0] <= r);
  const future = spans.find((x) => x.span[1] >= r);
  switch (look) {
    case "this":
      return fits(ref.year) ? ref.year : ((past ?? future)?.y ?? null);
    case "last":
      return [...spans].reverse().find((x) => x.span[1] < r)?.y ?? null;
    case "next":
      return spans.find((x) => x.span[0] > r)?.y ?? null;
    case "past":
      if (past && future && future !== past && future.span[0] - r <= NEAR && r - past.span[0] >= FAR) return future.y;
      return (past ?? future)?.y ?? null;
    case "present":
    case "future":
      if (past && future && future !== past && r - past.span[1] <= NEAR && future.span[0] - r >= FAR) return past.y;
      return (future ?? past)?.y ?? null;
  }
}

const SEASON_MONTHS: Record<Season, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

function monthsPeriod(first: number, last: number): Period {
  return (y) => {
    const a = addMonths(y, first, 0);
    const b = addMonths(y, last, 1);
    return [dayNumber({ year: a.year, month: a.month, day: 1 }), dayNumber({ year: b.year, month: b.month, day: 1 }) - 1];
  };
}

function timeSuffix(time: TimeOfDay | undefined): string {
  if (!time) return "";
  if (time.hour !== undefined) return `T${String(time.hour).padStart(2, "0")}:${String(time.minute ?? 0).padStart(2, "0")}`;
  return time.part ? `T${time.part}` : "";
}

/** The weekday `weekday` (0 = Sunday) placed from `ref` by `look`. */
function placeWeekday(ref: Day, weekday: number, look: Look): Day {
  const back = (weekdayOf(ref) - weekday + 7) % 7; // 0 when ref is that weekday
  switch (look) {
    case "last":
      return addDays(ref, -(back || 7));
    case "next":
      return addDays(ref, (weekday - weekdayOf(ref) + 7) % 7 || 7);
    case "this":
      return addDays(mondayOf(ref), (weekday + 6) % 7);
    case "past":
      return addDays(ref, -back);
    case "present":
      return addDays(ref, (weekday - weekdayOf(ref) + 7) % 7);
    case "future":
      return addDays(ref, (weekday - weekdayOf(ref) + 7) % 7 || 7);
  }
}

export interface Resolution {
  value: string | null;
  /** True when the value depends on the article date. */
  relative: boolean;
}

/** True when the anchor needs the article date (or another date) to get a value. */
export function isRelative(anchor: Anchor): boolean {
  switch (anchor.kind) {
    case "fixed":
      return false;
    case "calendar":
      return anchor.year === undefined;
    case "season":
    case "quarter":
    case "holiday":
      return anchor.year === undefined;
    case "shift":
      return isRelative(anchor.base);
    default:
      return true;
  }
}

/** The Day a resolved value starts on, when it names one ("1998-08-07", "1998-08-07TMO"). */
export function dayOfValue(value: string | null): Day | null {
  return value ? dayOfIso(value) : null;
}

/** What an anchor is resolved against: the article date (or none), the clause's tense, the date the text named last. */
export interface ResolveContext {
  ref: Day | null;
  reading: TenseReading;
  previous: string | null;
}

type AnchorOf<K extends Anchor["kind"]> = Extract<Anchor, { kind: K }>;
/** One kind of anchor to its TIMEX3 value, or null when it has none. */
type Resolver<K extends Anchor["kind"]> = (anchor: AnchorOf<K>, at: ResolveContext) => string | null;

/** The written year, or the year whose period fits the reading from the article date (null without one). */
function placedYear(written: number | undefined, period: Period, direction: Direction | undefined, at: ResolveContext): number | null {
  if (written !== undefined) return written;
  return at.ref ? pickYear(at.ref, period, lookOf(direction, at.reading)) : null;
}

/** "Friday", "last Tuesday", "the weekend": a weekday (or weekend) placed from the article date. */
export function weekdayValue(anchor: AnchorOf<"calendar">, ref: Day, reading: TenseReading, weekday: number): string {
  const look = lookOf(anchor.direction, reading);
  if (!anchor.weekend) return dayValue(placeWeekday(ref, weekday, look)) + timeSuffix(anchor.time);
  // an article written on a Saturday or Sunday means its own weekend unless told "last" or "next"
  const own = (weekdayOf(ref) === 6 || weekdayOf(ref) === 0) && look !== "last" && look !== "next";
  return `${weekValue(own ? ref : placeWeekday(ref, 6, look))}-WE`;
}

/** The year of a month (and day) written without one: the one the reading points to, whose day has the written weekday. */
function calendarYear(anchor: AnchorOf<"calendar">, month: number, ref: Day, reading: TenseReading): number | null {
  const { day, weekday } = anchor;
  const look = lookOf(anchor.direction, reading);
  const period: Period =
    day === undefined
      ? monthsPeriod(month, month)
      : (y) => (isValidDay({ year: y, month, day }) ? [dayNumber({ year: y, month, day }), dayNumber({ year: y, month, day })] : null);
  const fits = (y: number) =>
    weekday === undefined || day === undefined || !isValidDay({ year: y, month, day }) || weekdayOf({ year: y, month, day }) === weekday;
  return pickYear(ref, period, look, fits) ?? pickYear(ref, period, look);
}

/** "Aug. 7, 1998", "March", "Oct. 23 last year", "Friday morning". */
export const resolveCalendar: Resolver<"calendar"> = (anchor, { ref, reading }) => {
  const { month, day, weekday, time } = anchor;
  let year = anchor.year ?? (anchor.yearOffset !== undefined && ref ? ref.year + anchor.yearOffset : undefined);
  if (month === undefined) {
    if (weekday === undefined || !ref) return year === undefined ? null : yearValue(year);
    return weekdayValue(anchor, ref, reading, weekday);
  }
  if (year === undefined) {
    const picked = ref ? calendarYear(anchor, month, ref, reading) : null;
    if (picked === null) return null;
    year = picked;
  }
  if (day === undefined) return monthValue(year, month);
  if (!isValidDay({ year, month, day })) return null;
  return dayValue({ year, month, day }) + timeSuffix(time);
};

/** "last fall", "the summer of 2017" → "2016-FA", "2017-SU". */
export const resolveSeason: Resolver<"season"> = (anchor, at) => {
  const [first, last] = SEASON_MONTHS[anchor.season];
  const year = placedYear(anchor.year, monthsPeriod(first, last), anchor.direction, at);
  return year === null ? null : `${yearValue(year)}-${anchor.season}`;
};

/** "the third quarter", "first-half", "the fourth quarter of last year" → "1998-Q3", "1998-H1". */
export const resolveQuarter: Resolver<"quarter"> = (anchor, at) => {
  const code = anchor.half ? `H${anchor.quarter}` : `Q${anchor.quarter}`;
  if (anchor.year === undefined && anchor.yearOffset !== undefined)
    return at.ref ? `${yearValue(at.ref.year + anchor.yearOffset)}-${code}` : null;
  const months = anchor.half ? 6 : 3;
  const first = (anchor.quarter - 1) * months + 1;
  const year = placedYear(anchor.year, monthsPeriod(first, first + months - 1), anchor.direction, at);
  return year === null ? null : `${yearValue(year)}-${code}`;
};

/** "Thanksgiving", "Christmas 2016": the day its rule gives in its year. */
export const resolveHoliday: Resolver<"holiday"> = (anchor, at) => {
  const rule = HOLIDAYS[anchor.name];
  if (!rule) return null;
  const year = placedYear(anchor.year, (y) => [dayNumber(rule(y)), dayNumber(rule(y))], anchor.direction, at);
  return year === null ? null : dayValue(rule(year));
};

/** "yesterday", "last week", "two months ago": a step from the article date. */
export const resolveOffset: Resolver<"offset"> = (anchor, { ref }) => (ref ? stepFrom(ref, anchor.unit, anchor.amount, anchor.time) : null);

/** "that day", "a year earlier": a step from the date the text last named, when it is at least as precise as the step. */
export const resolveAnaphoric: Resolver<"anaphoric"> = (anchor, { previous }) => {
  if (anchor.keepUnit && previous) {
    const kept = yearsAway(previous, anchor.amount);
    if (kept) return kept;
  }
  const base = previous && fineEnough(previous, anchor.unit) ? startOfValue(previous) : null;
  return base ? stepFrom(base, anchor.unit, anchor.amount, anchor.time) : null;
};

/** "the week of March 6", "the day before last Tuesday": a step from the day the expression names. */
export const resolveShift: Resolver<"shift"> = (anchor, at) => {
  const base = dayOfValue(resolve(anchor.base, at.ref, at.reading, at.previous));
  return base ? stepFrom(base, anchor.unit, anchor.amount) : null;
};

/** "at 10 a.m.": the article date's day at that time. */
export const resolveClock: Resolver<"clock"> = (anchor, { ref }) => (ref ? dayValue(ref) + timeSuffix(anchor.time) : null);

/** One resolver per kind of anchor. */
const RESOLVERS: { [K in Anchor["kind"]]: Resolver<K> } = {
  fixed: (anchor) => anchor.value,
  calendar: resolveCalendar,
  season: resolveSeason,
  quarter: resolveQuarter,
  holiday: resolveHoliday,
  offset: resolveOffset,
  anaphoric: resolveAnaphoric,
  shift: resolveShift,
  clock: resolveClock,
};

/** Value of an absolute or relative calendar anchor against `ref` (null ref: only absolute ones). */
export function resolve(anchor: Anchor, ref: Day | null, reading: TenseReading, previous: string | null): string | null {
  return (RESOLVERS[anchor.kind] as Resolver<Anchor["kind"]>)(anchor, { ref, reading, previous });
}

const PRECISION: Record<string, number> = { day: 4, week: 3, month: 3, quarter: 2, year: 1, decade: 0, century: 0 };

/** How precise a TIMEX3 value is, on PRECISION's scale (a day 4, a week or month 3, a quarter or season 2, a year 1). */
function precisionOf(value: string): number {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 4;
  if (/^\d{4}-(?:\d{2}|W\d)/.test(value)) return 3;
  if (/^\d{4}-(?:[QH]\d|SP|SU|FA|WI)$/.test(value)) return 2;
  return /^(?:FY)?\d{4}$/.test(value) ? 1 : 0;
}

/** Whether `value` is precise enough to step from in `unit` ("1998-10-23" for days, "1998" only for years). */
export function fineEnough(value: string, unit: string): boolean {
  return precisionOf(value) >= (PRECISION[unit] ?? 4);
}

/**
 * A quarter, half, season or month value `years` years away, at its own precision ("1998-Q3", -1 →
 * "1997-Q3"; "FY1998" → "FY1997"), or null for other values (a day or a year steps as a year).
 */
export function yearsAway(value: string, years: number): string | null {
  const m = /^(FY)?(\d{4})(-(?:[QH]\d|SP|SU|FA|WI|\d{2}))?$/.exec(value);
  if (!m || (!m[1] && !m[3])) return null;
  return `${m[1] ?? ""}${yearValue(Number(m[2]) + years)}${m[3] ?? ""}`;
}

/** The first day of the period a TIMEX3 value names ("1998-W32" → its Monday, "1998-Q3" → July 1), or null. */
export function startOfValue(value: string): Day | null {
  const day = dayOfValue(value);
  if (day) return day;
  const week = /^(\d{4})-W(\d{1,2})(-WE)?$/.exec(value);
  if (week) return addDays(mondayOfIsoWeek(Number(week[1]), Number(week[2])), week[3] ? 5 : 0);
  const m = /^(?:FY)?(\d{4})(?:-(\d{2})|-([QH])(\d)|-(SP|SU|FA|WI))?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { year, month: Number(m[2]), day: 1 };
  if (m[3]) return { year, month: (Number(m[4]) - 1) * (m[3] === "Q" ? 3 : 6) + 1, day: 1 };
  if (m[5]) return { year, month: SEASON_MONTHS[m[5] as Season][0], day: 1 };
  return { year, month: 1, day: 1 };
}

/** The value `amount` units away from `from`, at the unit's granularity. */
export function stepFrom(from: Day, unit: string, amount: number, time?: TimeOfDay): string | null {
  switch (unit) {
    case "second":
    case "minute":
    case "hour":
      return dayValue(from);
    case "day":
      return dayValue(addDays(from, amount)) + timeSuffix(time);
    case "weekend":
      return `${weekValue(addDays(from, 7 * amount))}-WE`;
    case "week":
      return weekValue(addDays(from, 7 * amount));
    case "fortnight":
      return weekValue(addDays(from, 14 * amount));
    case "month": {
      const m = addMonths(from.year, from.month, amount);
      return monthValue(m.year, m.month);
    }
    case "quarter": {
      const index = from.year * 4 + Math.floor((from.month - 1) / 3) + amount;
      return `${yearValue(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
    }
    case "year":
      return yearValue(from.year + amount);
    case "decade":
      return `${String(Math.floor(from.year / 10) + amount).padStart(3, "0")}X`;
    case "century":
      return `${String(Math.floor(from.year / 100) + amount).padStart(2, "0")}XX`;
    default:
      return null;
  }
}
