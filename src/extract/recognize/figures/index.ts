// Figure recognizer: amounts of money, percentages, measures and counts of things in news text.
// One pass of a number pattern (numerals, number words, vague plurals, currency and scale), then
// for each number: is it a label, a time, a score or part of a date (labels.ts, the article's date
// mentions); what qualifies it (modifiers.ts); and what it counts. Pure.
//
// A number is a figure only when it says what it counts (documented in README "The extract output"):
// - money: `unit` is the ISO 4217 code ("$345 Million" → 345000000 USD, "€5m" → 5000000 EUR,
//   "300 million Syrian pounds" → SYP; see currencies.ts);
// - percentages: `unit` "percent" ("40%", "15 to 20 percent") or "percentage points";
// - measures: `unit` a normalized unit ("18,000 square kilometres" → km2; see measures.ts);
// - counts: `unit` the plural head noun and `counted` the noun phrase as written ("1,110 US
//   troops" → unit "troops", counted "US troops"; see counted.ts); "three times" → unit "times".
// A bare number ("Smith, 45, said", "[12]", "33.783", "won 2-0", "at 10 a.m.") is no figure, and
// neither is a length of time ("two hours", "a two-hour meeting", "12 months"), which the date
// recognizer reads as a duration, nor an age ("a 45-year-old man", "aged 45"): ages describe a
// person rather than report a quantity, and they never conflict across sources in a useful way.
// - value: the number as a plain number, scaled ("hundreds of millions" → 1e8); a range keeps its
//   lower end in `value`, its upper end in `max`, and is approximate ("15 to 20 percent" → 15, max 20).
// - fractions of a unit written after them (fractions.ts): "a quarter point" of a rate → 0.25
//   percentage points, "half a percentage point" → 0.5, "a third of a mile" → 0.333… mi.
import type { FigureMention, Sentence } from "../../types.js";
import { sentenceStartingBy } from "../../segment/articleSentences.js";
import { NUMBER_WORDS_SOURCE, NUMERAL_SOURCE, VAGUE_SOURCE, SCALES, parseNumber } from "./numbers.js";
import { qualifierBefore } from "./modifiers.js";
import {
  CODE_BEFORE,
  CURRENCY_CODES,
  isCurrencyCode,
  CURRENCY_PREFIX_SOURCE,
  POUND_CURRENCIES,
  CURRENCY_WORD_SOURCE,
  currencyOfSymbol,
  currencyOfWords,
} from "./currencies.js";
import { measureAfter } from "./measures.js";
import { countedNounAfter, isPluralNoun, isTimeUnit, pluralHead } from "./counted.js";

import { followsLabel, followsName, isLabelNumber, isScore } from "./labels.js";
import { findFractions } from "./fractions.js";

const NUM = `(?:${NUMERAL_SOURCE}|${VAGUE_SOURCE}|${NUMBER_WORDS_SOURCE})`;
const FIGURE = new RegExp(
  `(?<![\\w.,:/#@$€£\\[-])(?<cur>${CURRENCY_PREFIX_SOURCE})?\\s?(?<num>${NUM})(?<range>\\s?(?:-|–|—|to|and)\\s?(?<high>${NUMERAL_SOURCE}|${NUMBER_WORDS_SOURCE}))?(?<plus>-plus|\\+)?(?<scale>\\s?(?:million|billion|trillion|thousand|crores?|lakhs?|bn|bln|mn|mln|mil|m|k|b|tn|trn)\\b)?(?![.,]\\d)(?:(?!\\w)|(?<glued>(?=[a-z°º])))`,
  "gi",
);
/** A verb right after "13.5m": the number is millions of someone unnamed, not metres. */
const VERB_AFTER_MILLIONS =
  /^(?:need|needs|want|remain|lack|face|depend|rely|have|has|had|are|were|will|would|could|can|may|must|live|lived|fled|died|do|did)$/i;
const VAGUE_ONLY = new RegExp(`^${VAGUE_SOURCE}$`, "i");
const PERCENT_AFTER = /^\s?(?:%|percent\b|per\s?cent\b|pct\b|pc\b|(percentage\s+points?|points?\s+percent)\b)/i;
/** A rate after an amount of money: "RM120 per day per athlete", "Rs 3 lakh a year", "$5 an hour". */
const RATE_AFTER =
  /^(?:\s+(?:per\s+(?!cent\b)[a-z]+|(?:a|an)\s+(?:day|night|week|month|year|hour|head|piece|person|share|barrel|tonne|ton|litre|liter|gallon|kilo|kilogram|pound|ounce|unit|seat)\b|apiece\b|each\b))+/i;
