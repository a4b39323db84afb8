// What a number counts or measures: money (a currency before or after it), percentages, measures,
// counted nouns, people a casualty verb is about, a quantity named before it ("a population of
// 2 million"), or the unit of the figure it is compared with ("680 million shares from 590 million");
// and the rate an amount of money is for ("RM120 per day"). Pure.
import type { FigureMention } from "../../types.js";
import { CURRENCY_CODES, isCurrencyCode, POUND_CURRENCIES, currencyOfSymbol, currencyOfWords } from "./currencies.js";
import { measureAfter } from "./measures.js";
import { countedNounAfter, isTimeUnit, pluralHead } from "./counted.js";
import { CURRENCY_AFTER, type Amount, type NumberMatch } from "./scan.js";

const PERCENT_AFTER = /^\s?(?:%|percent\b|per\s?cent\b|pct\b|pc\b|(percentage\s+points?|points?\s+percent)\b)/i;
/** A rate after an amount of money: "RM120 per day per athlete", "Rs 3 lakh a year", "$5 an hour". */
const RATE_AFTER =
  /^(?:\s+(?:per\s+(?!cent\b)[a-z]+|(?:a|an)\s+(?:day|night|week|month|year|hour|head|piece|person|share|barrel|tonne|ton|litre|liter|gallon|kilo|kilogram|pound|ounce|unit|seat)\b|apiece\b|each\b))+/i;
/** Determiners and question words that open a noun phrase: a single word between them and a number reads as a verb ("Book two describes the war"). */
const CODE_AFTER = new RegExp(`^\\s?(${[...CURRENCY_CODES].join("|")})\\b`);
const HYPHEN_WORD = /^-([a-z]+)\b/i;
const OF_AFTER = /^\s+of(?:\s+the)?(?=\s)/i;
/** Attributive counts glued by a hyphen: "a 15-member delegation", "the 193-nation assembly". */
const HYPHEN_COUNTS =
  /^(?:member|nation|country|state|seat|bed|vehicle|car|truck|ship|vessel|aircraft|plane|jet|helicopter|man|person|people|strong|odd)$/;
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

export interface Reading {
  unit: string;
  counted?: string;
  /** End of the figure's text. */
  end: number;
  /** A count of things (not money, percent or a measure). */
  count: boolean;
}

export interface NumberAt {
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

/** What readUnit reads of a number: the match and its amount, the start of its sentence and the last pound currency before it. */
export function numberAt(match: NumberMatch, amount: Amount, sentenceStart: number, poundCurrency?: string): NumberAt {
  return {
    start: match.start,
    end: amount.end,
    numStart: match.numStart,
    numEnd: match.numEnd,
    value: amount.value,
    cur: match.groups.cur,
    scaled: Boolean(amount.scaleWord),
    vague: amount.vague,
    plus: Boolean(match.groups.plus),
    range: amount.high !== undefined,
    qualifierLength: amount.qualifier.length,
    sentenceStart,
    poundCurrency,
  };
}

/** What the number counts or measures, or null when it is a bare number, a duration or an age. */
export function readUnit(text: string, n: NumberAt): Reading | null {
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
/** Words between two amounts that compare them: "680 million shares from 590 million", "5.9 percent, up from 5.6". */
const COMPARED_FROM = /^,?\s+(?:(?:up|down|compared)\s+)?(?:from|against|versus|vs\.?|compared\s+with|compared\s+to)\s+$/i;

/**
 * The unit of a bare number that compares with the figure right before it in the same sentence:
 * "rose to 680 million shares from 590 million" counts shares, "5.9 percent, up from 5.6" is a percent.
 */
export function elidedUnit(text: string, figures: FigureMention[], start: number, end: number, numeral: boolean): Reading | null {
  const last = figures[figures.length - 1];
  if (!numeral || !last || last.end > start || start - last.end > 30) return null;
  if (!COMPARED_FROM.test(text.slice(last.end, start))) return null;
  if (/^\s?(?:[-–]?\p{L})/u.test(text.slice(end, end + 2)) && !/^\s(?:on|in|at|a|an|the|last|this|a)\b/i.test(text.slice(end, end + 8)))
    return null;
  return { unit: last.unit, ...(last.counted ? { counted: last.counted } : {}), end, count: last.counted !== undefined };
}

/** Money: an ISO 4217 code, or a currency word the text leaves without a country ("dinars"). */
export function isMoneyUnit(unit: string): boolean {
  return isCurrencyCode(unit) || CURRENCY_UNIT_WORDS.test(unit);
}
const CURRENCY_UNIT_WORDS =
  /^(?:dinars|francs|pesos|rupees|shillings|dirhams|riyals|rials|dollars|pounds|kronor|krona|kroner|krone|manats|leones)$/;

/** The currency of the last figure in a pound currency other than sterling ("Syrian pounds"), if any. */
export function lastPoundCurrency(figures: FigureMention[]): string | undefined {
  for (let i = figures.length - 1; i >= 0; i--) if (POUND_CURRENCIES.has(figures[i].unit)) return figures[i].unit;
  return undefined;
}

/**
 * What an amount of money written up to `end` is for, and where that ends: "RM120 per day per
 * athlete" → "day per athlete", "Rs 3 lakh a year" → "year"; null when no rate follows.
 */
export function rateAfter(text: string, end: number): { per: string; end: number } | null {
  const rate = RATE_AFTER.exec(text.slice(end, end + 60));
  if (!rate) return null;
  const per = rate[0]
    .trim()
    .replace(/^(?:per|an?)\s+/i, "")
    .replace(/\s+(?:per|an?)\s+/gi, " per ")
    .replace(/\s+/g, " ");
  return { per, end: end + rate[0].length };
}
