// Calendar dates as news writes them: "Aug. 7", "August 7, 1998", "7 August 1998", "the 26th of
// July", "Friday, Oct. 23" (one date: the written day wins over its weekday), "May 15-24",
// "August 2023", "March of 1999", a month alone ("in March"), a weekday alone ("announced
// Wednesday", "Friday morning"), and numeric dates ("2023-08-07", "8/7/1998").
// Months and weekdays must be capitalized, and a month alone must read as a time: "you may",
// "Theresa May", "the March for Life" and "April Ryan" are not dates.
import type { DateCandidate, DateParser, TimeOfDay } from "../candidate.js";
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

export const calendarParser: DateParser = {
  name: "calendar",
  parse(text: string): DateCandidate[] {
    const found: DateCandidate[] = [];
    for (const m of text.matchAll(MIDDLE_ENDIAN)) {
      const day = Number(m[3]);
      if (day < 1 || day > 31) continue;
      const start = m.index!;
      const year = yearOf(text, start + m[0].length, m[5]);
      const end = start + withoutYear(m[0], m[5], year);
      const month = monthNumber(m[2]);
      const second = m[4] === undefined && year === undefined ? SECOND_DAY.exec(text.slice(end, end + 40)) : null;
      const day2 = second ? Number(second[1]) : 0;
      if (second && day2 > day && day2 <= 31) {
        // "April 24 and 25, 1999": two dates, both of that year
        const year2 = second[2] ? Number(second[2]) : undefined;
        found.push(
          calendar(start, end, { year: year2, month, day, weekday: m[1] ? weekdayNumber(m[1]) : undefined }, "calendar/month-day"),
        );
        const at = end + second[0].indexOf(second[1]);
        found.push(calendar(at, end + second[0].length, { year: year2, month, day: day2 }, "calendar/second-day"));
        continue;
      }
      found.push(calendar(start, end, { year, month, day, weekday: m[1] ? weekdayNumber(m[1]) : undefined }, "calendar/month-day"));
    }
    for (const m of text.matchAll(LITTLE_ENDIAN)) {
      const day = Number(m[2]);
      if (day < 1 || day > 31) continue;
      // "the 26th of July" needs its ordinal or its "the": "2 May" stays a date, "1 of July" does not
      const start = m.index!;
      const year = yearOf(text, start + m[0].length, m[5]);
      const end = start + withoutYear(m[0], m[5], year);
      found.push(
        calendar(
          start,
          end,
          { year, month: monthNumber(m[4]), day, weekday: m[1] ? weekdayNumber(m[1]) : undefined },
          "calendar/day-month",
        ),
      );
    }
    for (const m of text.matchAll(MONTH_YEAR)) {
      const start = m.index!;
      const year = yearOf(text, start + m[0].length, m[2]);
      if (year === undefined) continue;
      found.push(calendar(start, start + m[0].length, { year, month: monthNumber(m[1]) }, "calendar/month-year"));
    }
    for (const m of matchesIf(text, /\s(?:this|last|next)\s+year/, MONTH_YEAR_WORD)) {
      const day = m[2] ? Number(m[2]) : undefined;
      if (day !== undefined && (day < 1 || day > 31)) continue;
      const yearOffset = { last: -1, this: 0, next: 1 }[m[3] as "last" | "this" | "next"];
      found.push({
        start: m.index!,
        end: m.index! + m[0].length,
        type: "date",
        anchor: { kind: "calendar", month: monthNumber(m[1]), day, yearOffset },
        source: "calendar/month-year-word",
      });
    }
    for (const m of text.matchAll(MONTH_ALONE)) {
      const start = m.index!;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 24), start);
      const after = text.slice(end, end + 30);
      const cued = TIME_CUE_BEFORE.test(before);
      const word = m[1];
      // "Jan Kavan", "Mar": an abbreviation alone is a month only with its period and a cue ("in Oct.")
      if (/^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/.test(word) && (!cued || !word.endsWith("."))) continue;
      if (!cued) {
        if (word === "May") continue;
        const capital = CAPITALIZED_BEFORE.exec(before);
        if (capital && !CUE_WORDS.test(capital[1])) continue;
        if (/^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:\d|[A-Z][a-z]+day\b)/.test(after)) continue;
      }
      if (EVENT_AFTER.test(after) || EVENT_BEFORE.test(before)) continue;
      found.push(calendar(start, end, { month: monthNumber(word) }, "calendar/month"));
    }
    for (const m of text.matchAll(WEEKDAY)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (NAME_AFTER_WEEKDAY.test(text.slice(end, end + 24)) || WEEKDAY_NAME_BEFORE.test(text.slice(Math.max(0, start - 12), start)))
        continue;
      // "Friday morning", "Wednesday night": the day; TimeML newswire mostly gives these the day's value
      found.push(calendar(start, end, { weekday: weekdayNumber(m[1]) }, "calendar/weekday"));
    }
    for (const m of matchesIf(text, /\d{4}[-/]\d\d/, ISO)) {
      const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      const time = m[5] !== undefined ? { hour: Number(m[5]), minute: Number(m[6]) } : undefined;
      found.push(calendar(m.index!, m.index! + m[0].length, { year, month, day, time }, "calendar/iso"));
    }
    for (const m of matchesIf(text, /\d[/.]\d{1,2}[/.]\d/, NUMERIC)) {
      let [a, b] = [Number(m[1]), Number(m[3])];
      const dotted = m[2] === ".";
      // month first (US) unless dotted (European) or the first number cannot be a month
      const [month, day] = dotted || a > 12 ? [b, a] : [a, b];
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      if (dotted && m[4].length === 2) continue; // "1.5.20" is more likely a version or a score
      const year = m[4].length === 4 ? Number(m[4]) : Number(m[4]) + (Number(m[4]) > 40 ? 1900 : 2000);
      [a, b] = [month, day];
      found.push(calendar(m.index!, m.index! + m[0].length, { year, month: a, day: b }, "calendar/numeric"));
    }
    return found;
  },
};