/** Determiners and question words that open a noun phrase: a single word between them and a number reads as a verb ("Book two describes the war"). */
const PHRASE_OPENER_AFTER = /^\s+(?:the|a|an|his|her|its|their|this|these|those|our|my|your|how|what|why|whether)\s+(\w+)/i;
const CODE_AFTER = new RegExp(`^\\s?(${[...CURRENCY_CODES].join("|")})\\b`);
const CURRENCY_AFTER = new RegExp(`^\\s+(?:of\\s+)?(${CURRENCY_WORD_SOURCE})\\b`);
const HYPHEN_WORD = /^-([a-z]+)\b/i;
const OF_AFTER = /^\s+of(?:\s+the)?(?=\s)/i;
const TIMES = /\b(?:once|twice|(?:three|four)\s+times)\b/gi;
const TIMES_QUALIFIER = /(?<![\w-])(at\s+least|more\s+than|only|just|over|no\s+more\s+than)\s+$/i;
/** Attributive counts glued by a hyphen: "a 15-member delegation", "the 193-nation assembly". */
const HYPHEN_COUNTS =
  /^(?:member|nation|country|state|seat|bed|vehicle|car|truck|ship|vessel|aircraft|plane|jet|helicopter|man|person|people|strong|odd)$/;
/** Determiners before a small number that points back at things already named: "the two leaders". */
const ANAPHORIC = /(?:^|[^\w])(?:the|these|those|our|their|its|his|her|both|all|my|your|whose)\s+$/i;
/** A quantity named before its number: "a population of 2 million", "the death toll rose to 300". */
const NAMED_BEFORE: Array<[RegExp, string]> = [
  [/\bpopulation\s+(?:of|was|is|at|stood\s+at|reached|estimated\s+at|totall?ing)?\s*$/i, "people"],
  [/\b(?:death\s+)?toll\s+(?:of|was|is|at|rose\s+to|reached|climbed\s+to|stood\s+at|to|hit)?\s*$/i, "deaths"],
];
/** "2,000 have fled", "60 were killed", "millions have been displaced": a casualty verb after a bare number. */
const CASUALTY_VERB_AFTER =
  /^\s+(?:(?:have|has|had|were|was|are|is|been|being|reportedly|also|now|since)\s+){0,3}(killed|died|fled|wounded|injured|displaced|arrested|missing|detained|kidnapped|abducted|executed|evacuated|rescued|drowned|perished|dead)\b/i;
const PARTICIPLES: Record<string, string> = {
  kill: "killed",
  wound: "wounded",
  injur: "injured",
  displac: "displaced",
  arrest: "arrested",
  detain: "detained",
  abduct: "abducted",
  kidnap: "kidnapped",
  evacuat: "evacuated",
  rescu: "rescued",
  execut: "executed",
};
/** "The blast killed 35 and wounded 120": a casualty verb counts people; the unit is its participle. */
const CASUALTY_VERB_BEFORE =
  /\b(kill|wound|injur|displac|arrest|detain|abduct|kidnapp?|evacuat|rescu|execut)(?:ed|ing|es|e|s)?\s+(?:an\s+estimated\s+)?$/i;

/** "the number of munitions … totals 6,602", "the total of … to 922": the count a verb links to. */
const NUMBER_OF = /\b(?:number|total|tally|count)\s+of(?=\s)/gi;
const LINKING_VERB_BEFORE =
  /\b(?:totals?|totall?ed|reach(?:es|ed)?|(?:rises|rose|risen|climbs?|climbed|increased|grew|fell|dropped|brings?|brought)\s+(?:\w+\s+){0,3}?to|stands?\s+at|stood\s+at|is|was|are|were|to|at)\s+$/i;

/** "one official said", "two U.S. defense officials told": who is speaking, not a reported figure. */
const SOURCE_NOUNS = /^(?:officials|sources|diplomats|spokes(?:men|women|people|persons)|witnesses|analysts|residents)$/;
function isAttributionCount(unit: string, before: string, after: string): boolean {
  return (
    SOURCE_NOUNS.test(unit) &&
    (/\baccording\s+to\s*$/i.test(before) ||
      /^\s*(?:,|who\b|familiar\b|(?:said|says|say|told|tell|tells|added|agreed|speaking|confirmed|briefed|quoted|insisted|warned|explained|estimated|cautioned)\b)/i.test(
        after,
      ))
  );
}

