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
import { periodParser } from "./parsers/periods.js";
import { referenceParser } from "./parsers/references.js";
import { extendModifiers } from "./refiners/extend-modifiers.js";
import { mergeOverlaps } from "./refiners/merge-overlaps.js";
import { attachTimes } from "./refiners/attach-times.js";
import { composeAround } from "./refiners/compose.js";
import { trimEdges } from "./refiners/trim-edges.js";
import { dropSkipped } from "./refiners/skip-ranges.js";
import { toMentions } from "./normalize.js";
import type { Day } from "../../util/days.js";
import { joinWrappedLines } from "../../clean/lines.js";
import { runningCase } from "./case.js";

/** The text `readable` last read, and what it made of it. */
let lastText: string | undefined;
let lastReadable = "";

/**
 * The text as the parsers read it: hard-wrapped paragraphs joined, headlines in capitals in running
 * case (same offsets). An article's text is read three times over (its candidates, then resolved
 * against its stated and its inferred date): the last answer is kept.
 */
function readable(text: string): string {
  if (text !== lastText) {
    lastReadable = runningCase(joinWrappedLines(text));
    lastText = text;
  }
  return lastReadable;
}

export const DATE_PARSERS: DateParser[] = [
  calendarParser,
  yearParser,
  relativeParser,
  timeParser,
  durationParser,
  setParser,
  periodParser,
  referenceParser,
];
export const DATE_REFINERS: DateRefiner[] = [trimEdges, extendModifiers, mergeOverlaps, composeAround, attachTimes];

/** The calendar day of an ISO "YYYY-MM-DD" (or "YYYY-MM", "YYYY"; a time part is ignored), or null when absent/invalid. */
export function parseReferenceDate(referenceDate: string | null): Day | null {
  if (!referenceDate) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(referenceDate.trim());
  if (!m) return null;
  const day = { year: Number(m[1]), month: Number(m[2] ?? 1), day: Number(m[3] ?? 1) };
  return day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= 31 ? day : null;
}

/** Refined candidates before normalization (exported for tests). */
export function findDateCandidates(raw: string, skip: Array<[number, number]> = []): DateCandidate[] {
  // a hard-wrapped paragraph reads whole: "On Tuesday,\nthe government announced" is one clause
  const text = readable(raw);
  let candidates = DATE_PARSERS.flatMap((p) => p.parse(text));
  for (const r of DATE_REFINERS) candidates = r.refine(text, candidates);
  return dropSkipped(candidates, skip);
}

/**
 * Temporal expressions of `text` with TIMEX3 types and values, resolved against `referenceDate`
 * (ISO, the article date; null: relative expressions stay unresolved). Mentions inside `skip`
 * ranges are never returned. Pure: the result depends only on the arguments.
 */
export function recognizeDates(text: string, referenceDate: string | null, skip: Array<[number, number]> = []): DateMention[] {
  return resolveDates(text, findDateCandidates(text, skip), referenceDate);
}

/**
 * The mentions of candidates already found in `text` (findDateCandidates, which does not depend
 * on the article date), resolved against `referenceDate`: one text read once, resolved against
 * its stated date and then against the date inferred from it.
 */
export function resolveDates(text: string, candidates: DateCandidate[], referenceDate: string | null): DateMention[] {
  const joined = readable(text);
  const mentions = toMentions(joined, candidates, parseReferenceDate(referenceDate));
  return joined === text ? mentions : mentions.map((m) => ({ ...m, text: text.slice(m.start, m.end) }));
}
