// The working shape of a date expression inside the date pipeline (parsers → refiners → normalize).
// Plain data: parsers create candidates, refiners filter/extend/merge them, normalize turns them
// into `DateMention`s.

/** What kind of temporal expression a candidate is. */
export type CandidateKind =
  | "date" // a calendar point or period: "July 26, 2023", "August 2023", "Monday", "today"
  | "year" // a year alone or a year range: "in 2016", "2014-2015", "575 B.C."
  | "duration" // a length of time with no anchor: "four days", "the past decade", "recent days"
  | "named"; // a named period with no fixed calendar value: "Ramadan", "spring"

export interface DateParts {
  year?: number;
  month?: number; // 1-12
  day?: number;
  weekday?: number; // 0 = Sunday
}

export interface DateCandidate {
  start: number;
  end: number;
  kind: CandidateKind;
  /** Components written in the text (certain). */
  known: DateParts;
  /** Components chrono computed from the reference date ("last week", "Dec. 10" → year). */
  implied: DateParts;
  /** True when the value depends on the reference (article) date. */
  relative: boolean;
  /** Granularity chosen by a parser or refiner; when absent, taken from the most specific part. */
  granularity?: "day" | "month" | "year";
  /** "last December" → past, "next March" → future: which side of the reference a yearless month is. */
  direction?: "past" | "future";
  /** Where the candidate came from, for debugging ("chrono", "year", "duration", ...). */
  source: string;
}

/** A parser in the chrono style: one concern, text in, candidates out. */
export interface DateParser {
  name: string;
  parse(text: string, reference: Date): DateCandidate[];
}

/** A refiner in the chrono style: candidates in, candidates out. */
export interface DateRefiner {
  name: string;
  refine(text: string, candidates: DateCandidate[]): DateCandidate[];
}

export const MONTH_NAMES =
  "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

const MONTH_INDEX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** 1-12 for an English month name or abbreviation, or undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTH_INDEX[word.toLowerCase().replace(/\.$/, "").slice(0, 3)];
}