interface Range {
  start: number;
  end: number;
}

function sentenceIndex(sentences: Sentence[], offset: number): number {
  return sentenceStartingBy(sentences, offset)?.index ?? 0;
}

const overlapsAny = (ranges: readonly Range[], start: number, end: number) => ranges.some((r) => start < r.end && r.start < end);

interface Reading {
  unit: string;
  counted?: string;
  /** End of the figure's text. */
  end: number;
  /** A count of things (not money, percent or a measure). */
  count: boolean;
}

/**
 * Figures of `text`. `sentences` are the text's sentences (for the `sentence` index); `skip` ranges
 * (boilerplate) never yield a figure; `dates` are the text's date mentions (from recognizeDates):
 * a number inside one ("Dec. 5", "four days") is part of a date or a duration, never a figure.
 */
export function recognizeFigures(
  text: string,
  sentences: Sentence[],
  skip: ReadonlyArray<readonly [number, number]>,
  dates: ReadonlyArray<Range>,
): FigureMention[] {
  const skipped: Range[] = skip.map(([start, end]) => ({ start, end }));
  const figures: FigureMention[] = [];

  const pattern = new RegExp(FIGURE.source, FIGURE.flags);
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) {
    const g = m.groups!;
    let start = m.index;
    while (/\s/.test(text[start])) start++;
    const from = Math.max(0, start - 5);
    const code = g.cur ? null : CODE_BEFORE.exec(text.slice(from, start));
    if (code) {
      // "USD 5 million": an ISO code in capitals before the number
      g.cur = code[1];
      start = from + code.index + code[0].indexOf(code[1]);
    }
    const numStart = m.index + m[0].indexOf(g.num, g.cur ? g.cur.length : 0);
    const numEnd = numStart + g.num.length;
    let end = m.index + m[0].length;
    const date = dates.find((d) => numStart < d.end && d.start < numEnd);
    if (date) {
      // restart after the date: "since Dec. 5 to 922" still yields 922
      if (date.end > m.index) pattern.lastIndex = Math.max(date.end, m.index + 1);
      continue;
    }
    if (overlapsAny(skipped, start, end)) continue;
    const numeral = /^[\d.,]+$/.test(g.num);
    const vague = !numeral && VAGUE_ONLY.test(g.num);
    // a range with a hyphen ("5-15 percent") is checked as one number: its hyphen is no phone number's
    const labelEnd =
      g.range && /^-\d/.test(g.range) && /^-(?:\d{1,3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+)$/.test(g.range) ? numEnd + g.range.length : numEnd;
    if (!g.cur && numeral && isLabelNumber(text, numStart, labelEnd)) continue;
    if (/^one$/i.test(g.num) && /\bnumber\s+$/i.test(text.slice(Math.max(0, start - 12), start))) continue;

    let value = parseNumber(g.num);
    if (Number.isNaN(value)) continue;
    if (g.range && /^\s?and\b/.test(g.range) && !/\bbetween\s+$/i.test(text.slice(Math.max(0, start - 30), start))) {
      // "2 and 3": a range only after "between"; otherwise read the first number alone
      pattern.lastIndex = numEnd;
      m[0] = text.slice(m.index, numEnd);
      g.range = g.high = g.plus = g.scale = undefined as unknown as string;
      end = numEnd;
    }
    let high = g.range ? parseNumber(g.high) : undefined;
    if (high !== undefined && (Number.isNaN(high) || isScore(text, numStart, numStart + g.num.length + g.range.length, value, high))) {
      if (!g.range.trimStart().startsWith("to")) continue;
      high = undefined; // "from 3 to 1": not a range upward, keep the first number alone
      end = numEnd;
    }
    let scaleWord: string | undefined = g.scale?.trim().toLowerCase();
    if (scaleWord && !g.scale!.startsWith(" ") && ["m", "k"].includes(scaleWord) && !g.cur) {
      // "5m people" is five million people; "a 5m wall", "5k" are not scales
      const next = /^\s+([A-Za-z]+)/.exec(text.slice(end, end + 30));
      // "5m people", "13.5m need aid", "2m have fled": millions; "a 5m wall": metres
      const millions = next && (VERB_AFTER_MILLIONS.test(next[1]) || (isPluralNoun(next[1]) && !isTimeUnit(next[1])));
      if (!millions) scaleWord = undefined;
    } else if (scaleWord && ["m", "k"].includes(scaleWord) && !g.cur) scaleWord = undefined;
    // "$5b", "Rs 2 mil": short scales read as scales of money only ("5 b", "3 mil" are not)
    if (scaleWord && ["b", "mil"].includes(scaleWord) && !g.cur && !CURRENCY_AFTER.test(text.slice(end, end + 30))) scaleWord = undefined;
    if (g.scale && !scaleWord) end -= g.scale.length;
    if (scaleWord) {
      value *= SCALES[scaleWord] ?? 1;
      if (high !== undefined) high *= SCALES[scaleWord] ?? 1;
    }
    const qualifier = qualifierBefore(text, start);
    const approximate = qualifier.approximate || vague || high !== undefined || /^-odd/i.test(text.slice(end, end + 4));
    let bound = qualifier.bound;
    if (g.plus) bound = "min";

    if (g.glued !== undefined && !scaleWord && !measureAfter(text, end)) continue; // "3rd", "1080p", "4K" are no measures
    const numberAt: NumberAt = {
      start,
      end,
      numStart,
      numEnd,
      value,
      cur: g.cur,
      scaled: Boolean(scaleWord),
      vague,
      plus: Boolean(g.plus),
      range: high !== undefined,
      qualifierLength: qualifier.length,
      sentenceStart: sentenceStartingBy(sentences, start)?.start ?? 0,
      poundCurrency: lastPoundCurrency(figures),
    };
    const reading = readUnit(text, numberAt) ?? elidedUnit(text, figures, start - qualifier.length, end, numeral || Boolean(scaleWord));
    if (!reading) continue;
    if (!g.cur && numeral && reading.count && followsName(text, numStart)) continue;
    // "chapter three", "Book two": a number word after a label names a part, as a numeral does
    if (reading.count && !numeral && !vague && followsLabel(text, numStart)) continue;
    // "Book two describes the war", "volume four contains the letters": one word between a number
    // and a noun phrase is a verb, and the number counts nothing it names
    if (
      reading.count &&
      reading.counted &&
      !/\s/.test(reading.counted) &&
      !qualifier.length &&
      namesBefore(text, start) &&
      isVerbBeforePhrase(text.slice(reading.end, reading.end + 40))
    )
      continue;
    // "the 2010 census", "the 2016 election": a year written as an adjective, not a count
    if (reading.count && /^(?:1[89]|20)\d\d$/.test(g.num) && high === undefined) continue;
    end = reading.end;
    let per: string | undefined;
    const rate = !reading.count && isMoneyUnit(reading.unit) ? RATE_AFTER.exec(text.slice(end, end + 60)) : null;
    if (rate) {
      // "RM120 per day per athlete": the amount stays 120, `per` says what it is for
      per = rate[0]
        .trim()
        .replace(/^(?:per|an?)\s+/i, "")
        .replace(/\s+(?:per|an?)\s+/gi, " per ")
        .replace(/\s+/g, " ");
      end += rate[0].length;
    }
    if (reading.count && !qualifier.length && !scaleWord && !g.plus && value <= 10 && high === undefined) {
      // "the two leaders", "our two countries": things already named, not a reported count;
      // "one strike", "one way": "one" reads as an article, not a count
      if (ANAPHORIC.test(text.slice(Math.max(0, start - 12), start))) continue;
      if (/^one$/i.test(g.num)) continue;
    }
    if (!numeral && isAttributionCount(reading.unit, text.slice(Math.max(0, start - 20), start), text.slice(end, end + 30))) continue;
    if (overlapsAny(skipped, start - qualifier.length, end)) continue;
    start -= qualifier.length;
    figures.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      ...(high !== undefined ? { max: high } : {}),
      unit: reading.unit,
      ...(reading.counted ? { counted: reading.counted } : {}),
      approximate,
      ...(bound ? { bound } : {}),
      ...(per ? { per } : {}),
      sentence: sentenceIndex(sentences, start),
    });
  }

  for (const t of text.matchAll(TIMES)) {
    // "at least once", "more than three times": a count of occasions, when a qualifier says so
    const lead = TIMES_QUALIFIER.exec(text.slice(Math.max(0, t.index! - 20), t.index!));
    if (!lead) continue;
    const start = t.index! - lead[0].length;
    const end = t.index! + t[0].length;
    if (overlapsAny(skipped, start, end) || overlapsAny(figures, start, end)) continue;
    const word = t[0].toLowerCase();
    const value = word === "once" ? 1 : word === "twice" ? 2 : parseNumber(word.split(/\s+/)[0]);
    const qualifier = qualifierBefore(text, t.index!);
    figures.push({
      start,
      end,
      text: text.slice(start, end),
      value,
      unit: "times",
      approximate: qualifier.approximate,
      ...(qualifier.bound ? { bound: qualifier.bound } : {}),
      sentence: sentenceIndex(sentences, start),
    });
  }

  // fractions of a unit win over a number word inside them ("three quarters of a point" counts no quarters)
  let all = figures;
  for (const f of findFractions(text, (offset) => sentenceStartingBy(sentences, offset)?.start ?? 0)) {
    if (overlapsAny(skipped, f.start, f.end) || overlapsAny(dates, f.start, f.end)) continue;
    const qualifier = qualifierBefore(text, f.start);
    const start = f.start - qualifier.length;
    if (overlapsAny(skipped, start, f.end)) continue;
    all = all.filter((x) => !(x.start < f.end && f.start < x.end));
    all.push({
      start,
      end: f.end,
      text: text.slice(start, f.end),
      value: f.value,
      unit: f.unit,
      approximate: qualifier.approximate,
      ...(qualifier.bound ? { bound: qualifier.bound } : {}),
      sentence: sentenceIndex(sentences, start),
    });
  }
  return all.sort((a, b) => a.start - b.start);
}

