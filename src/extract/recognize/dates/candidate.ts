// The working shape of a temporal expression inside the date pipeline (parsers → refiners →
// normalize). Plain data: parsers create candidates, refiners filter, extend and merge them, and
// normalize resolves each one's anchor into a TIMEX3 value against the article date.
import type { DateType } from "../../types.js";
import type { DayPart, Season, Unit } from "./lexicon.js";

export type { DateType };

/** A direction written next to the expression: "last May" (past), "next May" (future), "this May". */
export type Direction = "past" | "future" | "this";

export interface TimeOfDay {
  hour?: number;
  minute?: number;
  /** A part of the day when no clock time is written: "Friday morning" → MO. */
  part?: DayPart;
}

/** What the expression says, before the article date turns it into a value. */
export type Anchor =
  /** A value known from the text alone ("1998", "P4D", "PRESENT_REF"), or null for a named period with none ("Ramadan"). */
  | { kind: "fixed"; value: string | null }
  /** A calendar date, perhaps without its year ("Oct. 23", "March", "Friday morning", "Aug. 7, 1998"); with `weekend`, the weekend of its Saturday ("the weekend"). */
  | {
      kind: "calendar";
      year?: number;
      yearOffset?: number;
      month?: number;
      day?: number;
      weekday?: number;
      direction?: Direction;
      time?: TimeOfDay;
      weekend?: boolean;
    }
  /** A season: "last fall", "the summer of 2017". */
  | { kind: "season"; season: Season; year?: number; direction?: Direction }
  /** A quarter or half of a year: "the third quarter", "first-half", "Q3 2016". */
  | { kind: "quarter"; quarter: number; half?: boolean; year?: number; yearOffset?: number; direction?: Direction }
  /** A yearly holiday: "Thanksgiving Day", "Christmas". */
  | { kind: "holiday"; name: string; year?: number; direction?: Direction }
  /** A step from the article date in a unit: today (day 0), last week (week -1), two days ago (day -2). */
  | { kind: "offset"; unit: Unit | "weekend"; amount: number; time?: TimeOfDay; keepUnit?: boolean }
  /**
   * A step from the date the text last mentioned: "that day" (0), "the next morning" (+1). With
   * `keepUnit` (years only), the step keeps that date's quarter, half or month: "profit rose in the
   * third quarter from a year earlier" is the third quarter of the year before.
   */
  | { kind: "anaphoric"; unit: Unit; amount: number; time?: TimeOfDay; keepUnit?: boolean }
  /** A step from a day the expression itself names: "the week of March 6" (week 0), "the day before last Tuesday" (day -1), "Easter week". */
  | { kind: "shift"; base: Anchor; unit: Unit; amount: number }
  /** A clock time with no day written: "at 10 a.m.". The day comes from the sentence or the article date. */
  | { kind: "clock"; time: TimeOfDay };

export interface DateCandidate {
  start: number;
  end: number;
  type: DateType;
  anchor: Anchor;
  /** Where the candidate came from, for debugging ("calendar", "year", "duration", ...). */
  source: string;
}

/** A parser: one concern, text in, candidates out. */
export interface DateParser {
  name: string;
  parse(text: string): DateCandidate[];
}

/** A refiner: candidates in, candidates out. */
export interface DateRefiner {
  name: string;
  refine(text: string, candidates: DateCandidate[]): DateCandidate[];
}

/** A candidate over [start, end) of `type` ("date" unless told). */
export function candidateAt(start: number, end: number, anchor: Anchor, source: string, type: DateType = "date"): DateCandidate {
  return { start, end, type, anchor, source };
}

/** The candidate a whole match spans. */
export function matchCandidate(m: RegExpMatchArray, anchor: Anchor, source: string, type: DateType = "date"): DateCandidate {
  return candidateAt(m.index!, m.index! + m[0].length, anchor, source, type);
}

/** A pass from a function that adds what it finds to a list. */
export function passOf(name: string, fill: (text: string, found: DateCandidate[]) => void): DateParser {
  return {
    name,
    parse(text) {
      const found: DateCandidate[] = [];
      fill(text, found);
      return found;
    },
  };
}

/**
 * A parser made of ordered passes, each one kind of expression (chrono-node's parsers): its
 * candidates are the passes' in their order.
 */
export function parserOf(name: string, passes: DateParser[]): DateParser {
  return { name, parse: (text) => passes.flatMap((p) => p.parse(text)) };
}

/** How much a candidate says, to choose between overlapping ones. */
export function weight(c: DateCandidate): number {
  const a = c.anchor;
  const typeRank = c.type === "time" ? 5 : c.type === "date" ? 4 : c.type === "set" ? 2 : 1;
  let parts: number;
  if (a.kind === "calendar") parts = [a.year, a.month, a.day, a.weekday, a.time].filter((x) => x !== undefined).length;
  else if (a.kind === "fixed") parts = a.value === null ? 0 : 2;
  else parts = 1;
  return typeRank * 10 + parts + (c.end - c.start) / 1000;
}
