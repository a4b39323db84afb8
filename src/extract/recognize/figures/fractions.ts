// Fractions of a unit: "a quarter point" and "half a percentage point" (of a rate: 0.25 and 0.5
// percentage points), "a third of a mile", "three-quarters of a tonne". A fraction is a figure only
// with its unit written after it; "a third of the workforce", "cut by a third", "a third term" count
// nothing this module can name, and "half an hour" is a duration (the date recognizer's). A bare
// "point" is a percentage point only in a sentence about a rate ("cut rates by a quarter point"): a
// chess player is "half a point" ahead. A change by a fraction ("raised the price by a third", "cut
// the budget by half") is a percent of what changed: 33.3 and 50 percent. Pure.
import { measureAfter } from "./measures.js";
import { overlaps, overlapsAny, type Offsets } from "../../util/ranges.js";
import type { FigureMention, Sentence } from "../../types.js";
import { sentenceStartingBy } from "../../segment/articleSentences.js";
import { qualifierBefore } from "./modifiers.js";

export interface Fraction {
  start: number;
  end: number;
  value: number;
  unit: string;
}

const PARTS: Record<string, number> = { half: 0.5, third: 1 / 3, thirds: 1 / 3, quarter: 0.25, quarters: 0.25 };
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3 };

/**
 * "a quarter", "three-quarters", "two-thirds", "a half", "half", then optionally "of" and "a"/"an"/"one":
 * the fraction's words, its count and part.
 */
const FRACTION =
  /(?<![\p{L}\p{N}-])(?:(?<count>a|an|one|two|three)[-\s](?<part>half|thirds?|quarters?)|(?<half>half))(?<of>[-\s]of)?(?<article>[-\s](?:a|an|one))?(?=[-\s])/giu;

const PERCENTAGE_POINT = /^[-\s](?:percentage|percent|per\s?cent)[-\s]points?\b/i;
const POINT = /^[-\s]points?\b/i;
/** Words of a rate in the sentence before a bare "point". */
const RATE_WORDS =
  /\b(?:rates?|yields?|interest|inflation|unemployment|jobless|margins?|tariffs?|discount|prime|funds|basis|mortgage|bonds?|treasury|fed|central\s+bank|growth|gdp|approval|polls?)\b/i;

/** "by a third", "by half", "by two-thirds", ended by punctuation or a word that opens what follows ("by a third party" is a party). */
const BY_FRACTION =
  /(?<![\p{L}-])by\s+(?:(?<count>a|an|one|two|three)[-\s](?<part>half|thirds?|quarters?)|(?<half>half))(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|to|from|and|or|but|over|since|after|before|during|this|last|next|compared|against|while|as|when|within|between|because|for|than|says|said|according)\b)/giu;
/** A verb of change shortly before "by": the fraction is of what changed. */
const CHANGE_VERB =
  /\b(?:rais(?:e|es|ed|ing)|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|ris(?:e|es|ing)|rose|fell|fall(?:s|ing)?|dropp?(?:s|ed|ing)?|grew|grow(?:s|n|ing)?|slash(?:es|ed|ing)?|boost(?:s|ed|ing)?|lower(?:s|ed|ing)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|declin(?:e|es|ed|ing)|shrank|shrunk|shrink(?:s|ing)?|trimm?(?:s|ed|ing)?|expand(?:s|ed|ing)?|plung(?:e|es|ed|ing)|soar(?:s|ed|ing)?|slump(?:s|ed|ing)?|gain(?:s|ed|ing)?|lost|los(?:e|es|ing)|narrow(?:s|ed|ing)?|widen(?:s|ed|ing)?|shorten(?:s|ed|ing)?|extend(?:s|ed|ing)?)\b[^.;!?\d]{0,60}$/i;

/** A fraction matched by a pattern, with its part ("third", "quarters", "half") and how many of it. */
interface FractionMatch {
  match: RegExpMatchArray;
  groups: NonNullable<RegExpMatchArray["groups"]>;
  part: string;
  count: number;
}

/** The matches of `pattern` whose count agrees with its part ("a quarters", "three quarter" do not). */
function* fractionMatches(text: string, pattern: RegExp): Generator<FractionMatch> {
  for (const match of text.matchAll(pattern)) {
    const groups = match.groups!;
    const part = (groups.part ?? groups.half).toLowerCase();
    const count = groups.count ? COUNTS[groups.count.toLowerCase()] : 1;
    if (/s$/.test(part) === count > 1) yield { match, groups, part, count };
  }
}

