// The number pattern of the figure recognizer and the first reading of what it finds: where the
// number and its currency start ("USD 5 million"), its value, its range ("15 to 20"), its scale
// ("$345 Million", "5m people") and its qualifier ("more than"). What it counts is units.ts's. Pure.
import { NUMBER_WORDS_SOURCE, NUMERAL_SOURCE, VAGUE_ONLY, VAGUE_SOURCE, SCALES, parseNumber } from "./numbers.js";
import { qualifierBefore, type Qualifier } from "./modifiers.js";
import { CODE_BEFORE, CURRENCY_PREFIX_SOURCE, CURRENCY_WORD_SOURCE } from "./currencies.js";
import { isPluralNoun, isTimeUnit } from "./counted.js";
import { isScore } from "./namingNumbers.js";

const NUM = `(?:${NUMERAL_SOURCE}|${VAGUE_SOURCE}|${NUMBER_WORDS_SOURCE})`;
/** A number with its currency before it, its range, "-plus" and scale; `glued` when a letter follows without a space ("3rd", "5km"). */
export const FIGURE = new RegExp(
  `(?<![\\w.,:/#@$€£\\[-])(?<cur>${CURRENCY_PREFIX_SOURCE})?\\s?(?<num>${NUM})(?<range>\\s?(?:-|–|—|to|and)\\s?(?<high>${NUMERAL_SOURCE}|${NUMBER_WORDS_SOURCE}))?(?<plus>-plus|\\+)?(?<scale>\\s?(?:million|billion|trillion|thousand|crores?|lakhs?|bn|bln|mn|mln|mil|m|k|b|tn|trn)\\b)?(?![.,]\\d)(?:(?!\\w)|(?<glued>(?=[a-z°º])))`,
  "gi",
);
/** A verb right after "13.5m": the number is millions of someone unnamed, not metres. */
const VERB_AFTER_MILLIONS =
  /^(?:need|needs|want|remain|lack|face|depend|rely|have|has|had|are|were|will|would|could|can|may|must|live|lived|fled|died|do|did)$/i;
export const CURRENCY_AFTER = new RegExp(`^\\s+(?:of\\s+)?(${CURRENCY_WORD_SOURCE})\\b`);

/** The named groups of FIGURE (undefined when a group took no part). */
export interface NumberGroups {
  cur?: string;
  num: string;
  range?: string;
  high?: string;
  plus?: string;
  scale?: string;
  glued?: string;
}

/** One match of FIGURE in the text, with its offsets. */
export interface NumberMatch {
  /** Where the pattern matched (before any leading space). */
  index: number;
  /** Start of the figure: its currency, or its number. */
  start: number;
  numStart: number;
  numEnd: number;
  /** End of the match: the range, "-plus" and scale included. */
  end: number;
  groups: NumberGroups;
}

/** The match `m` of FIGURE, with an ISO code written before the number ("USD 5 million") taken as its currency. */
export function numberMatch(text: string, m: RegExpExecArray): NumberMatch {
  const groups = { ...m.groups } as unknown as NumberGroups;
  let start = m.index;
  while (/\s/.test(text[start])) start++;
  const from = Math.max(0, start - 5);
  const code = groups.cur ? null : CODE_BEFORE.exec(text.slice(from, start));
  if (code) {
    groups.cur = code[1];
    start = from + code.index + code[0].indexOf(code[1]);
  }
  const numStart = m.index + m[0].indexOf(groups.num, groups.cur ? groups.cur.length : 0);
  return { index: m.index, start, numStart, numEnd: numStart + groups.num.length, end: m.index + m[0].length, groups };
}

/** "2 and 3" reads as a range only after "between" ("between 2 and 3"). */
export function isUnpairedAnd(text: string, match: NumberMatch): boolean {
  const { range } = match.groups;
  return Boolean(range && /^\s?and\b/.test(range) && !/\bbetween\s+$/i.test(text.slice(Math.max(0, match.start - 30), match.start)));
}

