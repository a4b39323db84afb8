// Figure recognizer: amounts of money, percentages, measures and counts of things in news text.
// One pass of a number pattern (numerals, number words, vague plurals, currency and scale), then
// for each number: is it a label, a time, a score or part of a date (namingNumbers.ts, the article's date
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
import { overlaps, overlapsAny, type Offsets } from "../../util/ranges.js";
import { FIGURE, firstNumberOnly, isUnpairedAnd, numberMatch, readAmount, type Amount, type NumberMatch } from "./scan.js";
import { elidedUnit, isMoneyUnit, lastPoundCurrency, numberAt, rateAfter, readUnit, type Reading } from "./units.js";
import { FIGURE_RULES, MATCH_RULES, gluedWithoutMeasure, type FigureCandidate } from "./rules.js";
import { findOccasions } from "./occasions.js";
import { withFractions } from "./fractions.js";

/** The text of one article as the passes read it. */
interface FigureText {
  text: string;
  sentences: Sentence[];
  /** Boilerplate: no figure comes from it. */
  skipped: readonly Offsets[];
  /** Date mentions: a number inside one is part of a date or a duration. */
  dates: readonly Offsets[];
}

const sentenceIndex = (sentences: Sentence[], offset: number) => sentenceStartingBy(sentences, offset)?.index ?? 0;

/**
 * Figures of `text`. `sentences` are the text's sentences (for the `sentence` index); `skip` ranges
 * (boilerplate) never yield a figure; `dates` are the text's date mentions (from recognizeDates):
 * a number inside one ("Dec. 5", "four days") is part of a date or a duration, never a figure.
 * Passes in order: numbers with their units, counts of occasions, fractions of a unit.
 */
export function recognizeFigures(
  text: string,
  sentences: Sentence[],
  skip: ReadonlyArray<readonly [number, number]>,
  dates: readonly Offsets[],
): FigureMention[] {
  const article: FigureText = { text, sentences, skipped: skip.map(([start, end]) => ({ start, end })), dates };
  const numbers = findNumberFigures(article);
  const occasions = findOccasions(text, article.skipped, numbers, (offset) => sentenceIndex(sentences, offset));
  const all = withFractions(text, sentences, article.skipped, dates, [...numbers, ...occasions]);
  return all.sort((a, b) => a.start - b.start);
}

/** The candidate for a number read with its unit: its qualifier and rate of money included. */
function candidateOf(text: string, match: NumberMatch, amount: Amount, reading: Reading): FigureCandidate {
  const rate = !reading.count && isMoneyUnit(reading.unit) ? rateAfter(text, reading.end) : null;
  return {
    match,
    amount,
    reading,
    start: match.start - amount.qualifier.length,
    end: rate ? rate.end : reading.end,
    ...(rate ? { per: rate.per } : {}),
  };
}

/** What the number counts: read after it, or the unit of the figure it is compared with. */
function readingOf(article: FigureText, match: NumberMatch, amount: Amount, figures: FigureMention[]): Reading | null {
  const { text, sentences } = article;
  const sentenceStart = sentenceStartingBy(sentences, match.start)?.start ?? 0;
  const reading = readUnit(text, numberAt(match, amount, sentenceStart, lastPoundCurrency(figures)));
  const comparable = amount.numeral || Boolean(amount.scaleWord);
  return reading ?? elidedUnit(text, figures, match.start - amount.qualifier.length, amount.end, comparable);
}

/** The figure of one candidate that passed every rule. */
function toMention(article: FigureText, { amount, reading, start, end, per }: FigureCandidate): FigureMention {
  return {
    start,
    end,
    text: article.text.slice(start, end),
    value: amount.value,
    ...(amount.high !== undefined ? { max: amount.high } : {}),
    unit: reading.unit,
    ...(reading.counted ? { counted: reading.counted } : {}),
    approximate: amount.approximate,
    ...(amount.bound ? { bound: amount.bound } : {}),
    ...(per ? { per } : {}),
    sentence: sentenceIndex(article.sentences, start),
  };
}

/** Numbers of the text that say what they count, in order: match, rules on the match, amount, unit, rules on the figure. */
function findNumberFigures(article: FigureText): FigureMention[] {
  const { text, skipped, dates } = article;
  const figures: FigureMention[] = [];
  const pattern = new RegExp(FIGURE.source, FIGURE.flags);
  for (let m: RegExpExecArray | null; (m = pattern.exec(text));) {
    let match = numberMatch(text, m);
    const date = dates.find((d) => overlaps(match.numStart, match.numEnd, d.start, d.end));
    if (date) {
      // restart after the date: "since Dec. 5 to 922" still yields 922
      if (date.end > m.index) pattern.lastIndex = Math.max(date.end, m.index + 1);
      continue;
    }
    if (overlapsAny(skipped, match.start, match.end) || MATCH_RULES.some((rule) => rule.rejects(text, match))) continue;
    if (isUnpairedAnd(text, match)) {
      match = firstNumberOnly(match); // "2 and 3" outside "between": the first number alone, the second read next
      pattern.lastIndex = match.numEnd;
    }
    const amount = readAmount(text, match);
    if (!amount || gluedWithoutMeasure.rejects(text, { match, amount })) continue;
    const reading = readingOf(article, match, amount, figures);
    if (!reading) continue;
    const candidate = candidateOf(text, match, amount, reading);
    if (FIGURE_RULES.some((rule) => rule.rejects(text, candidate)) || overlapsAny(skipped, candidate.start, candidate.end)) continue;
    figures.push(toMention(article, candidate));
  }
  return figures;
}
