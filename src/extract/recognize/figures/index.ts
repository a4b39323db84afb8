// Figure recognizer: counts, amounts of money, percentages and measures in news text.
// One pass of a number pattern (numerals, number words, vague plurals, currency and scale),
// then for each number: what qualifies it (modifiers.ts), what it counts (units.ts), and whether
// it is a label or part of a date (labels.ts, the date recognizer). Pure.
//
// Conventions (a later step groups figures by unit):
// - value: the number as a plain number ("$345 Million" → 345000000, "hundreds of millions" → 1e8,
//   the lower end of a range "15 to 20 percent" → 15, approximate).
// - unit: the counted noun, lowercase as written ("troops", "soldiers", "hours"; "two-hour" →
//   "hour"); money → ISO currency code ("USD", "EUR", "GBP"); percentages → "percent";
//   a bare numeral with no noun after it → "" (unknown).
// - number words ("two", "a dozen") count only when a counted noun follows; numerals always do.
// - numbers inside calendar date expressions (not durations: "four days" is a figure and a date)
//   and inside `skip` ranges are never figures.
import type { DateMention, FigureMention, Sentence } from "../../types.js";
import { dateSpans, isDuration } from "../dates/index.js";
import { NUMBER_WORDS_SOURCE, NUMERAL_SOURCE, VAGUE_SOURCE, SCALES, parseNumber } from "./numbers.js";
import { qualifierBefore } from "./modifiers.js";
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, CURRENCY_WORD_SOURCE, countedNounAfter } from "./units.js";
import { isLabelNumber } from "./labels.js";

const NUM = `(?:${NUMERAL_SOURCE}|${VAGUE_SOURCE}|${NUMBER_WORDS_SOURCE})`;
const FIGURE = new RegExp(
  `(?<![\\w.,:/#@$€£-])(?<cur>US\\$|\\$|€|£|¥)?\\s?(?<num>${NUM})(?<range>\\s?(?:-|–|to)\\s?(?:${NUMERAL_SOURCE}|${NUMBER_WORDS_SOURCE}))?(?<plus>-plus|\\+)?(?<scale>\\s?(?:million|billion|trillion|thousand|bn|mn|mln|m|k|tn)\\b)?(?![\\w]|[.,]\\d)`,
  "gi",
);
const VAGUE_ONLY = new RegExp(`^${VAGUE_SOURCE}$`, "i");
const PERCENT_AFTER = /^\s?(?:%|percent\b|per\s?cent\b|percentage\s+points?\b)/i;
const CURRENCY_AFTER = new RegExp(`^\\s+(?:of\\s+)?(${CURRENCY_WORD_SOURCE})\\b`, "i");
const HYPHEN_UNIT = /^-([a-z]+)\b/i;
const OF_AFTER_VAGUE = /^\s+of(?:\s+the)?(?=\s)/i;
const TIMES = /(?<![\w-])(?:(at\s+least|more\s+than|only|just|over|no\s+more\s+than)\s+)(once|twice|three\s+times|four\s+times)\b/gi;

interface Range {
  start: number;
  end: number;
}

function sentenceIndex(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return sentences[found]?.index ?? found;
}

const overlapsAny = (ranges: Range[], start: number, end: number) => ranges.some((r) => start < r.end && r.start < end);

/**
 * Figures of `text`. `sentences` are the text's sentences (for the `sentence` index); `skip` ranges
 * (boilerplate) never yield a figure. `dates` may pass the text's date mentions to avoid recomputing
 * them (otherwise the date recognizer's last result on this text is reused, or it runs once).
 */
const SOURCE_NOUNS = /^(?:officials?|sources?|diplomats?|spokes(?:man|men|woman|women|person|people)|witness(?:es)?|analysts?|residents?)$/;

/** "one official said", "two U.S. defense officials told": who is speaking, not a reported figure. */
function isAttributionCount(unit: string, before: string, after: string): boolean {
  return SOURCE_NOUNS.test(unit) && (/\baccording\s+to\s*$/i.test(before) || /^\s*(?:,|who\b|familiar\b|said\b|says\b|say\b|told\b|added\b|agreed\b|speaking\b)/i.test(after));
}

