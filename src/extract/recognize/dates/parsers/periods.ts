// Named periods of the year: holidays with a rule ("Thanksgiving Day", "Christmas", "Election Day", "Easter"),
// seasons read as times ("in the spring", "last fall", "the summer of 2017": not "the fall of the
// regime", "prices fall", "Spring of Life"), quarters and halves of a year ("third-quarter
// profit", "the first quarter of 1999", "Q3 2016", "first-half earnings"), and named periods with no
// fixed calendar value ("Ramadan", "the eve of a New Year", "the 93rd anniversary").
import { candidateAt, matchCandidate, parserOf, type DateCandidate, type DateParser } from "../candidate.js";
import { ORDINAL_SOURCE, SEASON_SOURCE, matchesIf, seasonCode } from "../lexicon.js";

const HOLIDAY =
  /\b(Christmas(?:\s+(?:Eve|Day))?|New\s+Year['’]s(?:\s+(?:Eve|Day))?|Thanksgiving(?:\s+Day)?|Independence\s+Day|Election\s+Day|Memorial\s+Day|Labor\s+Day|Veterans['’]?\s+Day|Halloween|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Valentine['’]s\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Presidents['’]?\s+Day|Columbus\s+Day|Boxing\s+Day|Mother['’]s\s+Day|Father['’]s\s+Day|(?:St\.?|Saint)\s+Patrick['’]s\s+Day|May\s+Day|Palm\s+Sunday|Ash\s+Wednesday|(?:Maundy|Holy)\s+Thursday|Pentecost(?:\s+Sunday)?|Whit\s+Sunday|Mardi\s+Gras|Armistice\s+Day|Remembrance\s+Day|Bastille\s+Day|Flag\s+Day|Groundhog\s+Day|Juneteenth|Earth\s+Day)\b(?:(?:,?\s+|\s+of\s+)(1[89]\d\d|20\d\d)\b)?/g;

/** Words before a holiday that keep it a day: "Merry Christmas", "Orthodox Easter", "Last Christmas". */
const HOLIDAY_LEADS =
  /^(?:Merry|Happy|Orthodox|Western|Eastern|Catholic|Last|Next|This|Every|Since|Until|On|By|Before|After|Over|Through|During|Around|At|Of|In|For|From|Till|Good|Black|Holy)$/;

/**
 * A holiday word that is part of a name, not a day: a surname after a given name ("illustrator
 * Johnnie Christmas", "Mary Easter"), or the first word of a place or thing ("Christmas Island",
 * "Easter Island", "Thanksgiving Parade" stays: a capitalized "Day", "Eve" or weekday is the holiday's own).
 */
function isNamePart(text: string, start: number, end: number): boolean {
  const before = /(?:^|[^\p{L}])(\p{Lu}[\p{Ll}'’-]+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  if (before && !HOLIDAY_LEADS.test(before[1])) {
    // a capitalized word right before: a given name, unless that word opens a sentence
    const at = start - before[0].length + before[0].indexOf(before[1]);
    const lead = text.slice(Math.max(0, at - 3), at);
    if (!(at === 0 || /[.!?]["'”’]?\s+$|\n\s*$|[“"‘]$/.test(lead))) return true;
  }
  return /^\s+(?:Island|Islands|Tree|Trees|Carol|Carols|Card|Cards|Bonus|Rising|Uprising|Offensive|Accord|Accords|Agreement)\b/.test(
    text.slice(end, end + 12),
  );
}

function holidayName(written: string): string {
  const w = written.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ");
  if (w.startsWith("christmas eve")) return "christmas eve";
  if (w.startsWith("christmas")) return "christmas";
  if (w.startsWith("new year's eve")) return "new year's eve";
  if (w.startsWith("new year")) return "new year's day";
  if (w.startsWith("thanksgiving")) return "thanksgiving";
  if (w.startsWith("veterans")) return "veterans day";
  if (w === "easter monday") return "easter monday";
  if (w.startsWith("easter")) return "easter";
  if (w.includes("patrick")) return "st. patrick's day";
  if (w.endsWith("thursday")) return "maundy thursday";
  if (w.startsWith("pentecost") || w.startsWith("whit")) return "pentecost";
  if (w.startsWith("martin luther king")) return "martin luther king day";
  if (w.startsWith("presidents")) return "presidents day";
  return w;
}

const NO_VALUE =
  /\b(?:(?:this|last|next)\s+)?(?:Ramadan|Eid(?:\s+al-[A-Z][a-z]+)?|Passover|Hanukkah|Nowruz|Diwali|Lent|Yom\s+Kippur|Rosh\s+Hashanah)\b|\bthe\s+eve\s+of\s+(?:a|the)\s+New\s+Year\b/g;
const ANNIVERSARY = new RegExp(`\\b(?:the\\s+)?(?:${ORDINAL_SOURCE}|fiftieth|hundredth)\\s+anniversary\\b`, "gi");

/** A season read as a time: a cue before it, or a year after it. */
const SEASON = new RegExp(
  `\\b(?:(?:in|during|by|until|till|since|through|throughout|this|last|next|that|over|coming|past|early|late|mid|of|before|after)\\s+(?:the\\s+)?((?:(?:early|late|mid)[\\s-])?${SEASON_SOURCE})\\b|((?:(?:early|late|mid)[\\s-])?${SEASON_SOURCE})(?=,?\\s+(?:of\\s+)?(?:1[89]\\d\\d|20\\d\\d)\\b))(?:,?\\s+(?:of\\s+)?(1[89]\\d\\d|20\\d\\d)\\b)?`,
  "gi",
);

const QUARTER = new RegExp(
  `\\b(?:(1[89]\\d\\d|20\\d\\d)(?:['’]s)?\\s+|fiscal\\s+(?:(1[89]\\d\\d|20\\d\\d)\\s+)?)?(?:the\\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-]quarter\\b(?:\\s+of\\s+(?:fiscal\\s+)?(?:(1[89]\\d\\d|20\\d\\d)\\b|(last|this|next)\\s+year\\b))?`,
  "gi",
);
const Q_CODE = /\b(?:Q([1-4])|([1-4])Q)(?:[\s'’-]*(1[89]\d\d|20\d\d|\d\d)\b)?(?![\w-])/g;
const HALF =
  /\b(?:the\s+)?(first|second)[\s-]half\b(?:(?:\s+of\s+(?:(1[89]\d\d|20\d\d)\b|(last|this|next|the)\s+year\b))|(?=\s+(?:profit|earnings|results|sales|revenue|growth|loss|net|output|deficit|surplus|figures)))/gi;

const QUARTER_NUMBER: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  final: 4,
  last: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
};
const YEAR_SHIFT: Record<string, number> = { last: -1, this: 0, next: 1, the: 0 };

const HOLIDAY_TRIGGER =
  /Christmas|New Year|Thanksgiving|Day\b|Halloween|Easter|Good Friday|Sunday|Wednesday|Thursday|Pentecost|Mardi|Juneteenth/;

/** "Thanksgiving Day", "Christmas 2016", "Easter": a holiday with a rule (not "Johnnie Christmas", "Christmas Island"). */
export const holidays: DateParser = {
  name: "holiday",
  parse: (text) =>
    [...matchesIf(text, HOLIDAY_TRIGGER, HOLIDAY)]
      .filter((m) => !isNamePart(text, m.index!, m.index! + m[0].length))
      .map((m) => {
        const year = m[2] ? Number(m[2]) : undefined;
        return matchCandidate(m, { kind: "holiday", name: holidayName(m[1]), ...(year ? { year } : {}) }, "holiday");
      }),
};

/** "Ramadan", "Eid al-Adha", "the eve of a New Year": a named period with no fixed calendar value. */
export const valuelessPeriods: DateParser = {
  name: "named",
  parse: (text) =>
    [...matchesIf(text, /Ramadan|Eid|Passover|Hanukkah|Nowruz|Diwali|Lent|Yom|Rosh|eve of/, NO_VALUE)].map((m) =>
      matchCandidate(m, { kind: "fixed", value: null }, "named"),
    ),
};

/** "the 93rd anniversary": a date with no value. */
export const anniversaries: DateParser = {
  name: "anniversary",
  parse: (text) =>
    [...matchesIf(text, /anniversar/i, ANNIVERSARY)].map((m) => matchCandidate(m, { kind: "fixed", value: null }, "anniversary")),
};

/** One season match as a candidate (the season word, with its year when written), or null for a noun ("the fall of the regime"). */
function seasonCandidate(text: string, m: RegExpMatchArray): DateCandidate | null {
  const word = m[1] ?? m[2];
  const start = m.index! + m[0].indexOf(word);
  const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 30);
  // "the fall of the regime", "Spring of Life": a noun, not a season
  if (!m[3] && /^\s+of\s+(?!(?:1[89]|20)\d\d)/i.test(after)) return null;
  if (/^[A-Z]/.test(word) && /^\s+(?:of\s+)?[A-Z]/.test(after)) return null;
  const end = m[3] ? m.index! + m[0].length : start + word.length;
  const season = seasonCode(word.replace(/^(?:early|late|mid)[\s-]/i, ""));
  return candidateAt(start, end, { kind: "season", season, ...(m[3] ? { year: Number(m[3]) } : {}) }, "season");
}

/** "in the spring", "last fall", "the summer of 2017": a season read as a time. */
export const seasons: DateParser = {
  name: "season",
  parse: (text) => [...matchesIf(text, /spring|summer|autumn|fall|winter/i, SEASON)].flatMap((m) => seasonCandidate(text, m) ?? []),
};

/** "third-quarter profit", "the first quarter of 1999", "the fourth quarter of last year" (not "the last quarter" alone: an offset). */
export const quarters: DateParser = {
  name: "quarter",
  parse: (text) =>
    [...matchesIf(text, /quarter/i, QUARTER)].flatMap((m) => {
      const quarter = QUARTER_NUMBER[m[3].toLowerCase()];
      const written = m[1] ?? m[2] ?? m[4];
      const shift = m[5] ? YEAR_SHIFT[m[5].toLowerCase()] : undefined;
      if (/^(?:last|final)$/i.test(m[3]) && !written && shift === undefined) return [];
      const anchor: DateCandidate["anchor"] = written
        ? { kind: "quarter", quarter, year: Number(written) }
        : { kind: "quarter", quarter, ...(shift === undefined ? {} : { yearOffset: shift }) };
      return [matchCandidate(m, anchor, "quarter")];
    }),
};

/** "Q3 2016", "3Q98", "Q1": a quarter code. */
export const quarterCodes: DateParser = {
  name: "quarter-code",
  parse: (text) =>
    [...matchesIf(text, /Q[1-4]|[1-4]Q/, Q_CODE)].map((m) => {
      const quarter = Number(m[1] ?? m[2]);
      const y = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : undefined;
      return matchCandidate(m, { kind: "quarter", quarter, ...(y ? { year: y } : {}) }, "quarter");
    }),
};

/** "the first half of 1999", "second-half earnings": a half of a year. */
export const halves: DateParser = {
  name: "half",
  parse: (text) =>
    [...matchesIf(text, /half/i, HALF)].map((m) => {
      const half = m[1].toLowerCase() === "first" ? 1 : 2;
      const shift = m[3] ? YEAR_SHIFT[m[3].toLowerCase()] : undefined;
      const anchor: DateCandidate["anchor"] = m[2]
        ? { kind: "quarter", quarter: half, half: true, year: Number(m[2]) }
        : { kind: "quarter", quarter: half, half: true, ...(shift === undefined ? {} : { yearOffset: shift }) };
      return matchCandidate(m, anchor, "half");
    }),
};

/** The named-period parser's passes, in order. */
export const PERIOD_PASSES: DateParser[] = [holidays, valuelessPeriods, anniversaries, seasons, quarters, quarterCodes, halves];

export const periodParser: DateParser = parserOf("periods", PERIOD_PASSES);