/** Words between two amounts that compare them: "680 million shares from 590 million", "5.9 percent, up from 5.6". */
const COMPARED_FROM = /^,?\s+(?:(?:up|down|compared)\s+)?(?:from|against|versus|vs\.?|compared\s+with|compared\s+to)\s+$/i;

/**
 * The unit of a bare number that compares with the figure right before it in the same sentence:
 * "rose to 680 million shares from 590 million" counts shares, "5.9 percent, up from 5.6" is a percent.
 */
function elidedUnit(text: string, figures: FigureMention[], start: number, end: number, numeral: boolean): Reading | null {
  const last = figures[figures.length - 1];
  if (!numeral || !last || last.end > start || start - last.end > 30) return null;
  if (!COMPARED_FROM.test(text.slice(last.end, start))) return null;
  if (/^\s?(?:[-–]?\p{L})/u.test(text.slice(end, end + 2)) && !/^\s(?:on|in|at|a|an|the|last|this|a)\b/i.test(text.slice(end, end + 8)))
    return null;
  return { unit: last.unit, ...(last.counted ? { counted: last.counted } : {}), end, count: last.counted !== undefined };
}

/** Money: an ISO 4217 code, or a currency word the text leaves without a country ("dinars"). */
function isMoneyUnit(unit: string): boolean {
  return isCurrencyCode(unit) || CURRENCY_UNIT_WORDS.test(unit);
}
const CURRENCY_UNIT_WORDS =
  /^(?:dinars|francs|pesos|rupees|shillings|dirhams|riyals|rials|dollars|pounds|kronor|krona|kroner|krone|manats|leones)$/;

