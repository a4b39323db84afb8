// When an article's event happened, for the stories table: two articles are one story only when the
// events they report are close in time, so that the same kind of event months or years apart (two
// hijackings, two title fights) makes two stories, and one event's articles published over a week stay
// one.
//
// An article's event days are its own (publication) date and the days and weeks of its opening
// sentences that lie near it ("on Sunday" in Monday's report; a month named beside its own date is
// context: it would make the whole month near); an article without a date of its own takes the
// dates of its opening sentences, months too. Two articles are close when their event days lie within NEAR_DAYS
// of each other, or when, less than FAR_DAYS apart, one of them names a day that is the other's
// event day (a follow-up that refers to the event's date, "the shooting on December 6"; months
// later such a date is background: a trial, an anniversary, the next attack are other events).
// Otherwise their link weakens with the distance and is gone at FAR_DAYS. A month or a year named
// in passing ("in March pirates seized another tanker", "since 1998") is context, not a reference
// to an event's day; a year alone never dates an event. A date the engine inferred (the article
// declares none: read from the text's dates or a timestamp beside it) is a guess: far from another
// article's it halves their link at most (INFERRED_FLOOR) instead of cutting it. When either
// article's event time is unknown (no date of its own and none in its opening), nothing tells the
// same event from the same kind of event another time: their link is weakened (UNKNOWN_TIME when
// neither's is known, ONE_TIME_UNKNOWN when one's is), so
// that only articles much alike in words and cast join without dates, and an undated article links
// less to each of two dated stories than they link among themselves. An opening's day without a year
// ("Aug. 7") is a partial time that moves that doubt either way (storyMonthDay.ts). Pure: rows in, numbers out.
import type { DateRow, SentenceRow } from "../types.js";
import { dayNumber, mondayOfIsoWeek } from "../util/days.js";
import { pushTo } from "../util/groupBy.js";
import { sentenceAt } from "../segment/articleSentences.js";
import { articleOpenings, OPENING_SENTENCES, type Opening } from "./storyOpening.js";
import {
  isDeadline,
  laterYearDay,
  MONTH_DAY_APART,
  MONTH_DAY_SAME,
  monthDayOf,
  monthDayRelation,
  spanAfter,
  yearDayOfDay,
} from "./storyMonthDay.js";

/** Event days this close (in days) are one event's: a week of reports, and the week after. */
export const NEAR_DAYS = 14;
/**
 * Event days this far apart (in days), with no reference from one to the other, are different
 * events. A season: a hijacking's ransom talks or a riot's aftermath can run for weeks, while the
 * same kind of event again (the next fight, the next hijacking) is months away.
 */
export const FAR_DAYS = 90;
/** The least time factor of two articles far apart when either's date is inferred, not declared. */
export const INFERRED_FLOOR = 0.5;
/**
 * The time factor of two articles when neither's event time is known: their words and cast must be
 * this much more alike to join (the similarity needed is STORY_SIMILARITY / UNKNOWN_TIME).
 */
export const UNKNOWN_TIME = 0.6;
/** The time factor when one of the two articles' event time is known: half the doubt. */
export const ONE_TIME_UNKNOWN = 0.8;
/** A named day this close to another article's event day refers to it (reports are dated a day or two after the event). */
const REFER_DAYS = 2;
/** The longest span (in days) an opening sentence's date may cover to date the event: a month (a year is an era). */
const EVENT_SPAN = 31;
/** The longest span (in days) a named date may cover to refer to another article's event: a week. */
const REFERENCE_SPAN = 7;

/** Days since 1970-01-01, first and last, inclusive. */
export interface DayRange {
  from: number;
  to: number;
}

export interface ArticleTime {
  /** When the article's event happened (empty: unknown). */
  event: DayRange[];
  /** The days and weeks the article names anywhere (the events it refers to). */
  named: DayRange[];
  /** Whether its own date was inferred by the engine rather than declared. */
  inferred: boolean;
  /** Its own date as declared (days since 1970-01-01, the first of its range); NaN when it has none or it was inferred. */
  declared: number;
  /** The days of the year (0 = Jan. 1) its opening names without a year, deadlines left out (storyMonthDay.ts). */
  monthDays: number[];
}

