// Named periods: holidays with a rule ("Thanksgiving Day", "Christmas", "Election Day", "Easter"),
// seasons read as times ("in the spring", "last fall", "the summer of 2017": not "the fall of the
// regime", "prices fall", "Spring of Life"), quarters and halves of a year ("third-quarter
// profit", "the first quarter of 1999", "Q3 2016", "first-half earnings"), and named periods with no
// fixed calendar value ("Ramadan", "the eve of a New Year", "the 93rd anniversary").
import type { DateCandidate, DateParser } from "../candidate.js";
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

export const namedParser: DateParser = {
  name: "named",
  parse(text: string): DateCandidate[] {
    const found: DateCandidate[] = [];
    for (const m of matchesIf(
      text,
      /Christmas|New Year|Thanksgiving|Day\b|Halloween|Easter|Good Friday|Sunday|Wednesday|Thursday|Pentecost|Mardi|Juneteenth/,
      HOLIDAY,
    )) {
      if (isNamePart(text, m.index!, m.index! + m[0].length)) continue;
      const name = holidayName(m[1]);
      const year = m[2] ? Number(m[2]) : undefined;
      found.push({
        start: m.index!,
        end: m.index! + m[0].length,
        type: "date",
        anchor: { kind: "holiday", name, ...(year ? { year } : {}) },
        source: "holiday",
      });
    }
    for (const m of matchesIf(text, /Ramadan|Eid|Passover|Hanukkah|Nowruz|Diwali|Lent|Yom|Rosh|eve of/, NO_VALUE))
      found.push({ start: m.index!, end: m.index! + m[0].length, type: "date", anchor: { kind: "fixed", value: null }, source: "named" });
    for (const m of matchesIf(text, /anniversar/i, ANNIVERSARY))
      found.push({
        start: m.index!,
        end: m.index! + m[0].length,
        type: "date",
        anchor: { kind: "fixed", value: null },
        source: "anniversary",
      });
    for (const m of matchesIf(text, /spring|summer|autumn|fall|winter/i, SEASON)) {
      const word = m[1] ?? m[2];
      const start = m.index! + m[0].indexOf(word);
      let end = m.index! + m[0].length;
      const after = text.slice(end, end + 30);
      // "the fall of the regime", "Spring of Life": a noun, not a season
      if (!m[3] && /^\s+of\s+(?!(?:1[89]|20)\d\d)/i.test(after)) continue;
      if (/^[A-Z]/.test(word) && /^\s+(?:of\s+)?[A-Z]/.test(after)) continue;
      if (!m[3]) end = start + word.length;
      const season = seasonCode(word.replace(/^(?:early|late|mid)[\s-]/i, ""));
      found.push({
        start,
        end,
        type: "date",
        anchor: { kind: "season", season, ...(m[3] ? { year: Number(m[3]) } : {}) },
        source: "season",
      });
    }
    for (const m of matchesIf(text, /quarter/i, QUARTER)) {
      const quarter = QUARTER_NUMBER[m[3].toLowerCase()];
      const written = m[1] ?? m[2] ?? m[4];
      const shift = m[5] ? YEAR_SHIFT[m[5].toLowerCase()] : undefined;
      // "the last quarter" alone is the previous quarter, found as an offset
      if (/^(?:last|final)$/i.test(m[3]) && !written && shift === undefined) continue;
      const anchor: DateCandidate["anchor"] = written
        ? { kind: "quarter", quarter, year: Number(written) }
        : { kind: "quarter", quarter, ...(shift === undefined ? {} : { yearOffset: shift }) };
      found.push({ start: m.index!, end: m.index! + m[0].length, type: "date", anchor, source: "quarter" });
    }
    for (const m of matchesIf(text, /Q[1-4]|[1-4]Q/, Q_CODE)) {
      const quarter = Number(m[1] ?? m[2]);
      const y = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : undefined;
      found.push({
        start: m.index!,
        end: m.index! + m[0].length,
        type: "date",
        anchor: { kind: "quarter", quarter, ...(y ? { year: y } : {}) },
        source: "quarter",
      });
    }
    for (const m of matchesIf(text, /half/i, HALF)) {
      const half = m[1].toLowerCase() === "first" ? 1 : 2;
      const shift = m[3] ? YEAR_SHIFT[m[3].toLowerCase()] : undefined;
      const anchor: DateCandidate["anchor"] = m[2]
        ? { kind: "quarter", quarter: half, half: true, year: Number(m[2]) }
        : { kind: "quarter", quarter: half, half: true, ...(shift === undefined ? {} : { yearOffset: shift }) };
      found.push({ start: m.index!, end: m.index! + m[0].length, type: "date", anchor, source: "half" });
    }
    return found;
  },
};