/** Changes by a fraction: "raised the price of petrol by a third" → 33.3 percent (the fraction's words only). */
function changesByFraction(text: string, sentenceStart: (offset: number) => number): Fraction[] {
  const out: Fraction[] = [];
  for (const { match: m, groups, part, count } of fractionMatches(text, BY_FRACTION)) {
    const start = m.index! + m[0].indexOf(groups.count ?? groups.half, 2);
    const before = text.slice(Math.max(sentenceStart(start), m.index! - 70), m.index!);
    if (!CHANGE_VERB.test(before)) continue;
    out.push({ start, end: m.index! + m[0].length, value: count * PARTS[part] * 100, unit: "percent" });
  }
  return out;
}

/** The fractions of `text` with their unit, given where each sentence starts (`sentenceStart(offset)`). */
export function findFractions(text: string, sentenceStart: (offset: number) => number): Fraction[] {
  const out: Fraction[] = [];
  for (const { match: m, groups, part, count } of fractionMatches(text, FRACTION)) {
    if (groups.half) {
      // "half a point", "half an acre"; "half of the vote" is a share of something unnamed
      if (!groups.article || groups.of) continue;
    } else if (groups.article ? !groups.of : groups.of) {
      // "a third of a mile", "a quarter point"; "a quarter of the vote" shares something unnamed
      continue;
    } else if (!groups.of && (count > 1 || part.startsWith("third"))) {
      // "a third point", "a third mile marker" are ordinals; "three quarters point" is no English
      continue;
    }
    const start = m.index!;
    const at = start + m[0].length;
    const value = count * PARTS[part];
    const rest = text.slice(at, at + 40);
    let unit: string;
    let end: number;
    const pp = PERCENTAGE_POINT.exec(rest) ?? null;
    const point = pp ? null : POINT.exec(rest);
    if (pp) {
      unit = "percentage points";
      end = at + pp[0].length;
    } else if (point) {
      const sentence = text.slice(Math.max(sentenceStart(start), start - 200), start);
      if (!RATE_WORDS.test(sentence)) continue;
      unit = "percentage points";
      end = at + point[0].length;
    } else {
      // "a third of a mile", "half a tonne", "a quarter-mile": a measurement unit, written singular
      const hyphen = rest.startsWith("-");
      const measure = measureAfter(text, at + (hyphen ? 1 : 0), hyphen);
      if (!measure) continue;
      const word = text.slice(at + 1, measure.end).trim();
      if (/s$/i.test(word) && !/^(?:inches|feet|mph|km\/h)$/i.test(word)) continue;
      unit = measure.unit;
      end = measure.end;
    }
    out.push({ start, end, value, unit });
  }
  for (const f of changesByFraction(text, sentenceStart)) if (!overlapsAny(out, f.start, f.end)) out.push(f);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The figures with the fractions of a unit of the text added (never in `skipped` text or a date):
 * a fraction wins over a number word inside it ("three quarters of a point" counts no quarters).
 */
export function withFractions(
  text: string,
  sentences: Sentence[],
  skipped: readonly Offsets[],
  dates: readonly Offsets[],
  figures: FigureMention[],
): FigureMention[] {
  let all = figures;
  for (const f of findFractions(text, (offset) => sentenceStartingBy(sentences, offset)?.start ?? 0)) {
    if (overlapsAny(skipped, f.start, f.end) || overlapsAny(dates, f.start, f.end)) continue;
    const qualifier = qualifierBefore(text, f.start);
    const start = f.start - qualifier.length;
    if (overlapsAny(skipped, start, f.end)) continue;
    all = all.filter((x) => !overlaps(x.start, x.end, f.start, f.end));
    all.push({
      start,
      end: f.end,
      text: text.slice(start, f.end),
      value: f.value,
      unit: f.unit,
      approximate: qualifier.approximate,
      ...(qualifier.bound ? { bound: qualifier.bound } : {}),
      sentence: sentenceStartingBy(sentences, start)?.index ?? 0,
    });
  }
  return all;
}
