// Date recognizer: a chrono-style pipeline of parsers (chrono-node's casual English parser plus
// years, durations and named periods) and refiners (filter non-dates, anchored durations,
// modifiers, overlap merge, skip ranges), then normalization to ISO against the article date.
// See normalize.ts for the value rules (weekday alone → most recent on or before the article date).
import type { DateMention } from "../../types.js";
import type { DateCandidate, DateParser, DateRefiner } from "./candidate.js";
import { chronoParser } from "./parsers/chrono.js";
import { yearParser } from "./parsers/years.js";
import { durationParser } from "./parsers/durations.js";
import { namedParser } from "./parsers/named.js";
import { filterNonDates } from "./refiners/filter-non-dates.js";
import { anchoredDurations } from "./refiners/anchored-durations.js";
import { extendModifiers } from "./refiners/extend-modifiers.js";
import { mergeOverlaps } from "./refiners/merge-overlaps.js";
import { trimEdges } from "./refiners/trim-edges.js";
import { dropSkipped } from "./refiners/skip-ranges.js";
import { toMention } from "./normalize.js";

export const DATE_PARSERS: DateParser[] = [chronoParser, yearParser, durationParser, namedParser];
export const DATE_REFINERS: DateRefiner[] = [filterNonDates, anchoredDurations, trimEdges, extendModifiers, mergeOverlaps];

/** Local-noon Date for an ISO "YYYY-MM-DD" (or "YYYY-MM", "YYYY"), or null when absent/invalid. */
export function parseReferenceDate(referenceDate: string | null): Date | null {
  if (!referenceDate) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(referenceDate.trim());
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1), 12);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Reference used only to let chrono parse when there is no article date; its values are discarded. */
const FALLBACK_REFERENCE = new Date(2000, 5, 15, 12);

/** Refined candidates before normalization (exported for tests and the figure recognizer). */
export function findDateCandidates(text: string, reference: Date, skip: Array<[number, number]> = []): DateCandidate[] {
  let candidates = DATE_PARSERS.flatMap((p) => p.parse(text, reference));
  for (const r of DATE_REFINERS) candidates = r.refine(text, candidates);
  return dropSkipped(candidates, skip);
}

/**
 * Date and time expressions of `text`, normalized against `referenceDate` (ISO, the article date).
 * Mentions inside `skip` ranges are never returned. Pure: the result depends only on the arguments.
 */
export function recognizeDates(text: string, referenceDate: string | null, skip: Array<[number, number]> = []): DateMention[] {
  const reference = parseReferenceDate(referenceDate);
  const candidates = findDateCandidates(text, reference ?? FALLBACK_REFERENCE, skip);
  const mentions = candidates.map((c) => toMention(text, c, reference, FALLBACK_REFERENCE));
  return mentions;
}

const TIME_UNIT_WORD = /\b(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)\b/i;

/** A mention with no calendar value that names a length of time ("four days", "the past decade"). */
export function isDuration(m: Pick<DateMention, "granularity" | "text">): boolean {
  return m.granularity === null && TIME_UNIT_WORD.test(m.text);
}