/** An article's own date as the articles table has it: ISO (or null), and whether the engine inferred it. */
export interface OwnDate {
  date: string | null;
  inferred?: boolean;
}

const day = (year: number, month: number, d: number) => dayNumber({ year, month, day: d });

/** The days a TIMEX3 date value covers: a day, an ISO week, a month or a year; null for anything else (durations, seasons, PRESENT_REF). */
export function dayRange(value: string): DayRange | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(value);
  if (m) {
    const d = day(+m[1], +m[2], +m[3]);
    return Number.isFinite(d) ? { from: d, to: d } : null;
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const monday = dayNumber(mondayOfIsoWeek(+m[1], +m[2]));
    return { from: monday, to: monday + 6 };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m && +m[2] >= 1 && +m[2] <= 12) return { from: day(+m[1], +m[2], 1), to: day(+m[1], +m[2] + 1, 1) - 1 };
  m = /^(\d{4})$/.exec(value);
  if (m) return { from: day(+m[1], 1, 1), to: day(+m[1], 12, 31) };
  return null;
}

/** Days between two ranges (0 when they overlap). */
const gap = (a: DayRange, b: DayRange) => Math.max(0, a.from - b.to, b.from - a.to);
const span = (r: DayRange) => r.to - r.from + 1;

/** The least gap between any range of `a` and any of `b`. */
function least(a: readonly DayRange[], b: readonly DayRange[]): number {
  let best = Infinity;
  for (const x of a) for (const y of b) best = Math.min(best, gap(x, y));
  return best;
}

/**
 * Each article's event days and named days, in `articles` order. `published` gives an article's own
 * date; `dates` are the dates table's rows, `sentences` the sentences table's; `openings` their
 * openings (storyOpening.ts), when the caller has made them.
 */
export function articleTimes(
  articles: readonly string[],
  published: (id: string) => OwnDate | null | undefined,
  dates: readonly DateRow[],
  sentences: readonly SentenceRow[],
  openings: readonly Opening[] = articleOpenings(articles, sentences, OPENING_SENTENCES),
): ArticleTime[] {
  const index = new Map(articles.map((id, i) => [id, i]));
  // where each article's opening sentences end
  const openingEnd = openings.map((o) => o.end);
  const opening: DayRange[][] = articles.map(() => []);
  const named: DayRange[][] = articles.map(() => []);
  const yearless: DateRow[] = [];
  for (const d of dates) {
    const i = index.get(d.article);
    if (i !== undefined && d.start < openingEnd[i] && (monthDayOf(d) !== null || d.type === "duration")) yearless.push(d);
    const r = i === undefined || !d.value || d.type === "duration" || d.type === "set" ? null : dayRange(d.value);
    if (i === undefined || !r || span(r) > EVENT_SPAN) continue;
    if (span(r) <= REFERENCE_SPAN) named[i].push(r);
    if (d.start < openingEnd[i]) opening[i].push(r);
  }
  const monthDays = openingMonthDays(articles.length, index, yearless, sentences);
  return articles.map((id, i) => {
    const declared = published(id);
    const own = dayRange(declared?.date ?? "");
    // beside its own date, an opening's month ("stocks rose for a fourth week, after a March rally") is context
    const event = own ? [own, ...opening[i].filter((r) => gap(r, own) <= NEAR_DAYS && span(r) <= REFERENCE_SPAN)] : opening[i];
    const inferred = !!own && !!declared?.inferred;
    const days = event.length ? datedYearDays(event, named[i]) : monthDays[i];
    return { event, named: named[i], inferred, declared: own && !inferred ? own.from : NaN, monthDays: days };
  });
}

/** A dated article's event days and named days that are one day each, as days of the year (to meet another's yearless days). */
function datedYearDays(event: readonly DayRange[], named: readonly DayRange[]): number[] {
  const out: number[] = [];
  for (const r of [...event, ...named]) {
    const d = r.from === r.to ? yearDayOfDay(r.from) : null;
    if (d !== null && !out.includes(d)) out.push(d);
  }
  return out;
}

