// The figure recognizer's rules, in order: each names one reason a number the pattern found is no
// figure ("resolution 2254", "the two leaders", "one official said"). A rule is pure and only
// rejects; recognizeFigures (index.ts) drops a number as soon as one rule rejects it.
import { parseNumber } from "./numbers.js";
import { measureAfter } from "./measures.js";
import { followsLabel, followsName, isLabelNumber } from "./namingNumbers.js";
import type { Amount, NumberMatch } from "./scan.js";
import type { Reading } from "./units.js";

/** A named reason to drop what was found. */
export interface FigureRule<T> {
  name: string;
  rejects(text: string, found: T): boolean;
}

/** A number read with its unit: a figure unless a rule rejects it. */
export interface FigureCandidate {
  match: NumberMatch;
  amount: Amount;
  reading: Reading;
  /** Start of the figure's text, its qualifier included ("more than 60"). */
  start: number;
  /** End of the figure's text, its unit and rate included. */
  end: number;
  /** What an amount of money is for ("day per athlete"). */
  per?: string;
}

const numeral = (match: NumberMatch) => /^[\d.,]+$/.test(match.groups.num);

/** "resolution 2254", "Route 66", "07:33", "[12]" (see namingNumbers.ts); a hyphenated range ("5-15 percent") is checked whole. */
export const labelNumber: FigureRule<NumberMatch> = {
  name: "label number",
  rejects(text, match) {
    const { cur, range } = match.groups;
    const labelEnd =
      range && /^-\d/.test(range) && /^-(?:\d{1,3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+)$/.test(range) ? match.numEnd + range.length : match.numEnd;
    return !cur && numeral(match) && isLabelNumber(text, match.numStart, labelEnd);
  },
};

/** "number one": a rank, not a count. */
export const numberOne: FigureRule<NumberMatch> = {
  name: "number one",
  rejects: (text, match) => /^one$/i.test(match.groups.num) && /\bnumber\s+$/i.test(text.slice(Math.max(0, match.start - 12), match.start)),
};

/** A number word the parser cannot read. */
export const notANumber: FigureRule<NumberMatch> = {
  name: "not a number",
  rejects: (_text, match) => Number.isNaN(parseNumber(match.groups.num)),
};

/** Rules on the number as found, before it is read. */
export const MATCH_RULES: ReadonlyArray<FigureRule<NumberMatch>> = [labelNumber, numberOne, notANumber];

/** "3rd", "1080p", "4K": a letter glued to a number is a figure only when it is a scale or a measure ("5km"). */
export const gluedWithoutMeasure: FigureRule<{ match: NumberMatch; amount: Amount }> = {
  name: "glued without measure",
  rejects: (text, { match, amount }) => match.groups.glued !== undefined && !amount.scaleWord && !measureAfter(text, amount.end),
};

/** "Smith 45", "Mahan 12": a numeral counting something right after a name names a thing. */
export const afterName: FigureRule<FigureCandidate> = {
  name: "after a name",
  rejects: (text, { match, reading }) => !match.groups.cur && numeral(match) && reading.count && followsName(text, match.numStart),
};

/** "chapter three", "Book two": a number word after a label names a part, as a numeral does. */
export const wordAfterLabel: FigureRule<FigureCandidate> = {
  name: "number word after a label",
  rejects: (text, { match, amount, reading }) => reading.count && !numeral(match) && !amount.vague && followsLabel(text, match.numStart),
};

/** Determiners and question words that open a noun phrase: a single word between them and a number reads as a verb ("Book two describes the war"). */
const PHRASE_OPENER_AFTER = /^\s+(?:the|a|an|his|her|its|their|this|these|those|our|my|your|how|what|why|whether)\s+(\w+)/i;
const TIME_OPENED =
  /^(?:day|days|night|week|weeks|month|months|year|years|morning|evening|afternoon|time|same|next|following|previous|last|first|other|rest)$/i;

/** True when the number at `start` opens its sentence or follows a capitalized word ("Book two", "Part three"). */
export function namesBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return /(?:^|[.!?]\s+|\n\s*)$/.test(before) || /\b\p{Lu}[\p{L}-]*\s+$/u.test(before);
}

