// Years: "in 2016", "since 2009", "2014-2015" and "2000 - 2050" (two mentions, one a year), "the
// 2009-10 budget" (one: a season or fiscal year), "between 1994 and 1997" (two),
// "post-1959", "575 B.C." (BC0575), years in words ("nineteen ninety-eight"), fiscal years
// ("fiscal 1989", "FY1989" → FY1989), decades ("the 1990s", "the '90s", "the nineties" → 199X) and
// centuries ("the 20th century" → 19XX).
// A four-digit number is read as a year (1800-2099) unless it counts something ("2000 troops"),
// has digits or separators attached ("202307", "1,500"), or numbers a document ("resolution 2254").
import { parserOf, passOf, type DateCandidate, type DateParser } from "../candidate.js";
import { ORDINAL_SOURCE, matchesIf, ordinalValue } from "../lexicon.js";
import { yearValue } from "../../../util/days.js";

const YEAR =
  /(?:\b(?:[Pp]ost|[Pp]re|[Mm]id)-|(?<![\w$€£#.,/:-]))(1[89]\d\d|20\d\d)(?:\s?(?:-|–)\s?(1[89]\d\d|20\d\d|\d\d))?(?![\w%$€£]|[.,:]\d)/g;
/** After a two-digit second part: a percent, a unit or another number make "2004-15" no range ("2004-15 percent"). */
const NOT_RANGE_AFTER = /^\s*(?:%|per\s*cent|percent|percentage|points?\b|(?:to|-|–|or|and)\s*\d)/i;
const ERA = /(?<![\w.,])(\d{1,4})\s?(B\.C(?:\.|\b)|BCE\b|BC\b|A\.D(?:\.|\b)|AD\b)/g;
const FISCAL = /\b(?:fiscal(?:\s+|-)(?:year\s+)?|FY\s?)(?:(\d{4})|['’]?(\d{2}))(?![\w])/g;
/** "the 1990s" → "1990s" (TimeML newswire leaves "the" out, and keeps "early", "late", "mid"). */
const DECADE = /(?:\b(?:early|late|mid)[\s-])?(?:\b(1[5-9]|20)(\d)0s|['’](\d)0s)(?![\w])/g;
const DECADE_WORDS = /\b(?:the\s+)(?:(?:early|late|mid)[\s-])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;
const CENTURY = new RegExp(`\\b(?:the\\s+)?(?:(?:early|late|mid)[\\s-])?(${ORDINAL_SOURCE})[\\s-]century\\b`, "gi");

const DECADE_DIGIT: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

const ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const TWO_DIGITS = `(?:(?:${TENS.slice(2).join("|")})(?:[- ](?:${ONES.slice(1).join("|")}))?|${TEENS.join("|")})`;
/** "nineteen ninety-eight", "nineteen eighty-nine", "two thousand and one", "twenty twenty-three". */
const YEAR_WORDS = new RegExp(
  `\\b(?:(nineteen|eighteen|twenty)[\\s-](${TWO_DIGITS}|hundred)|two\\s+thousand(?:\\s+(?:and\\s+)?(${TWO_DIGITS}|${ONES.slice(1).join("|")}))?)\\b`,
  "gi",
);

function twoDigits(words: string): number {
  const w = words.toLowerCase().split(/[\s-]+/);
  if (TEENS.includes(w[0])) return 10 + TEENS.indexOf(w[0]);
  if (ONES.includes(w[0])) return ONES.indexOf(w[0]);
  return TENS.indexOf(w[0]) * 10 + (w[1] ? ONES.indexOf(w[1]) : 0);
}

/** Words before a number that make it a label, not a year. */
const LABEL_BEFORE =
  /(?:resolution|resolutions|no\.|nos\.|number|article|chapter|section|page|pages|flight|route|highway|room|unit|code|law|decree|order|of \$|\$|€|£|usd|eur)\s*$/i;

/** A determiner before a year makes it an adjective ("the 1992 protests"), not a count. */
const DETERMINER_BEFORE = /\b(?:the|its|his|her|their|our|this|that|these|those)\s+$|['’]s\s+$/i;

/** A plural count noun right after the number ("2000 troops") makes it a quantity. */
const COUNT_AFTER = /^\s+(?!was\b|has\b|is\b|as\b|this\b|its\b|his\b|us\b|has\b|does\b)[a-z]+s\b/;

const fixed = (start: number, end: number, value: string, source: string): DateCandidate => ({
  start,
  end,
  type: "date",
  anchor: { kind: "fixed", value },
  source,
});

/** Years in digits: "1992", "in 2004-15", "2000 - 2050" (both years), not a count ("2000 troops") or a label. */
function yearsInDigits(text: string, found: DateCandidate[]): void {
  for (const m of text.matchAll(YEAR)) {
    const start = m.index!;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 16), start);
    if (LABEL_BEFORE.test(before)) continue;
    // "2000 troops" counts; "the 1992 protests", "its 2016 elections" are dated
    if (COUNT_AFTER.test(text.slice(end, end + 30)) && !DETERMINER_BEFORE.test(before) && !/-$/.test(m[0].slice(0, m[0].indexOf(m[1]))))
      continue;
    // "from 28% in 2004-15 percent": the year alone, the rest is a figure
    if (m[2]?.length === 2 && NOT_RANGE_AFTER.test(text.slice(end, end + 16))) {
      found.push(fixed(start, start + m[0].indexOf(m[1]) + 4, m[1], "year"));
      continue;
    }
    if (m[2]?.length === 4) {
      // a range of years is both its years: "2000 - 2050" → 2000 and 2050; "2009-10" (a season, a
      // fiscal year) stays one period
      const first = Number(m[1]);
      const second = Number(m[2]);
      if (second > first) {
        const firstEnd = start + m[0].indexOf(m[1]) + 4;
        const secondStart = end - m[2].length;
        found.push(fixed(start, firstEnd, m[1], "year"), fixed(secondStart, end, yearValue(second), "year"));
        continue;
      }
    }
    found.push(fixed(start, end, m[1], "year"));
  }
}

/** Years with an era, in words, fiscal years, decades and centuries. */
function otherYears(text: string, found: DateCandidate[]): void {
  for (const m of matchesIf(text, /\b(?:B\.?C|A\.?D)/, ERA)) {
    const start = m.index!;
    const n = Number(m[1]);
    const bc = /^B/.test(m[2]);
    if (n === 0) continue;
    found.push(fixed(start, start + m[0].length, bc ? yearValue(1 - n) : yearValue(n), "era"));
  }
  for (const m of matchesIf(text, /nineteen|eighteen|twenty|two\s+thousand/i, YEAR_WORDS)) {
    let year: number;
    if (m[1]) {
      const century = { eighteen: 18, nineteen: 19, twenty: 20 }[m[1].toLowerCase()]!;
      year = century * 100 + (m[2].toLowerCase() === "hundred" ? 0 : twoDigits(m[2]));
      // "twenty twenty" is a year only from 2010 on; "twenty hundred" is a number
      if (century === 20 && (year < 2010 || m[2].toLowerCase() === "hundred")) continue;
    } else year = 2000 + (m[3] ? twoDigits(m[3]) : 0);
    found.push(fixed(m.index!, m.index! + m[0].length, yearValue(year), "year/words"));
  }
  for (const m of matchesIf(text, /fiscal|FY/, FISCAL)) {
    const year = m[1] ? Number(m[1]) : Number(m[2]) + (Number(m[2]) > 40 ? 1900 : 2000);
    found.push(fixed(m.index!, m.index! + m[0].length, `FY${yearValue(year)}`, "fiscal"));
  }
  for (const m of matchesIf(text, /0s\b/, DECADE)) {
    const prefix = m[1] ? `${m[1]}${m[2]}` : `19${m[3]}`;
    found.push(fixed(m.index!, m.index! + m[0].length, `${prefix}X`, "decade"));
  }
  for (const m of matchesIf(text, /ties\b/i, DECADE_WORDS)) {
    found.push(fixed(m.index!, m.index! + m[0].length, `19${DECADE_DIGIT[m[1].toLowerCase()]}X`, "decade"));
  }
  for (const m of matchesIf(text, /century/i, CENTURY)) {
    const n = ordinalValue(m[1]);
    if (!n || n > 21) continue;
    found.push(fixed(m.index!, m.index! + m[0].length, `${String(n - 1).padStart(2, "0")}XX`, "century"));
  }
}

/** The year parser's passes, in order: years in digits, then eras, years in words, fiscal years, decades, centuries. */
export const YEAR_PASSES: DateParser[] = [passOf("year/digits", yearsInDigits), passOf("year/other", otherYears)];

export const yearParser: DateParser = parserOf("year", YEAR_PASSES);