/**
 * Per article (by index), the days of the year its opening's `yearless` rows name, except those
 * named as a deadline in their sentence ("returned by Jan. 14").
 */
function openingMonthDays(
  count: number,
  index: ReadonlyMap<string, number>,
  yearless: readonly DateRow[],
  sentences: readonly SentenceRow[],
): number[][] {
  const out: number[][] = Array.from({ length: count }, () => []);
  const days = yearless.filter((d) => d.type !== "duration");
  if (!days.length) return out;
  // each article's sentences and yearless rows, looked up by article (not a scan of the folder's for each day)
  const rowsOf = new Map<string, DateRow[]>();
  for (const d of yearless) pushTo(rowsOf, d.article, d);
  const sentencesOf = new Map<string, SentenceRow[]>();
  for (const s of sentences) if (rowsOf.has(s.article)) pushTo(sentencesOf, s.article, s);
  for (const d of days) {
    const s = sentenceAt(sentencesOf.get(d.article) ?? [], d.start);
    const before = s ? s.text.slice(0, d.start - s.start) : "";
    if (isDeadline(before)) continue;
    // "five months after Nov. 25": the span that ends just before the day, in its sentence
    const lasting = s && spanBefore(rowsOf.get(d.article)!, d, s.start);
    const later = lasting ? spanAfter(lasting.value, s.text.slice(lasting.end - s.start, d.start - s.start)) : 0;
    out[index.get(d.article)!].push(laterYearDay(monthDayOf(d)!, later));
  }
  return out;
}

/** Whether both articles' event times are known (else their link rests on words and cast alone: stories.ts asks more of them). */
export function bothTimed(a: ArticleTime, b: ArticleTime): boolean {
  return a.event.length > 0 && b.event.length > 0;
}

/**
 * How far two articles' events allow them to be one story: 1 when their event days are close or one
 * names the other's, falling to 0 at FAR_DAYS apart (to INFERRED_FLOOR when either's date is
 * inferred); UNKNOWN_TIME when neither's time is known, ONE_TIME_UNKNOWN when one's is.
 */
export function timeFactor(a: ArticleTime, b: ArticleTime): number {
  if (!a.event.length && !b.event.length) return partlyTimedFactor(a, b, UNKNOWN_TIME, MONTH_DAY_SAME);
  if (!a.event.length || !b.event.length) return partlyTimedFactor(a, b, ONE_TIME_UNKNOWN, 1);
  const apart = least(a.event, b.event);
  if (apart <= NEAR_DAYS) return 1;
  // a reference bridges weeks, not seasons: a report months later naming the day of an earlier event
  // as its background (a trial, an anniversary, the next attack) reports another event
  if (apart < FAR_DAYS && (least(a.named, b.event) <= REFER_DAYS || least(b.named, a.event) <= REFER_DAYS)) return 1;
  const factor = apart >= FAR_DAYS ? 0 : (FAR_DAYS - apart) / (FAR_DAYS - NEAR_DAYS);
  return a.inferred || b.inferred ? Math.max(INFERRED_FLOOR, factor) : factor;
}

/**
 * The time factor of two articles of which one or neither has a known event time: `doubt`
 * (ONE_TIME_UNKNOWN or UNKNOWN_TIME), weakened by MONTH_DAY_APART when their openings name days of
 * the year weeks apart (for a dated one: its event days and references), raised to `same` when they
 * name the same or adjacent ones (storyMonthDay.ts).
 */
function partlyTimedFactor(a: ArticleTime, b: ArticleTime, doubt: number, same: number): number {
  const relation = monthDayRelation(a.monthDays, b.monthDays);
  return relation === "apart" ? doubt * MONTH_DAY_APART : relation === "near" ? same : doubt;
}

/** The last span (a duration row) of `rows` (those of `d`'s article) that lies between `from` and `d`'s start. */
function spanBefore(rows: readonly DateRow[], d: DateRow, from: number): DateRow | undefined {
  let last: DateRow | undefined;
  for (const x of rows) if (x.type === "duration" && x.start >= from && x.end <= d.start && (!last || x.end > last.end)) last = x;
  return last;
}