/** The match cut to its first number alone: no range, "-plus" or scale. */
export function firstNumberOnly(match: NumberMatch): NumberMatch {
  const groups = { ...match.groups, range: undefined, high: undefined, plus: undefined, scale: undefined };
  return { ...match, end: match.numEnd, groups };
}

/** A number read: its value (scaled), upper end, scale word and qualifier. */
export interface Amount {
  value: number;
  /** The upper end of a range ("15 to 20" → 20). */
  high?: number;
  /** The scale word that applies ("million", "bn"; "m" only before people). */
  scaleWord?: string;
  /** End of the amount's text (a scale that does not apply left out). */
  end: number;
  /** Written in digits ("1,110"), not words. */
  numeral: boolean;
  /** A vague plural ("hundreds", "dozens"). */
  vague: boolean;
  qualifier: Qualifier;
  approximate: boolean;
  bound?: "min" | "max";
}

/** The upper end of the match's range and where the amount ends, or null when the range is a score ("won 2-0"). */
function rangeOf(text: string, match: NumberMatch, value: number): { high?: number; end: number } | null {
  const { range, high: highText, num } = match.groups;
  const high = range ? parseNumber(highText!) : undefined;
  if (
    high === undefined ||
    !(Number.isNaN(high) || isScore(text, match.numStart, match.numStart + num.length + range!.length, value, high))
  )
    return { high, end: match.end };
  if (!range!.trimStart().startsWith("to")) return null;
  return { high: undefined, end: match.numEnd }; // "from 3 to 1": not a range upward, keep the first number alone
}

/** The scale word that applies to the match: "5m people", "$5b" and "Rs 2 mil" scale; "a 5m wall", "5k", "5 b" do not. */
export function scaleOf(text: string, match: NumberMatch, end: number): string | undefined {
  const { scale, cur } = match.groups;
  let scaleWord: string | undefined = scale?.trim().toLowerCase();
  if (scaleWord && !scale!.startsWith(" ") && ["m", "k"].includes(scaleWord) && !cur) {
    const next = /^\s+([A-Za-z]+)/.exec(text.slice(end, end + 30));
    // "5m people", "13.5m need aid", "2m have fled": millions; "a 5m wall": metres
    const millions = next && (VERB_AFTER_MILLIONS.test(next[1]) || (isPluralNoun(next[1]) && !isTimeUnit(next[1])));
    if (!millions) scaleWord = undefined;
  } else if (scaleWord && ["m", "k"].includes(scaleWord) && !cur) scaleWord = undefined;
  if (scaleWord && ["b", "mil"].includes(scaleWord) && !cur && !CURRENCY_AFTER.test(text.slice(end, end + 30))) scaleWord = undefined;
  return scaleWord;
}

/** The amount the match writes, or null when its range is a score. Assumes the number parses (see notANumber). */
export function readAmount(text: string, match: NumberMatch): Amount | null {
  const { groups } = match;
  const numeral = /^[\d.,]+$/.test(groups.num);
  const vague = !numeral && VAGUE_ONLY.test(groups.num);
  let value = parseNumber(groups.num);
  const range = rangeOf(text, match, value);
  if (!range) return null;
  let { high, end } = range;
  const scaleWord = scaleOf(text, match, end);
  if (groups.scale && !scaleWord) end -= groups.scale.length;
  if (scaleWord) {
    value *= SCALES[scaleWord] ?? 1;
    if (high !== undefined) high *= SCALES[scaleWord] ?? 1;
  }
  const qualifier = qualifierBefore(text, match.start);
  const approximate = qualifier.approximate || vague || high !== undefined || /^-odd/i.test(text.slice(end, end + 4));
  const bound = groups.plus ? "min" : qualifier.bound;
  return { value, high, scaleWord, end, numeral, vague, qualifier, approximate, ...(bound ? { bound } : {}) };
}
