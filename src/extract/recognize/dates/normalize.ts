// Turns a refined candidate into a DateMention: ISO value by granularity, against the article date.
//
// Rules (news style, past tense):
// - A weekday alone ("Monday", "the Sunday deadline") is the most recent such day on or before the
//   article date; "next Monday"/"this coming Monday", and a weekday in a future-tense clause
//   ("will meet ... on Thursday", "is scheduled for Friday") are the next such day after it.
// - "last December" is the most recent December before the article's month; "next March" the
//   coming one. Other yearless dates ("Dec. 10") take chrono's nearest year.
// - Relative expressions (no year written: "Monday", "Dec. 10", "last week", "today") get
//   `relative: true`; with no article date their value is null.
// - Durations ("four days", "the past decade") and named periods ("Ramadan", "spring") have no
//   calendar value: value null, granularity null, relative false.
import type { DateGranularity, DateMention } from "../../types.js";
import type { DateCandidate } from "./candidate.js";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function iso(year: number, month?: number, day?: number): string {
  const y = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
  if (month === undefined) return y;
  if (day === undefined) return `${y}-${pad(month)}`;
  return `${y}-${pad(month)}-${pad(day)}`;
}

function granularityOf(c: DateCandidate): DateGranularity | null {
  if (c.kind === "duration" || c.kind === "named") return null;
  if (c.granularity) return c.granularity;
  const k = c.known;
  if (k.day !== undefined || k.weekday !== undefined) return "day";
  if (k.month !== undefined) return "month";
  if (k.year !== undefined) return "year";
  return "day"; // chrono casual words ("today", "tonight")
}

/** The next `weekday` strictly after `reference`. */
function weekdayAfter(reference: Date, weekday: number): Date {
  const ahead = ((weekday - reference.getDay() + 6) % 7) + 1;
  return new Date(reference.getFullYear(), reference.getMonth(), reference.getDate() + ahead, 12);
}

const FUTURE_CLAUSE = /\b(?:will|won't|shall|is\s+(?:scheduled|set|due|expected|planned|going)|are\s+(?:scheduled|set|due|expected|planned|going)|plans?\s+to|planning\s+to|would)\b[^.;!?]*$/i;

/** True when the clause before `start` is in the future tense ("will meet in Abuja on"). */
function inFutureClause(full: string, start: number): boolean {
  const before = full.slice(Math.max(0, start - 80), start);
  const clause = before.split(/[.!?;\n]/).pop() ?? "";
  return FUTURE_CLAUSE.test(clause);
}

/** The most recent `weekday` on or before `reference`. */
function weekdayOnOrBefore(reference: Date, weekday: number): Date {
  const back = (reference.getDay() - weekday + 7) % 7;
  return new Date(reference.getFullYear(), reference.getMonth(), reference.getDate() - back, 12);
}

function valueOf(c: DateCandidate, granularity: DateGranularity, text: string, reference: Date, future: boolean): string | null {
  const k = c.known;
  const all = { ...c.implied, ...k };
  const onlyWeekday = k.weekday !== undefined && k.day === undefined && k.month === undefined && k.year === undefined;
  if (onlyWeekday) {
    const forward = future || /\b(next|coming|following)\b/i.test(text);
    const d = forward ? weekdayAfter(reference, k.weekday!) : weekdayOnOrBefore(reference, k.weekday!);
    return iso(d.getFullYear(), d.getMonth() + 1, d.getDate());
  }
  if (all.year === undefined) return null;
  let year = all.year;
  if (c.direction && all.month !== undefined) {
    const refMonth = reference.getMonth() + 1;
    if (c.direction === "past") year = all.month < refMonth ? reference.getFullYear() : reference.getFullYear() - 1;
    else year = all.month > refMonth ? reference.getFullYear() : reference.getFullYear() + 1;
  }
  if (granularity === "year") return iso(year);
  if (granularity === "month") return all.month === undefined ? iso(year) : iso(year, all.month);
  if (all.month === undefined || all.day === undefined) return null;
  return iso(year, all.month, all.day);
}

const PART_OF_MONTH = /^(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of\s+|early\s+|late\s+|mid[\s-])/i;

/** A DateMention for `c`. `reference` is the article date, or null when there is none. */
export function toMention(text: string, c: DateCandidate, reference: Date | null, fallback: Date): DateMention {
  const span = text.slice(c.start, c.end);
  let granularity = granularityOf(c);
  // "the end of August", "early March": a part of a month is known to the month, not the day
  if (granularity === "day" && PART_OF_MONTH.test(span) && !/\d/.test(span.replace(/\b\d{4}\b/, ""))) granularity = "month";
  const relative = granularity !== null && c.relative;
  let value: string | null = null;
  if (granularity !== null && !(relative && reference === null)) {
    value = valueOf(c, granularity, span, reference ?? fallback, inFutureClause(text, c.start));
  }
  return { start: c.start, end: c.end, text: span, value, granularity, relative };
}