/** True when the text after a one-word counted noun opens a noun phrase: the noun was a verb. */
export function isVerbBeforePhrase(after: string): boolean {
  const m = PHRASE_OPENER_AFTER.exec(after);
  return Boolean(m && !TIME_OPENED.test(m[1]));
}

/**
 * "Book two describes the war", "volume four contains the letters": one word between a number and
 * a noun phrase is a verb, and the number counts nothing it names.
 */
export const countedVerb: FigureRule<FigureCandidate> = {
  name: "counted word is a verb",
  rejects: (text, { match, amount, reading }) =>
    reading.count &&
    Boolean(reading.counted) &&
    !/\s/.test(reading.counted!) &&
    !amount.qualifier.length &&
    namesBefore(text, match.start) &&
    isVerbBeforePhrase(text.slice(reading.end, reading.end + 40)),
};

/** "the 2010 census", "the 2016 election": a year written as an adjective, not a count. */
export const yearAsAdjective: FigureRule<FigureCandidate> = {
  name: "year as an adjective",
  rejects: (_text, { match, amount, reading }) => reading.count && /^(?:1[89]|20)\d\d$/.test(match.groups.num) && amount.high === undefined,
};

/** A count of ten or less with no qualifier, scale, "-plus" or range ("two leaders", "one strike"). */
const smallBareCount = ({ match, amount, reading }: FigureCandidate) =>
  reading.count && !amount.qualifier.length && !amount.scaleWord && !match.groups.plus && amount.value <= 10 && amount.high === undefined;

/** Determiners before a small number that points back at things already named: "the two leaders". */
const ANAPHORIC = /(?:^|[^\w])(?:the|these|those|our|their|its|his|her|both|all|my|your|whose)\s+$/i;

/** "the two leaders", "our two countries": things already named, not a reported count. */
export const anaphoricCount: FigureRule<FigureCandidate> = {
  name: "anaphoric count",
  rejects: (text, figure) => smallBareCount(figure) && ANAPHORIC.test(text.slice(Math.max(0, figure.match.start - 12), figure.match.start)),
};

/** "one strike", "one way": "one" reads as an article, not a count. */
export const oneAsArticle: FigureRule<FigureCandidate> = {
  name: "one as an article",
  rejects: (_text, figure) => smallBareCount(figure) && /^one$/i.test(figure.match.groups.num),
};

/** "one official said", "two U.S. defense officials told": who is speaking, not a reported figure. */
const SOURCE_NOUNS = /^(?:officials|sources|diplomats|spokes(?:men|women|people|persons)|witnesses|analysts|residents)$/;
export function isAttributionCount(unit: string, before: string, after: string): boolean {
  return (
    SOURCE_NOUNS.test(unit) &&
    (/\baccording\s+to\s*$/i.test(before) ||
      /^\s*(?:,|who\b|familiar\b|(?:said|says|say|told|tell|tells|added|agreed|speaking|confirmed|briefed|quoted|insisted|warned|explained|estimated|cautioned)\b)/i.test(
        after,
      ))
  );
}

/** "two officials said", "according to three sources": a number word counting who speaks. */
export const attributionCount: FigureRule<FigureCandidate> = {
  name: "attribution count",
  rejects: (text, { match, reading, end }) =>
    !numeral(match) && isAttributionCount(reading.unit, text.slice(Math.max(0, match.start - 20), match.start), text.slice(end, end + 30)),
};

/** Rules on a number read with its unit, in order. */
export const FIGURE_RULES: ReadonlyArray<FigureRule<FigureCandidate>> = [
  afterName,
  wordAfterLabel,
  countedVerb,
  yearAsAdjective,
  anaphoricCount,
  oneAsArticle,
  attributionCount,
];