export function recognizeFigures(
  text: string,
  sentences: Sentence[],
  skip: Array<[number, number]> = [],
  dates?: Array<{ start: number; end: number; text: string; granularity: DateMention["granularity"] }>,
): FigureMention[] {
  const calendarDates: Range[] = dates
    ? dates.filter((d) => !isDuration(d))
    : dateSpans(text, skip).filter((d) => !d.duration);
  const skipped: Range[] = skip.map(([start, end]) => ({ start, end }));
  const figures: FigureMention[] = [];

  FIGURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIGURE.exec(text))) {
    const g = m.groups!;
    let start = m.index;
    while (/\s/.test(text[start])) start++;
    const numStart = m.index + m[0].indexOf(g.num);
    const numEnd = numStart + g.num.length;
    let end = m.index + m[0].length;
    const date = calendarDates.find((d) => numStart < d.end && d.start < numEnd);
    if (date) {
      // restart after the date: "since Dec. 5 to 922" still yields 922
      if (date.end > m.index) FIGURE.lastIndex = Math.max(date.end, m.index + 1);
      continue;
    }
    if (overlapsAny(skipped, start, end)) continue;
    const numeral = /^[\d.,]+$/.test(g.num);
    if (!numeral && /^one$/i.test(g.num)) {
      // "number one priority", "so that one day": "one" as a rank or "someday", not a count
      const before = text.slice(Math.max(0, start - 12), start);
      if (/\bnumber\s+$/i.test(before)) continue;
      if (/^\s+day\b/i.test(text.slice(numEnd, numEnd + 5)) && !/\b(?:for|within|in|than|after|only|just|of|over|the|a|one|about|nearly|almost|least)\s+$/i.test(before)) continue;
    }
    const vague = !numeral && VAGUE_ONLY.test(g.num);
    if (!g.cur && !g.scale && numeral && isLabelNumber(text, numStart, numEnd)) continue;

    let value = parseNumber(g.num);
    if (Number.isNaN(value)) continue;
    const scaleWord = g.scale?.trim().toLowerCase();
    if (scaleWord) {
      // "m"/"k" alone only scale money ("€5m"), elsewhere they are metres/… → not a scale
      if (scaleWord.length <= 2 && scaleWord !== "bn" && scaleWord !== "mn" && !g.cur) {
        end -= g.scale!.length;
      } else value *= SCALES[scaleWord] ?? 1;
    }
    const qualifier = qualifierBefore(text, start);
    let approximate = qualifier.approximate || vague || Boolean(g.range);
    let bound = qualifier.bound;
    if (g.plus) bound = "min";

    let unit: string | null = null;
    const after = text.slice(end, end + 40);
    let pm: RegExpExecArray | null;
    if (g.cur) unit = CURRENCY_SYMBOLS[g.cur.toLowerCase()] ?? g.cur;
    else if ((pm = PERCENT_AFTER.exec(after))) {
      unit = "percent";
      end += pm[0].length;
    } else if ((pm = CURRENCY_AFTER.exec(after))) {
      unit = CURRENCY_WORDS[pm[1].toLowerCase().replace(/\s+/g, " ")] ?? pm[1].toLowerCase();
      end += pm[0].length;
    } else if (!g.range && !g.plus && (pm = HYPHEN_UNIT.exec(after))) {
      // "two-hour meeting", "one-week ultimatum": the measure glued to the number
      const word = pm[1].toLowerCase();
      if (/^(on|to|by|and|or|in|of|for|the|a|year|old)$/.test(word) && !/^-year\b(?!-old)/i.test(after)) continue;
      end += pm[0].length;
      unit = word;
      if (word === "strong" || word === "odd") {
        // "a 5,000-strong force", "20-odd vehicles": the noun after is what is counted
        const noun = countedNounAfter(text, end);
        if (word === "odd") approximate = true;
        if (noun) {
          unit = noun.unit;
          end = noun.end;
        }
      }
    } else {
      let from = end;
      const of = vague ? OF_AFTER_VAGUE.exec(after) : null;
      if (of) from += of[0].length;
      const noun = countedNounAfter(text, from, Boolean(g.plus));
      if (noun && !(numeral && /^[a-z]$/.test(noun.unit))) {
        unit = noun.unit;
        end = noun.end;
      } else if (numeral || vague) unit = "";
    }
    if (unit === null) continue;
    if (!numeral && isAttributionCount(unit, text.slice(Math.max(0, start - 20), start), text.slice(end, end + 30))) continue;
    if (overlapsAny(skipped, start - qualifier.length, end)) continue;
    start -= qualifier.length;
    figures.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      unit,
      approximate,
      ...(bound ? { bound } : {}),
      sentence: sentenceIndex(sentences, start),
    });
  }

  for (const t of text.matchAll(TIMES)) {
    const start = t.index!;
    const end = start + t[0].length;
    if (overlapsAny(skipped, start, end) || overlapsAny(figures, start, end)) continue;
    const word = t[2].toLowerCase();
    const value = word === "once" ? 1 : word === "twice" ? 2 : parseNumber(word.split(/\s+/)[0]);
    const qualifier = qualifierBefore(text, start + t[1].length + 1);
    figures.push({ start, end, text: t[0], value, unit: "times", approximate: qualifier.approximate, ...(qualifier.bound ? { bound: qualifier.bound } : {}), sentence: sentenceIndex(sentences, start) });
  }
  return figures.sort((a, b) => a.start - b.start);
}