const TIME_OPENED =
  /^(?:day|days|night|week|weeks|month|months|year|years|morning|evening|afternoon|time|same|next|following|previous|last|first|other|rest)$/i;
/** True when the number at `start` opens its sentence or follows a capitalized word ("Book two", "Part three"). */
function namesBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return /(?:^|[.!?]\s+|\n\s*)$/.test(before) || /\b\p{Lu}[\p{L}-]*\s+$/u.test(before);
}

/** True when the text after a one-word counted noun opens a noun phrase: the noun was a verb. */
function isVerbBeforePhrase(after: string): boolean {
  const m = PHRASE_OPENER_AFTER.exec(after);
  return Boolean(m && !TIME_OPENED.test(m[1]));
}

/** The currency of the last figure in a pound currency other than sterling ("Syrian pounds"), if any. */
function lastPoundCurrency(figures: FigureMention[]): string | undefined {
  for (let i = figures.length - 1; i >= 0; i--) if (POUND_CURRENCIES.has(figures[i].unit)) return figures[i].unit;
  return undefined;
}

interface NumberAt {
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  value: number;
  cur?: string;
  scaled: boolean;
  vague: boolean;
  plus: boolean;
  range: boolean;
  qualifierLength: number;
  /** Start offset of the sentence holding the number. */
  sentenceStart: number;
  /** The last pound currency read before this number ("Syrian pounds" → SYP), for a bare "pounds". */
  poundCurrency?: string;
}

