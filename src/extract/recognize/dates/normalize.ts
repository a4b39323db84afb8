// Turns refined candidates into DateMentions: TIMEX3 type and value, granularity and `relative`.
// Values come from anchor.ts: absolute expressions need nothing, relative ones the article date
// (with none, they stay `value: null, relative: true`: nothing is resolved against a placeholder),
// anaphoric ones ("that day", "the next morning") the latest date the text named that is precise
// enough for their step (else the article date), and a clock time alone the day named in its
// sentence (or the article date).
import type { DateGranularity, DateMention } from "../../types.js";
import type { Anchor, DateCandidate } from "./candidate.js";
import { dayOfValue, fineEnough, isRelative, resolve, startOfValue, yearsAway } from "./anchor.js";
import { dayNumber, dayValue, type Day } from "../../util/days.js";
import { readTense, type TenseReading } from "./tense.js";

const NO_TENSE: TenseReading = { tense: null, cue: null };
const PAST_READING: TenseReading = { tense: "past", cue: null };

/** How the clause places a candidate. A weekday owning a noun ("Wednesday's ruling") names a past day. */
function readingOf(text: string, c: DateCandidate): TenseReading {
  const a = c.anchor;
  if (a.kind === "calendar" && a.weekday !== undefined && a.month === undefined && /^['’]s\b/.test(text.slice(c.end, c.end + 3)))
    return PAST_READING;
  return readTense(text, c.start, c.end);
}

/** Granularity of a TIMEX3 value, or null for durations, sets and *_REF values. */
export function granularityOfValue(value: string): DateGranularity | null {
  if (/T/.test(value) && /^(?:BC)?\d{4}-\d{2}-\d{2}T/.test(value)) return "time";
  if (/^(?:BC)?\d{4}-\d{2}-\d{2}$/.test(value)) return "day";
  if (/^(?:BC)?\d{4}-W\d{1,2}(?:-WE)?$/.test(value)) return "week";
  if (/^(?:BC)?\d{4}-\d{2}$/.test(value)) return "month";
  if (/^(?:BC)?\d{4}-(?:SP|SU|FA|WI)$/.test(value)) return "season";
  if (/^(?:BC)?\d{4}-[QH]\d$/.test(value) || /^FY\d{4}-[QH]\d$/.test(value)) return "quarter";
  if (/^(?:BC)?\d{4}$/.test(value) || /^FY\d{4}$/.test(value)) return "year";
  if (/^\d{3}X$/.test(value)) return "decade";
  if (/^\d{2}XX$/.test(value)) return "century";
  return null;
}

/** Granularity an anchor would have once resolved (for unresolved relative expressions). */
function granularityOfAnchor(a: Anchor): DateGranularity | null {
  switch (a.kind) {
    case "fixed":
      return a.value ? granularityOfValue(a.value) : null;
    case "calendar":
      if (a.weekend) return "week";
      if (a.time) return "time";
      if (a.day !== undefined || a.weekday !== undefined) return "day";
      return a.month !== undefined ? "month" : "year";
    case "season":
      return "season";
    case "quarter":
      return "quarter";
    case "holiday":
      return "day";
    case "clock":
      return "time";
    case "shift":
      return a.unit === "week" ? "week" : granularityOfAnchor(a.base);
    case "offset":
    case "anaphoric":
      if (a.time) return "time";
      if (a.unit === "weekend") return "week";
      return (
        {
          second: "time",
          minute: "time",
          hour: "time",
          day: "day",
          week: "week",
          fortnight: "week",
          month: "month",
          quarter: "quarter",
          year: "year",
          decade: "decade",
          century: "century",
        } as const
      )[a.unit];
  }
}

/** Whether the clause around a candidate must be read for its direction. */
function needsTense(a: Anchor): boolean {
  if (a.kind === "shift") return needsTense(a.base);
  if (a.kind === "calendar") return a.year === undefined && (a.month !== undefined || a.weekday !== undefined);
  return (a.kind === "season" || a.kind === "quarter" || a.kind === "holiday") && a.year === undefined;
}

const SENTENCE_END = /[.!?]["'”’]?\s+(?=["“`']*[A-Z])/;

/** True when no sentence ends between offsets a and b (a < b), abbreviations aside. */
function sameSentence(text: string, a: number, b: number): boolean {
  // the next mention's first letters stay in view: a sentence may end right before it
  const between = text.slice(a, b + 2);
  const m = SENTENCE_END.exec(between);
  if (!m || m.index >= b - a) return true;
  const before = between.slice(0, m.index + 1);
  return (
    /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|U\.S|[ap]\.m|[A-Z]))\.$/.test(before) &&
    sameSentence(text, a + m.index + m[0].length, b)
  );
}

function mention(text: string, c: DateCandidate, value: string | null, relative: boolean): DateMention {
  const granularity = value ? granularityOfValue(value) : c.type === "date" || c.type === "time" ? granularityOfAnchor(c.anchor) : null;
  return { start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, value, granularity, relative };
}

/** The day number a TIMEX3 value starts on (0 when it names no period). */
function startDay(value: string): number {
  const day = startOfValue(value);
  return day ? dayNumber(day) : 0;
}

/** "a year earlier", "the year-ago quarter": a period named to compare with, not one the text moves on to. */
function isComparison(a: Anchor): boolean {
  return (a.kind === "anaphoric" || a.kind === "offset") && a.keepUnit === true;
}

/** DateMentions for sorted, non-overlapping candidates of `text`; `reference` is the article date or null. */
export function toMentions(text: string, candidates: DateCandidate[], reference: Day | null): DateMention[] {
  const mentions: DateMention[] = [];
  // the dates named so far, in text order: an anaphoric expression steps from the latest one
  // precise enough for its unit ("two days later" skips "the following week"), else the article date
  const named: Array<{ value: string; end: number; relative: boolean }> = [];
  const referenceDay = reference ? dayNumber(reference) : 0;
  // A past clause ("Earlier in the day, the minister said") does not step from a date still ahead of
  // the article that another sentence placed there ("the law takes effect Oct. 1").
  const baseFor = (c: DateCandidate, unit: string): string | null => {
    let past: boolean | null = null;
    for (let i = named.length - 1; i >= 0; i--) {
      const n = named[i];
      if (!fineEnough(n.value, unit)) continue;
      if (reference && n.relative && startDay(n.value) > referenceDay && !sameSentence(text, n.end, c.start)) {
        past ??= readTense(text, c.start, c.end).tense === "past";
        if (past) continue;
      }
      return n.value;
    }
    return reference ? dayValue(reference) : null;
  };
  // "third-quarter profit rose from a year ago": the quarter (half, month) its sentence named, a year back
  const keptUnit = (c: DateCandidate): string | null => {
    const a = c.anchor;
    if (a.kind !== "offset" || !a.keepUnit) return null;
    const last = named[named.length - 1];
    return last && sameSentence(text, last.end, c.start) ? yearsAway(last.value, a.amount) : null;
  };
  for (const c of candidates) {
    const relative = isRelative(c.anchor);
    if (c.anchor.kind === "clock") {
      mentions.push(mention(text, c, null, true)); // given its day below, once every date is known
      continue;
    }
    let value: string | null = null;
    if (!relative || reference) {
      const reading = reference && needsTense(c.anchor) ? readingOf(text, c) : NO_TENSE;
      value = keptUnit(c) ?? resolve(c.anchor, reference, reading, c.anchor.kind === "anaphoric" ? baseFor(c, c.anchor.unit) : null);
    }
    const m = mention(text, c, value, relative);
    mentions.push(m);
    if (value && (c.type === "date" || c.type === "time") && granularityOfValue(value) && !isComparison(c.anchor))
      named.push({ value, end: c.end, relative });
  }
  return withTheirDays(text, candidates, mentions, reference);
}

/**
 * A clock time or a part of the day alone ("at 10 p.m.", "in the late morning") takes the day named
 * nearest in its sentence, else (a clock) the article date, else (a part) the date named before.
 */
function withTheirDays(text: string, candidates: DateCandidate[], mentions: DateMention[], reference: Day | null): DateMention[] {
  const dependent = candidates.map(
    (c) => c.anchor.kind === "clock" || (c.anchor.kind === "anaphoric" && c.anchor.time !== undefined && c.anchor.amount === 0),
  );
  return mentions.map((m, i) => {
    const c = candidates[i];
    const part = dependent[i] && c.anchor.kind === "anaphoric";
    if (!dependent[i]) return m;
    const days = mentions
      .filter((d, j) => !dependent[j] && d.value && dayOfValue(d.value) && (d.type === "date" || d.type === "time"))
      .filter((d) => (d.start < m.start ? sameSentence(text, d.end, m.start) : sameSentence(text, m.end, d.start)))
      .sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start));
    if (part && !days.length) return m;
    const day = days.length ? dayOfValue(days[0].value) : reference;
    if (!day) return m;
    const value = c.anchor.kind === "clock" ? resolve(c.anchor, day, NO_TENSE, null) : resolve(c.anchor, null, NO_TENSE, days[0].value);
    return { ...m, value, granularity: value ? granularityOfValue(value) : m.granularity, relative: days.length ? days[0].relative : true };
  });
}
