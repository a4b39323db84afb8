// Calendar dates as news writes them: "Aug. 7", "August 7, 1998", "7 August 1998", "the 26th of
// July", "Friday, Oct. 23" (one date: the written day wins over its weekday), "May 15-24",
// "August 2023", "March of 1999", a month alone ("in March"), a weekday alone ("announced
// Wednesday", "Friday morning"), and numeric dates ("2023-08-07", "8/7/1998").
// Months and weekdays must be capitalized, and a month alone must read as a time: "you may",
// "Theresa May", "the March for Life" and "April Ryan" are not dates.
import { matchCandidate, parserOf, type DateCandidate, type DateParser, type TimeOfDay } from "../candidate.js";
import { DAY_PART_SOURCE, MONTH_SOURCE, WEEKDAY_SOURCE, matchesIf, monthNumber, weekdayNumber } from "../lexicon.js";

const DAY = "(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:%.,]\\d|\\d)";
const YEAR = "(1\\d{3}|20\\d{2}|21\\d{2})(?![\\d:]|\\.\\d)";
const RANGE_DAY = "(?:\\s*(?:-|–)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d))?";

/** "Friday, Oct. 23, 1998", "Oct. 23", "May 15-24, 2016", "Dec.14th". */
const MIDDLE_ENDIAN = new RegExp(`\\b(?:(${WEEKDAY_SOURCE}),?\\s+)?(${MONTH_SOURCE})\\s*${DAY}${RANGE_DAY}(?:,?\\s+${YEAR})?`, "g");
/** "Monday 19 December", "5-6 April 2016", "the 26th of July", "11-13 Dec.". */
const LITTLE_ENDIAN = new RegExp(
  `\\b(?:(${WEEKDAY_SOURCE}),?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:-|–)\\s*(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?(${MONTH_SOURCE})(?![a-z])(?:,?\\s+${YEAR})?`,
  "g",
);
/** A second day of the same month after a date: "April 24 and 25", "Aug. 4 or 5, 1998", "from April 23 to 25" (not "May 5 and 25 people"). */
const SECOND_DAY = new RegExp(
  `^\\s*(?:and|or|&|to|through|till|until)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?(?=\\s*(?:[,.;:)!?]|$|--|\u2014|\\s+(?:in|at|on|to|when|with|and|or|but|of|for|after|before|during|the|a|an)\\b))`,
);