/** What the number counts or measures, or null when it is a bare number, a duration or an age. */
function readUnit(text: string, n: NumberAt): Reading | null {
  const { end } = n;
  if (n.cur) return { unit: currencyOfSymbol(n.cur), end, count: false };
  const after = text.slice(end, end + 48);
  let found: RegExpExecArray | null;
  if ((found = PERCENT_AFTER.exec(after))) {
    return { unit: found[1] ? "percentage points" : "percent", end: end + found[0].length, count: false };
  }
  if ((found = CODE_AFTER.exec(after))) return { unit: found[1], end: end + found[0].length, count: false };
  if ((found = CURRENCY_AFTER.exec(after)) && (!/^\s+of\s/i.test(found[0]) || n.vague || n.scaled)) {
    const weight =
      /^\s+of\b/i.test(text.slice(end + found[0].length, end + found[0].length + 5)) ||
      /\bweigh/i.test(text.slice(Math.max(0, n.start - 30), n.start));
    const unit = currencyOfWords(found[1], n.scaled || n.vague, { weight, poundCurrency: n.poundCurrency });
    if (unit) return { unit, end: end + found[0].length, count: false };
  }
  if ((found = HYPHEN_WORD.exec(after))) {
    // "a two-hour meeting" (a duration), "a 45-year-old" (an age), "7.5-kilometer", "a 15-member team"
    const word = found[1].toLowerCase();
    if (isTimeUnit(word)) return null;
    const measure = measureAfter(text, end + 1, true);
    if (measure) return { unit: measure.unit, end: measure.end, count: false };
    if (n.range || n.plus || !HYPHEN_COUNTS.test(word)) return null;
    const glued = end + found[0].length;
    if (word === "strong" || word === "odd") {
      // "a 5,000-strong force": what the force is made of is not said; its members are counted
      const noun = countedNounAfter(text, glued, word === "strong" ? 1 : n.value, word === "strong");
      if (!noun || noun.time) return null;
      return { unit: noun.unit, counted: word === "strong" ? `-strong ${noun.counted}` : noun.counted, end: noun.end, count: true };
    }
    const head = pluralHead(word);
    return { unit: head, counted: n.value === 1 ? word : head, end: glued, count: true };
  }
  const measure = measureAfter(text, end);
  if (measure) return { unit: measure.unit, end: measure.end, count: false };
  let from = end;
  const of = n.vague || n.scaled ? OF_AFTER.exec(after) : null;
  if (of) from += of[0].length;
  const noun = countedNounAfter(text, from, n.value, n.plus);
  if (noun) {
    if (noun.time) return null;
    return { unit: noun.unit, counted: noun.counted, end: noun.end, count: true };
  }
  const verb = CASUALTY_VERB_AFTER.exec(after);
  if (verb) {
    // "more than 2,000 have fled", "60 were killed": the people the verb is about
    const unit = verb[1].toLowerCase();
    return { unit, counted: unit, end, count: true };
  }
  const named = namedBefore(text, n.start - n.qualifierLength, n.sentenceStart, n.value);
  return named ? { ...named, end, count: true } : null;
}

/**
 * A count whose noun was named before the number, in the same sentence: "a population of
 * 2 million", "the death toll rose to 300", "the number of munitions delivered now totals 6,602".
 */
function namedBefore(text: string, start: number, sentenceStart: number, value: number): { unit: string; counted: string } | null {
  const from = Math.max(sentenceStart, start - 160);
  const before = text.slice(from, start);
  const tail = before.slice(-40);
  for (const [re, unit] of NAMED_BEFORE) if (re.test(tail)) return { unit, counted: unit };
  const verb = CASUALTY_VERB_BEFORE.exec(tail);
  if (verb) {
    const participle = PARTICIPLES[verb[1].toLowerCase().replace(/pp$/, "p")];
    return { unit: participle, counted: participle };
  }
  if (!LINKING_VERB_BEFORE.test(tail)) return null;
  let found: RegExpMatchArray | null = null;
  for (const m of before.matchAll(NUMBER_OF)) found = m;
  if (!found) return null;
  const at = from + found.index! + found[0].length;
  const noun = countedNounAfter(text, at, value);
  return noun && !noun.time ? { unit: noun.unit, counted: noun.counted } : null;
}
