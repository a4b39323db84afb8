// Infers an article's date when its header gives none, from the dates written in its text: the latest
// absolute, day-precise date (news reports on or after the events it names) that reads as the report's
// own day, not as its background. Only `date` and `time` mentions with a written year count: "today",
// "Monday" or "March 3" say nothing about the year an undated page was written in, and durations are
// no dates at all. With the text given (the pipeline gives it), a date counts only when it is
//  - in the opening sentences (`before`: where the offset of the opening sentences ends): a report says
//    when its news happened first; a date deep in the text is its history ("the Iron Curtain speech
//    delivered on March 5, 1946", "unveiled in Toulouse on January 18, 2005");
//  - not a bound or a name: "since October 9, 2002", "until January 30, 2009", "born on February 24,
//    1955", "the quarter which ended December 30, 2006", and a date read as a noun's modifier ("the
//    Aug. 7, 1998, bombings", "its November 20, 2008 low") all name another day than the report's;
//  - not older than the latest year the text names by LATER_YEARS or more: an article naming 2006 is
//    not written on April 28, 2003 (it names that day as history).
// A dateline (a date on a line of its own in the opening) is the page's date and wins over them all:
// the pipeline then takes it as the page's text stating its date (`page-text`), not as an inference.
// A timestamp the cleaning removed (a dateline, the dates of a sources list) is read the same way
// (without the opening limit: it is the page's, not the story's).
import type { DateMention } from "../types.js";

/** A candidate this many years older than the latest year the text names is history. */
export const LATER_YEARS = 2;

/** Words right before a date that make it a bound (since, until), or an end, not the report's day. */
const BOUND_BEFORE =
  /\b(?:since|until|till|through|by|ended|ending|founded|established|expires?|expiring|expired|as of)\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i;
/** A birth or a death: its place may come between ("born in Lyon on"). */
const LIFE_BEFORE = /\b(?:born|died)\b[^.;!?]{0,30}$/i;
/** A determiner right before a date: the date modifies a noun ("the Aug. 7, 1998, bombings", "its November 20, 2008 low"). */
const DETERMINER_BEFORE = /\b(?:the|its|their|his|her|our|a|an|this|that|last)\s+$/i;

export interface InferenceOptions {
  /** Only dates starting before this offset of the text count (the opening sentences' end). */
  before?: number;
  /** The latest year the article's text names (latestYearNamed): older candidates by LATER_YEARS are history. */
  latestYear?: number;
}

const isDayPrecise = (d: DateMention) =>
  (d.type === "date" || d.type === "time") && !d.relative && !!d.value && /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(d.value);

/** Whether the words before a date in `text` make it a bound, a birth, an end or a noun's modifier. */
export function isBackgroundDate(text: string, d: DateMention): boolean {
  const before = text.slice(Math.max(0, d.start - 40), d.start);
  return BOUND_BEFORE.test(before) || LIFE_BEFORE.test(before) || DETERMINER_BEFORE.test(before);
}

/**
 * The latest year named by an absolute date, month or year of the text (not "last year", and with
 * `text`, no bound: "by 2015", "until 2020" are plans, not the report's time): null when none.
 */
export function latestYearNamed(dates: readonly DateMention[], text?: string): number | null {
  let latest: number | null = null;
  for (const d of dates) {
    if (text !== undefined && BOUND_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start))) continue;
    const m = d.type === "date" && !d.relative && d.value ? /^(\d{4})(?:-|$)/.exec(d.value) : null;
    if (m) latest = Math.max(latest ?? -Infinity, +m[1]);
  }
  return latest;
}

/** Lower-case words a dateline or a byline may hold beside its date ("Posted on", "By staff writer"). */
const DATELINE_WORDS = new Set("by on at and posted published updated last staff writer reporter correspondent editor am pm".split(" "));
/** A lead's dateline names its place in this many words at most before the date ("NEW YORK,"). */
const LEAD_PLACE_WORDS = 4;
/** After a lead's dateline's date: an agency in brackets, then a dash, then the story. */
const LEAD_DASH = /^,?\s*(?:\([^)\n]{1,30}\)\s*)?(?:--|[-–—])\s/;

const wordsOf = (text: string) => text.match(/\p{L}[\p{L}'’.-]*/gu) ?? [];
/** A word a dateline may hold: a name or a place (capitalized), or one of DATELINE_WORDS. */
const isDatelineWord = (w: string) =>
  !/^\p{Ll}/u.test(w) || DATELINE_WORDS.has(w.replace(/\.$/, "")) || /^[ap]\.m$/.test(w.replace(/\.$/, ""));

/** A dateline holds this many words at most beside its date ("By Jane Doe, Reuters | Updated 3:51 PM EST"). */
const DATELINE_MOST_WORDS = 8;

/**
 * Whether a date is on a line with nothing but a byline, a weekday, a clock time or a zone beside it
 * ("Tue Apr 8, 2008 3:51pm EST", "Posted: March 7, 2011", "By Jane Doe, Reuters | March 7, 2011"): a
 * dateline, the page's own date. A sentence has lower-case words of its own ("the vote was held").
 */
export function isDateline(text: string, d: DateMention): boolean {
  const from = text.lastIndexOf("\n", d.start - 1) + 1;
  const to = text.indexOf("\n", d.end);
  const head = wordsOf(text.slice(from, d.start));
  const rest = text.slice(d.end, to < 0 ? text.length : to);
  // a lead's dateline: "WASHINGTON, March 7, 2011 (Reuters) - The airline said ..."
  if (head.length <= LEAD_PLACE_WORDS && head.every(isDatelineWord) && LEAD_DASH.test(rest)) return true;
  const words = [...head, ...wordsOf(rest)];
  return words.length <= DATELINE_MOST_WORDS && words.every(isDatelineWord);
}

const latestDay = (dates: DateMention[]) =>
  dates.length ? dates.map((d) => (d.value as string).slice(0, 10)).sort()[dates.length - 1] : null;

/** An article's date as read from its text, and whether a dateline gave it (the page's own date, as good as a declared one). */
export interface DateReading {
  date: string;
  dateline: boolean;
}

/**
 * The article's date read from `dates` (recognized in `text`), or null: a dateline's when the opening
 * has one (however many years the text names: plans name later ones), else the latest report's day.
 */
export function readArticleDate(dates: DateMention[], text: string, options: InferenceOptions = {}): DateReading | null {
  const before = options.before ?? Infinity;
  const opening = dates.filter((d) => isDayPrecise(d) && d.start < before);
  const datelines = latestDay(opening.filter((d) => isDateline(text, d)));
  if (datelines) return { date: datelines, dateline: true };
  const oldest = options.latestYear === undefined ? -Infinity : options.latestYear - LATER_YEARS;
  const day = latestDay(opening.filter((d) => !isBackgroundDate(text, d) && +(d.value as string).slice(0, 4) > oldest));
  return day ? { date: day, dateline: false } : null;
}

/** The article's date read from `dates` (readArticleDate), or null. Without `text`, every day-precise date counts. */
export function inferArticleDate(dates: DateMention[], text?: string, options: InferenceOptions = {}): string | null {
  return text === undefined ? latestDay(dates.filter(isDayPrecise)) : (readArticleDate(dates, text, options)?.date ?? null);
}