/** "August 2023", "June, 1998", "March of 1999". */
const MONTH_YEAR = new RegExp(`\\b(${MONTH_SOURCE}),?\\s+(?:of\\s+)?${YEAR}`, "g");
/** "February this year", "October of last year", "Oct. 23 last year": a month placed by a year word. */
const MONTH_YEAR_WORD = new RegExp(`\\b(${MONTH_SOURCE})(?:\\s*${DAY})?,?\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, "g");
/** A month alone, abbreviations included ("in Oct."). */
const MONTH_ALONE = new RegExp(`\\b(${MONTH_SOURCE})(?![\\w-])`, "g");
/** A weekday alone, with a part of the day: "Friday", "Wednesday night", "Friday's". */
const WEEKDAY = new RegExp(`\\b(${WEEKDAY_SOURCE})(?:\\s+(${DAY_PART_SOURCE}))?\\b`, "g");
/** "2023-08-07", "2023-08-07T14:30", "2023/08/07". */
const ISO = /\b(\d{4})([-/])(\d{2})\2(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d/])/g;
/** "8/7/1998", "10/26/89", "26.07.2023" (day first when the first number is over 12, or with dots). */
const NUMERIC = /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d)/g;

/** Words before a month alone that make it a time: "in March", "last May", "early April". */
const TIME_CUE_BEFORE =
  /(?:\b(?:in|on|since|until|till|by|from|through|throughout|during|last|next|this|that|early|late|mid|of|between|and|or|to|before|after|every|each|past|coming|until|around|about|in\s+early|in\s+late|end\s+of|beginning\s+of|start\s+of|middle\s+of|the\s+end\s+of)|mid-)\s*$/i;
/** A capitalized word before: a name ("Theresa May") unless the word is itself a time cue. */
const CAPITALIZED_BEFORE = /\b([A-Z][a-z]+)\s+$/;
const CUE_WORDS =
  /^(?:In|On|Since|Until|Till|By|From|Through|During|Last|Next|This|That|Early|Late|Mid|Before|After|Each|Every|Between|Around|About|And|Or|Of|To|The)$/;
/** "the March for Life", "March on Washington", "March of the Mothers": a named event. */
const EVENT_AFTER = /^\s+(?:for|of|on|against)\s+(?:the\s+)?[A-Z]/;
const EVENT_BEFORE = /\b(?:annual|yearly|big|great|mass|massive|peaceful|silent|million|women's|people's|long)\s+$/i;
/** "Sunday Times", "Monday Night Football": a weekday in a name. */
const NAME_AFTER_WEEKDAY =
  /^\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Tribune|Independent|Observer|Mail|Sport|People|Business|World|Review|Edition|School|Schools|Night\s+Football|Service)\b/;
const WEEKDAY_NAME_BEFORE = /\b(?:Black|Good|Super|Ash|Bloody|Palm|Easter|Cyber|Holy|Maundy|Giving)\s+$/;

function calendar(
  start: number,
  end: number,
  parts: { year?: number; month?: number; day?: number; weekday?: number; time?: TimeOfDay },
  source: string,
): DateCandidate {
  const anchor: DateCandidate["anchor"] = { kind: "calendar" };
  for (const [k, v] of Object.entries(parts)) if (v !== undefined) (anchor as Record<string, unknown>)[k] = v;
  return { start, end, type: parts.time ? "time" : "date", anchor, source };
}

const calendarOver = (m: RegExpMatchArray, parts: Parameters<typeof calendar>[2], source: string) =>
  calendar(m.index!, m.index! + m[0].length, parts, source);

/** The `before` characters before a match and the `after` characters after it. */
function around(text: string, m: RegExpMatchArray, before: number, after: number): [string, string] {
  const end = m.index! + m[0].length;
  return [text.slice(Math.max(0, m.index! - before), m.index!), text.slice(end, end + after)];
}

/** A year right after a date unless it counts something ("May 5, 1500 troops"). */
function yearOf(text: string, end: number, written: string | undefined): number | undefined {
  if (!written) return undefined;
  if (/^\s+(?!was\b|is\b|has\b|this\b|its\b|his\b|as\b)[a-z]+s\b/.test(text.slice(end, end + 30))) return undefined;
  return Number(written);
}

/** Length of `match` without a written year that was not taken ("May 5, 1500 troops" → "May 5"). */
function withoutYear(match: string, written: string | undefined, kept: number | undefined): number {
  if (written === undefined || kept !== undefined) return match.length;
  return match.slice(0, match.lastIndexOf(written)).replace(/[,\s]+$/, "").length;
}

/** A written day and its year after it: the span without a year not taken, or null for a day out of range. */
function dayAndYear(text: string, m: RegExpMatchArray, dayGroup: number, yearGroup: number) {
  const day = Number(m[dayGroup]);
  if (day < 1 || day > 31) return null;
  const start = m.index!;
  const year = yearOf(text, start + m[0].length, m[yearGroup]);
  return { start, end: start + withoutYear(m[0], m[yearGroup], year), day, year };
}

/** A month and day that can be a date (the day is checked against its month when resolved). */
const isMonthDay = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;

const weekdayIn = (written: string | undefined) => (written ? weekdayNumber(written) : undefined);

/** "Oct. 23", "Friday, Oct. 23, 1998", "May 15-24"; "April 24 and 25, 1999": two dates, both of that year. */
function monthDayDates(text: string, m: RegExpMatchArray): DateCandidate[] {
  const date = dayAndYear(text, m, 3, 5);
  if (!date) return [];
  const { start, end, day, year } = date;
  const month = monthNumber(m[2]);
  const weekday = weekdayIn(m[1]);
  const second = m[4] === undefined && year === undefined ? SECOND_DAY.exec(text.slice(end, end + 40)) : null;
  const day2 = second ? Number(second[1]) : 0;
  if (!second || day2 <= day || day2 > 31) return [calendar(start, end, { year, month, day, weekday }, "calendar/month-day")];
  const year2 = second[2] ? Number(second[2]) : undefined;
  const at = end + second[0].indexOf(second[1]);
  return [
    calendar(start, end, { year: year2, month, day, weekday }, "calendar/month-day"),
    calendar(at, end + second[0].length, { year: year2, month, day: day2 }, "calendar/second-day"),
  ];
}

/** Month first: "Aug. 7", "August 7, 1998", "Friday, Oct. 23" (the written day wins over its weekday). */
export const monthDay: DateParser = {
  name: "calendar/month-day",
  parse: (text) => [...text.matchAll(MIDDLE_ENDIAN)].flatMap((m) => monthDayDates(text, m)),
};

/** Day first: "7 August 1998", "Monday 19 December", "the 26th of July". */
export const dayMonth: DateParser = {
  name: "calendar/day-month",
  parse: (text) =>
    [...text.matchAll(LITTLE_ENDIAN)].flatMap((m) => {
      const date = dayAndYear(text, m, 2, 5);
      if (!date) return [];
      const { start, end, day, year } = date;
      return [calendar(start, end, { year, month: monthNumber(m[4]), day, weekday: weekdayIn(m[1]) }, "calendar/day-month")];
    }),
};

/** "August 2023", "March of 1999" (not "May 1500 troops"). */
export const monthYear: DateParser = {
  name: "calendar/month-year",
  parse: (text) =>
    [...text.matchAll(MONTH_YEAR)].flatMap((m) => {
      const year = yearOf(text, m.index! + m[0].length, m[2]);
      return year === undefined ? [] : [calendarOver(m, { year, month: monthNumber(m[1]) }, "calendar/month-year")];
    }),
};

const YEAR_WORD_OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };

/** "February this year", "Oct. 23 last year": a month placed by a year word. */
export const monthYearWord: DateParser = {
  name: "calendar/month-year-word",
  parse: (text) =>
    [...matchesIf(text, /\s(?:this|last|next)\s+year/, MONTH_YEAR_WORD)].flatMap((m) => {
      const day = m[2] ? Number(m[2]) : undefined;
      if (day !== undefined && (day < 1 || day > 31)) return [];
      const anchor = { kind: "calendar", month: monthNumber(m[1]), day, yearOffset: YEAR_WORD_OFFSET[m[3]] } as const;
      return [matchCandidate(m, anchor, "calendar/month-year-word")];
    }),
};

/** Whether a month alone reads as a time: "in March", "in Oct."; not "Theresa May", "Jan Kavan", "the March for Life". */
function isMonthTime(word: string, before: string, after: string): boolean {
  const cued = TIME_CUE_BEFORE.test(before);
  // "Jan Kavan", "Mar": an abbreviation alone is a month only with its period and a cue ("in Oct.")
  if (/^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/.test(word) && (!cued || !word.endsWith("."))) return false;
  if (!cued) {
    if (word === "May") return false;
    const capital = CAPITALIZED_BEFORE.exec(before);
    if (capital && !CUE_WORDS.test(capital[1])) return false;
    if (/^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:\d|[A-Z][a-z]+day\b)/.test(after)) return false;
  }
  return !EVENT_AFTER.test(after) && !EVENT_BEFORE.test(before);
}

/** A month alone read as a time: "in March", "last May". */
export const monthAlone: DateParser = {
  name: "calendar/month",
  parse: (text) =>
    [...text.matchAll(MONTH_ALONE)]
      .filter((m) => isMonthTime(m[1], ...around(text, m, 24, 30)))
      .map((m) => calendarOver(m, { month: monthNumber(m[1]) }, "calendar/month")),
};

/** A weekday alone: "announced Wednesday", "Friday morning" (the day; TimeML newswire mostly gives these the day's value); not "Sunday Times", "Black Friday". */
export const weekdayAlone: DateParser = {
  name: "calendar/weekday",
  parse: (text) =>
    [...text.matchAll(WEEKDAY)]
      .filter((m) => {
        const [before, after] = around(text, m, 12, 24);
        return !NAME_AFTER_WEEKDAY.test(after) && !WEEKDAY_NAME_BEFORE.test(before);
      })
      .map((m) => calendarOver(m, { weekday: weekdayNumber(m[1]) }, "calendar/weekday")),
};

/** "2023-08-07", "2023-08-07T14:30", "2023/08/07". */
export const isoDate: DateParser = {
  name: "calendar/iso",
  parse: (text) =>
    [...matchesIf(text, /\d{4}[-/]\d\d/, ISO)].flatMap((m) => {
      const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
      if (!isMonthDay(month, day)) return [];
      const time = m[5] !== undefined ? { hour: Number(m[5]), minute: Number(m[6]) } : undefined;
      return [calendarOver(m, { year, month, day, time }, "calendar/iso")];
    }),
};

/** "8/7/1998" (month first), "26.07.2023" (day first when dotted or when the first number cannot be a month); not "1.5.20". */
export const numericDate: DateParser = {
  name: "calendar/numeric",
  parse: (text) =>
    [...matchesIf(text, /\d[/.]\d{1,2}[/.]\d/, NUMERIC)].flatMap((m) => {
      const [a, b] = [Number(m[1]), Number(m[3])];
      const dotted = m[2] === ".";
      const [month, day] = dotted || a > 12 ? [b, a] : [a, b];
      // "1.5.20" is more likely a version or a score
      if (!isMonthDay(month, day) || (dotted && m[4].length === 2)) return [];
      const year = m[4].length === 4 ? Number(m[4]) : Number(m[4]) + (Number(m[4]) > 40 ? 1900 : 2000);
      return [calendarOver(m, { year, month, day }, "calendar/numeric")];
    }),
};

/** The calendar parser's passes, in order. */
export const CALENDAR_PASSES: DateParser[] = [monthDay, dayMonth, monthYear, monthYearWord, monthAlone, weekdayAlone, isoDate, numericDate];

export const calendarParser: DateParser = parserOf("calendar", CALENDAR_PASSES);
