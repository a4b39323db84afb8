// Date recognizer, TimeML style: parsers (calendar dates, years, relative and anaphoric
// expressions, clock times, durations, sets, named periods, PRESENT_REF-like references) and
// refiners (modifiers and direction words, overlap merge, times attached to their day, edges,
// skipped ranges), then TIMEX3 values against the article date (normalize.ts, anchor.ts).
// Every parser is a handful of regular expressions over the text: no NLP library, one pass each.
import type { DateMention } from "../../types.js";
import type { DateCandidate, DateParser, DateRefiner } from "./candidate.js";
import { calendarParser } from "./parsers/calendar.js";
import { yearParser } from "./parsers/years.js";
import { relativeParser } from "./parsers/relative.js";
import { timeParser } from "./parsers/times.js";
import { durationParser } from "./parsers/durations.js";
import { setParser } from "./parsers/sets.js";
import { namedParser } from "./parsers/named.js";
import { referenceParser } from "./parsers/references.js";
import { extendModifiers } from "./refiners/extend-modifiers.js";
import { mergeOverlaps } from "./refiners/merge-overlaps.js";
import { attachTimes } from "./refiners/attach-times.js";
import { trimEdges } from "./refiners/trim-edges.js";
import { dropSkipped } from "./refiners/skip-ranges.js";
import { toMentions } from "./normalize.js";
import type { Day } from "./days.js";

export const DATE_PARSERS: DateParser[] = [calendarParser, yearParser, relativeParser, timeParser, durationParser, setParser, namedParser, referenceParser];
export const DATE_REFINERS: DateRefiner[] = [trimEdges, extendModifiers, mergeOverlaps, attachTimes];

/** The calendar day of an ISO "YYYY-MM-DD" (or "YYYY-MM", "YYYY"; a time part is ignored), or null when absent/invalid. */
export function parseReferenceDate(referenceDate: string | null): Day | null {
  if (!referenceDate) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(referenceDate.trim());
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2] ?? 1), day: Number(m[3] ?? 1) };
  return day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= 31 ? day : null;
}

/** Refined candidates before normalization (exported for tests). */
export function findDateCandidates(text: string, skip: Array<[number, number]> = []): DateCandidate[] {
  let candidates = DATE_PARSERS.flatMap((p) => p.parse(text));
  for (const r of DATE_REFINERS) candidates = r.refine(text, candidates);
  return dropSkipped(candidates, skip);
}

// The figure recognizer needs the date spans of the same text; remember the last answer so a
// pipeline that calls recognizeDates then recognizeFigures finds the dates once per text.
let lastCall: { text: string; skipKey: string; mentions: DateMention[] } | null = null;

/**
 * Temporal expressions of `text` with TIMEX3 types and values, resolved against `referenceDate`
 * (ISO, the article date; null: relative expressions stay unresolved). Mentions inside `skip`
 * ranges are never returned. Pure: the result depends only on the arguments.
 */
export function recognizeDates(text: string, referenceDate: string | null, skip: Array<[number, number]> = []): DateMention[] {
  const mentions = toMentions(text, findDateCandidates(text, skip), parseReferenceDate(referenceDate));
  lastCall = { text, skipKey: JSON.stringify(skip), mentions };
  return mentions;
}

/** Date mention spans of `text` (values ignored), reusing the last recognizeDates call on the same text. */
export function dateSpans(text: string, skip: Array<[number, number]> = []): Array<{ start: number; end: number; duration: boolean }> {
  const mentions = lastCall && lastCall.text === text && lastCall.skipKey === JSON.stringify(skip) ? lastCall.mentions : recognizeDates(text, null, skip);
  return mentions.map((m) => ({ start: m.start, end: m.end, duration: isDuration(m) }));
}

const TIME_UNIT_WORD = /\b(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)\b/i;

/** A mention that names a length of time ("four days", "the past decade"): TIMEX3 type "duration". */
export function isDuration(m: Pick<DateMention, "granularity" | "text"> & { type?: DateMention["type"] }): boolean {
  if (m.type) return m.type === "duration";
  return m.granularity === null && TIME_UNIT_WORD.test(m.text);
}
